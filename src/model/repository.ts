/**
 * Facts about the repository's trust material: every file carrying certificates, every
 * IaC pin of a CA, and every file that could not be read and why. Gathered by
 * scan-repository.ts; what the facts mean is for the rules.
 */
import { linesText, type FoundCertificate, type Format, type ReadProblemKind } from '../certs/file-certificates.js';
import type { CaPin, Declaration } from './iac.js';
import type { DeclaredProxy } from './proxies.js';

import type { ClientFacts, ProfileLibrary, ProfileUse } from './clients.js';

export interface CertificateFile {
  path: string;
  format: Format | 'download' | 'profile';
  certificates: FoundCertificate[];
  /** Where the certificates come from when the file does not hold them itself: a download, a library's profile. */
  origin?: TrustOrigin;
  /** Documentation (Markdown, HTML docs) shows certificates; no client loads them from it. */
  documentation?: boolean;
  /** The file names a Kubernetes manifest mounts its certificates as. */
  mounts?: string[];
}

export type ProblemKind = ReadProblemKind | 'too-large' | 'trust-unchecked' | 'link-outside' | 'not-found' | 'submodule' | 'not-parsed';

export interface ScanProblem {
  path: string;
  /** First line concerned, for annotations. */
  line?: number;
  /** Every line concerned, ascending. */
  lines?: number[];
  kind: ProblemKind;
  reason: string;
}

export type TrustOrigin =
  | { kind: 'download'; line: number; url: string; savedAs?: string; describe: string; current: boolean; replacement: string }
  | { kind: 'profile'; line: number; library: ProfileLibrary; version?: string; describe: string };

/** `path:line` or `path` (lines …), as a finding names a problem's place. */
export function problemPlace(p: ScanProblem): string {
  return p.lines && p.lines.length > 1 ? `${p.path} (${linesText(p.lines)})` : `${p.path}${p.line ? `:${p.line}` : ''}`;
}

export interface ResolvedProfile extends ProfileUse {
  /** The package.json that declares the library, and the versions its lock file pins. */
  manifest?: string;
  versions: Record<string, string>;
}

export interface RepositoryFacts {
  root: string;
  /** Where clients get trust besides committed files: downloads, CA settings, connection modes, built-in profiles. */
  clients: Omit<ClientFacts, 'profiles'> & { profiles: ResolvedProfile[] };
  /** What is wrong with the scope itself (`paths`, `exclude`, an empty workspace): the scan cannot be trusted. */
  scope: ScopeProblem[];
  listedBy: 'git' | 'walk';
  filesScanned: number;
  certificateFiles: CertificateFile[];
  pins: CaPin[];
  /** Databases the infrastructure code declares: where live findings about them are shown. */
  declarations: Declaration[];
  /** RDS proxies and proxy endpoints the infrastructure code declares. */
  proxies?: DeclaredProxy[];
  problems: ScanProblem[];
}

export interface ScopeProblem {
  input: 'paths' | 'exclude' | 'workspace';
  value: string;
  reason: string;
}

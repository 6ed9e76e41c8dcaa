/**
 * What reading one file yields: its certificates and at most one problem naming the affected
 * lines. Problems are plain data; nothing throws. Also the options every reader shares.
 */
import type { Certificate } from './certificate.js';

export type Format = 'pem' | 'der' | 'pkcs7' | 'pkcs12' | 'jks' | 'jceks' | 'document' | 'source' | 'text';

export interface FoundCertificate {
  cert: Certificate;
  /** 1-based line where it stands, when the file is text. */
  line?: number;
  /** 1-based position in the file. */
  index: number;
}

/** What went wrong, worst first in this order when a file has several. */
export const PROBLEM_KINDS = ['not-loadable', 'encrypted', 'unreadable', 'blocks-skipped', 'integrity-unverified'] as const;
export type ReadProblemKind = (typeof PROBLEM_KINDS)[number];

export interface ReadProblem {
  kind: ReadProblemKind;
  reason: string;
  /** The lines concerned, ascending. */
  lines?: number[];
}

export interface FileCertificates {
  format?: Format;
  certificates: FoundCertificate[];
  problem?: ReadProblem;
  /** Documentation shows certificates; no client loads them from there. */
  documentation?: boolean;
  /** The file names a Kubernetes manifest mounts certificates as (its Secret and ConfigMap keys). */
  mounts?: string[];
}

/** Looks up an already known certificate by the SHA-256 of its DER, to skip decoding it. */
export type KnownCertificates = (sha256: string) => Certificate | undefined;

export interface ReadOptions {
  /** Passwords to try on PKCS#12 and to verify JKS integrity with, in order. */
  passwords: readonly string[];
  known: KnownCertificates;
  /** Receives the DER of each certificate found (the probe rebuilds a PEM bundle from them). */
  onDer?: (der: Uint8Array) => void;
}

const MAX_LINES_LISTED = 20;

export function problem(kind: ReadProblemKind, reason: string, lines: number[] = []): ReadProblem {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  return sorted.length ? { kind, reason, lines: sorted } : { kind, reason };
}

/** One problem for the file: the worst kind, its reason, and every line concerned. */
export function worst(problems: readonly ReadProblem[]): ReadProblem | undefined {
  if (!problems.length) return undefined;
  const ranked = [...problems].sort((a, b) => PROBLEM_KINDS.indexOf(a.kind) - PROBLEM_KINDS.indexOf(b.kind));
  const first = ranked[0];
  const others = ranked.length - 1;
  return problem(
    first.kind,
    others ? `${first.reason} (and ${others} more place${others === 1 ? '' : 's'})` : first.reason,
    ranked.flatMap((p) => p.lines ?? []),
  );
}

export function linesText(lines: readonly number[] | undefined): string {
  if (!lines?.length) return '';
  const shown = lines.slice(0, MAX_LINES_LISTED).join(', ');
  return lines.length > MAX_LINES_LISTED
    ? `lines ${shown} and ${lines.length - MAX_LINES_LISTED} more`
    : lines.length === 1
      ? `line ${shown}`
      : `lines ${shown}`;
}

/** Certificates as a reader finds them, before they are numbered. */
export type Found = Array<{ cert: Certificate; line?: number }>;

export function result(format: Format, found: Found, issue?: ReadProblem, documentation = false): FileCertificates {
  const out: FileCertificates = { format, certificates: found.map((f, i) => ({ cert: f.cert, line: f.line, index: i + 1 })) };
  if (issue) out.problem = issue;
  if (documentation) out.documentation = true;
  return out;
}

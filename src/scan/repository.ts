/**
 * Facts about the repository's trust material: every file carrying certificates, every
 * IaC pin of a CA, and every file that could not be read and why. I/O lives here and
 * in files.ts; what the facts mean is for the rules.
 */
import { closeSync, constants, fstatSync, openSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { dirname, extname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { DEFAULT_TRUSTSTORE_PASSWORDS, hasCertificateExtension, linesText, Reading, readerFor, type FileCertificates, type FoundCertificate, type Format, type KnownCertificates, type ReadProblemKind } from '../certs/read.js';
import { cdkPins, mayBeCdk } from './iac/cdk.js';
import { cloudFormationPins, mayBeTemplate } from './iac/cloudformation.js';
import type { CaPin } from './iac/pin.js';
import { resolveVariables, terraformPins, terraformVariableDefaults } from './iac/terraform.js';
import { IAC_MARKERS, listFiles, TRUST_MARKERS, type ScopeProblem } from './files.js';

export interface CertificateFile {
  path: string;
  format: Format;
  certificates: FoundCertificate[];
  /** Documentation (Markdown, HTML docs) shows certificates; no client loads them from it. */
  documentation?: boolean;
}

export type ProblemKind = ReadProblemKind | 'too-large' | 'trust-unchecked' | 'link-outside' | 'not-found' | 'submodule';

export interface ScanProblem {
  path: string;
  /** First line concerned, for annotations. */
  line?: number;
  /** Every line concerned, ascending. */
  lines?: number[];
  kind: ProblemKind;
  reason: string;
}

/** `path:line` or `path` (lines …), as a finding names a problem's place. */
export function problemPlace(p: ScanProblem): string {
  return p.lines && p.lines.length > 1 ? `${p.path} (${linesText(p.lines)})` : `${p.path}${p.line ? `:${p.line}` : ''}`;
}

export interface RepositoryFacts {
  root: string;
  /** What is wrong with the scope itself (`paths`, `exclude`, an empty workspace): the scan cannot be trusted. */
  scope: ScopeProblem[];
  listedBy: 'git' | 'walk';
  filesScanned: number;
  certificateFiles: CertificateFile[];
  pins: CaPin[];
  problems: ScanProblem[];
}

export interface ScanOptions {
  paths: readonly string[];
  exclude: readonly string[];
  truststorePasswords: readonly string[];
  maxFileBytes: number;
  known: KnownCertificates;
}

const CDK_EXTENSIONS = /\.(?:[cm]?[jt]s|py|java|cs|go)$/;
const TEMPLATE_EXTENSIONS = /\.(?:ya?ml|json|template)$/;
const IAC_FILE = /\.(?:tf|tfvars|ya?ml|json|template|[cm]?[jt]s|py|java|cs|go)$/;

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
      return { problem: { path, kind: trust ? 'not-loadable' : 'unreadable', reason: trust ? `clients reading this file load no certificate: ${reason}` : reason } };
    }
    const inside = relative(realpathSync(root), target);
    if (inside.startsWith('..') || inside.startsWith(sep) || inside === '') {
      const reason = `it is a link to ${written}, outside the workspace, which the scan never reads`;
      return { problem: { path, kind: trust ? 'trust-unchecked' : 'link-outside', reason: trust ? `${reason}, though clients load it` : `${reason}; not followed` } };
    }
    return readFile(root, inside.split(sep).join('/'), maxBytes);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { skip: true };
    if (stat.size > maxBytes) {
      const trust = hasCertificateExtension(path) || holdsTrustMarker(fd);
      const what = trust ? 'it looks like trust material (a certificate name or PEM armour), but ' : '';
      return { problem: { path, kind: trust ? 'trust-unchecked' : 'too-large', reason: `${what}its ${stat.size} bytes are over the ${maxBytes}-byte cap (max-file-size-mb), so it was not read` } };
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

function iacPins(path: string, text: string): CaPin[] {
  if (path.endsWith('.tf') || path.endsWith('.tfvars')) return terraformPins(path, text);
  if (TEMPLATE_EXTENSIONS.test(path) && mayBeTemplate(text)) return cloudFormationPins(path, text);
  if (CDK_EXTENSIONS.test(path) && mayBeCdk(text)) return cdkPins(path, text);
  return [];
}

/** Resolves `var.x` in Terraform pins from the variable defaults of the same directory. */
function resolveTerraformVariables(root: string, pins: CaPin[], files: readonly string[], maxBytes: number): CaPin[] {
  const dirs = new Set(pins.filter((p) => p.tool === 'terraform' && p.value.kind === 'expression' && p.value.text.startsWith('var.')).map((p) => dirname(p.file)));
  const defaults = new Map<string, Map<string, string>>();
  for (const file of files) {
    if (!file.endsWith('.tf') || !dirs.has(dirname(file))) continue;
    const read = readFile(root, file, maxBytes);
    if (!('bytes' in read)) continue;
    const dir = defaults.get(dirname(file)) ?? new Map<string, string>();
    for (const [k, v] of terraformVariableDefaults(read.bytes.toString('utf8'))) dir.set(k, v);
    defaults.set(dirname(file), dir);
  }
  return pins.flatMap((pin) => (pin.tool === 'terraform' ? resolveVariables([pin], defaults.get(dirname(pin.file)) ?? new Map()) : [pin]));
}

export async function scanRepository(root: string, options: ScanOptions): Promise<RepositoryFacts> {
  const listed = await listFiles(root, options.paths, options.exclude);
  const facts: RepositoryFacts = { root, scope: listed.scope, listedBy: listed.listedBy, filesScanned: listed.files.length, certificateFiles: [], pins: [], problems: [] };
  for (const { path, reason } of listed.missing) facts.problems.push({ path, kind: 'not-found', reason });
  for (const path of listed.submodules) {
    facts.problems.push({ path, kind: 'submodule', reason: 'a git submodule that is not checked out, so nothing in it was scanned (check it out with `actions/checkout` `submodules: true`, or exclude it)' });
  }
  const passwords = [...new Set([...DEFAULT_TRUSTSTORE_PASSWORDS, ...options.truststorePasswords])];
  const pins: CaPin[] = [];
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
    const found = decoded.get(key) ?? (await reading.file(path, read.bytes));
    decoded.set(key, found);
    if (found.certificates.length && found.format) {
      facts.certificateFiles.push({ path, format: found.format, certificates: found.certificates, ...(found.documentation ? { documentation: true } : {}) });
    }
    if (found.problem) facts.problems.push({ path, line: found.problem.lines?.[0], lines: found.problem.lines, kind: found.problem.kind, reason: found.problem.reason });
    if (IAC_FILE.test(path) && IAC_MARKERS.some((m) => read.bytes.includes(m))) pins.push(...iacPins(path, read.bytes.toString('utf8')));
  }
  facts.pins = resolveTerraformVariables(root, pins, listed.files, options.maxFileBytes).sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return facts;
}

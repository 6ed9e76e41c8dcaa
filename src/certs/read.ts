/**
 * The certificates a client loads from one file, read the way that client reads it. The
 * file's name says who reads it: a `.pem` is loaded by OpenSSL (libpq, Python, Node, PHP,
 * the mysql/mariadb clients), a `.jks` by Java, a YAML manifest by Kubernetes, a `.py` by
 * its interpreter. Each file is read once, by one reader, and yields its certificates and at
 * most one problem naming the affected lines. Problems are plain data; nothing throws.
 */
import { createHash } from 'node:crypto';
import { certificateFromDer, type Certificate } from './certificate.js';
import { documentValues, type DocumentValue } from './document-values.js';
import { encryptedBy } from './encrypted.js';
import { findLoosePemBlocks, readPemAsOpenSsl, startsLikeData, type PemBlock } from './pem.js';
import { sourceLanguage, sourceStrings } from './source-strings.js';
import { UnsupportedStoreError, WrongPasswordError, type StoreCertificates } from './store.js';

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

/** Names that promise a certificate file or truststore: one that yields none is a problem. */
export const CERTIFICATE_EXTENSIONS = [
  '.pem',
  '.crt',
  '.cer',
  '.cert',
  '.ca-bundle',
  '.der',
  '.p7b',
  '.p7c',
  '.p12',
  '.pfx',
  '.jks',
  '.jceks',
  '.keystore',
  '.truststore',
];

/** Passwords every truststore is tried with first: Java's default and none. */
export const DEFAULT_TRUSTSTORE_PASSWORDS = ['changeit', ''];

/** The defaults, then the given passwords, each once. */
export function withDefaultPasswords(passwords: readonly string[]): string[] {
  return [...new Set([...DEFAULT_TRUSTSTORE_PASSWORDS, ...passwords])];
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

/** Who reads a file, by its name. */
export type Reader = 'certificate-file' | 'pkcs7' | 'pkcs12' | 'keystore' | 'document' | 'source' | 'documentation' | 'text';

const BY_EXTENSION: Record<string, Reader> = {
  pem: 'certificate-file',
  crt: 'certificate-file',
  cer: 'certificate-file',
  cert: 'certificate-file',
  'ca-bundle': 'certificate-file',
  der: 'certificate-file',
  p7b: 'pkcs7',
  p7c: 'pkcs7',
  p12: 'pkcs12',
  pfx: 'pkcs12',
  jks: 'keystore',
  jceks: 'keystore',
  keystore: 'keystore',
  truststore: 'keystore',
  yaml: 'document',
  yml: 'document',
  json: 'document',
  md: 'documentation',
  markdown: 'documentation',
  rst: 'documentation',
  adoc: 'documentation',
  asciidoc: 'documentation',
  html: 'documentation',
  htm: 'documentation',
};

export function readerFor(path: string): Reader {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const extension = base.endsWith('.ca-bundle') ? 'ca-bundle' : base.slice(base.lastIndexOf('.') + 1);
  if (!base.includes('.')) return 'text';
  return BY_EXTENSION[extension] ?? (sourceLanguage(base) ? 'source' : 'text');
}

const CERTIFICATE_NAME = new RegExp(`(?:${CERTIFICATE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

/** Called for every file of the repository: one regular expression, no allocation. */
export function hasCertificateExtension(path: string): boolean {
  return CERTIFICATE_NAME.test(path);
}

/** The container decoders (asn1js, jks-js) load only when a file needs them: most scans never do. */
function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
const pkcs7 = lazy(() => import('./pkcs7.js'));
const pkcs12 = lazy(() => import('./pkcs12.js'));
const javaKeystore = lazy(() => import('./java-keystore.js'));

/** JKS files start with 0xFEEDFEED; JCEKS with 0xCECECECE. */
export function truststoreKind(bytes: Uint8Array): 'jks' | 'jceks' | undefined {
  if (bytes.length < 4) return undefined;
  const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  if (magic === 0xfeedfeed) return 'jks';
  if (magic === 0xcececece) return 'jceks';
  return undefined;
}

/** A NUL byte in the first 8,000 bytes, as git and grep decide a file is binary. */
export function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

const asText = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');

/** What a file that holds no loadable certificate holds instead, in words. */
function whatItIs(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return 'it is empty';
  const head = asText(bytes.subarray(0, 2048)).toLowerCase();
  if (head.includes('<html') || head.includes('<!doctype html')) return 'it is an HTML page (a web page saved under a certificate name?)';
  if (head.includes('<?xml') || head.includes('<error>'))
    return 'it is an XML document (an S3 error such as AccessDenied saved under a certificate name?)';
  if (/^\s*[{[]/.test(head)) return 'it is JSON, not PEM';
  if (head.includes('-----begin pkcs7-----'))
    return "it is a PKCS#7 bundle in PEM armour, which OpenSSL's certificate loader skips (convert it: `openssl pkcs7 -print_certs -in FILE -out FILE.pem`)";
  return undefined;
}

const MAX_LINES_LISTED = 20;

function problem(kind: ReadProblemKind, reason: string, lines: number[] = []): ReadProblem {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  return sorted.length ? { kind, reason, lines: sorted } : { kind, reason };
}

/** One problem for the file: the worst kind, its reason, and every line concerned. */
function worst(problems: readonly ReadProblem[]): ReadProblem | undefined {
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

class Decoder {
  constructor(private readonly options: ReadOptions) {}

  certificate(der: Uint8Array): Certificate {
    this.options.onDer?.(der);
    return this.options.known(createHash('sha256').update(der).digest('hex')) ?? certificateFromDer(der);
  }

  /** Certificates of PEM blocks; a block that does not decode is returned in `failed`. */
  async blocks(
    blocks: readonly PemBlock[],
    lineOf: (line: number) => number,
  ): Promise<{ found: Array<{ cert: Certificate; line: number }>; failed: Array<{ line: number; reason: string }> }> {
    const found: Array<{ cert: Certificate; line: number }> = [];
    const failed: Array<{ line: number; reason: string }> = [];
    for (const block of blocks) {
      try {
        const ders = block.label === 'PKCS7' || block.label === 'CMS' ? (await pkcs7()).certificatesFromPkcs7(block.der) : [block.der];
        for (const der of ders) found.push({ cert: this.certificate(der), line: lineOf(block.line) });
      } catch (error) {
        failed.push({ line: lineOf(block.line), reason: `the block is not a valid certificate (${(error as Error).message})` });
      }
    }
    return { found, failed };
  }
}

type Found = Array<{ cert: Certificate; line?: number }>;

function result(format: Format, found: Found, issue?: ReadProblem, documentation = false): FileCertificates {
  const out: FileCertificates = { format, certificates: found.map((f, i) => ({ cert: f.cert, line: f.line, index: i + 1 })) };
  if (issue) out.problem = issue;
  if (documentation) out.documentation = true;
  return out;
}

/**
 * PEM text as OpenSSL's loader reads it: everything or, on one bad block, nothing. `subject` is
 * what the clients read, as messages name it: a file, a value, a string.
 */
async function readAsOpenSsl(text: string, bytes: Uint8Array, decoder: Decoder, subject = 'file'): Promise<FileCertificates> {
  const reading = readPemAsOpenSsl(text);
  const skippedLines = reading.skipped.map((s) => s.line);
  if (reading.failure) {
    const what =
      whatItIs(bytes) ??
      (reading.skipped.length && reading.failure.reason === 'no certificate OpenSSL can load'
        ? reading.skipped[0].reason
        : `${reading.failure.reason} (line ${reading.failure.line})`);
    return result(
      'pem',
      [],
      problem('not-loadable', `clients reading this ${subject} load no certificate: ${what}`, [reading.failure.line, ...skippedLines]),
    );
  }
  const { found, failed } = await decoder.blocks(reading.blocks, (l) => l);
  if (failed.length) {
    return result(
      'pem',
      [],
      problem(
        'not-loadable',
        `clients reading this ${subject} load no certificate: ${failed[0].reason} (line ${failed[0].line}), and OpenSSL refuses the whole file for it`,
        failed.map((f) => f.line),
      ),
    );
  }
  const skipped = reading.skipped.length
    ? problem(
        'blocks-skipped',
        `clients load ${found.length} certificate(s) but skip ${reading.skipped.length} block(s): ${reading.skipped[0].reason}`,
        skippedLines,
      )
    : undefined;
  return result('pem', found, skipped);
}

export class Reading {
  private readonly decoder: Decoder;

  constructor(private readonly options: ReadOptions) {
    this.decoder = new Decoder(options);
  }

  /** A file by its name's reader. */
  async file(path: string, bytes: Uint8Array): Promise<FileCertificates> {
    const encrypted = encryptedBy(bytes);
    const reader = readerFor(path);
    if (encrypted) {
      const lost = problem(
        'encrypted',
        `it is encrypted with ${encrypted.tool}, so what clients read cannot be seen here: ${encrypted.check}, or exclude the file`,
      );
      // SOPS encrypts values and leaves the rest in clear: read what is clear, and name the file only if nothing is.
      if (encrypted.tool !== 'SOPS' || isBinary(bytes)) return { certificates: [], problem: lost };
      const clear = await this.byReader(reader, path, bytes);
      return clear.certificates.length ? clear : { ...clear, problem: lost };
    }
    return this.byReader(reader, path, bytes);
  }

  /** A file a client setting points at: read as that client reads it, whatever its name (a `.txt`, no extension). */
  referenced(path: string, bytes: Uint8Array): Promise<FileCertificates> {
    const reader = readerFor(path);
    return reader === 'pkcs7' || reader === 'pkcs12' || reader === 'keystore' ? this.file(path, bytes) : this.certificateFile(path, bytes);
  }

  private async byReader(reader: Reader, path: string, bytes: Uint8Array): Promise<FileCertificates> {
    switch (reader) {
      case 'certificate-file':
        return this.certificateFile(path, bytes);
      case 'pkcs7':
        return this.pkcs7(bytes);
      case 'pkcs12':
      case 'keystore':
        return this.truststore(bytes);
      case 'document':
        return this.document(bytes);
      case 'source':
        return this.source(path, bytes);
      case 'documentation':
        return this.loose(bytes, true);
      default:
        return isBinary(bytes) ? { certificates: [] } : this.loose(bytes, false);
    }
  }

  private async certificateFile(path: string, bytes: Uint8Array): Promise<FileCertificates> {
    // OpenSSL reads text line by line whatever stray bytes it holds: PEM armour makes it text.
    const armoured = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('-----BEGIN ');
    const binary = !armoured && (isBinary(bytes) || (bytes[0] === 0x30 && bytes[1] >= 0x80));
    if (!binary) return readAsOpenSsl(asText(bytes), bytes, this.decoder);
    if (/\.(?:pem|ca-bundle)$/i.test(path)) {
      return result(
        'der',
        [],
        problem(
          'not-loadable',
          'clients reading this file load no certificate: it is binary (DER or a container), and OpenSSL-based clients read PEM text from a .pem file',
        ),
      );
    }
    try {
      return result('der', [{ cert: this.decoder.certificate(bytes) }]);
    } catch {
      return this.pkcs7(bytes);
    }
  }

  private async pkcs7(bytes: Uint8Array): Promise<FileCertificates> {
    const { certificatesFromPkcs7 } = await pkcs7();
    try {
      if (!isBinary(bytes) && asText(bytes).includes('-----BEGIN ')) {
        const { blocks } = findLoosePemBlocks(asText(bytes));
        const { found, failed } = await this.decoder.blocks(blocks, (l) => l);
        if (found.length || !failed.length)
          return result('pkcs7', found, found.length ? undefined : problem('not-loadable', 'it holds no PKCS#7 or certificate block'));
        return result(
          'pkcs7',
          [],
          problem(
            'not-loadable',
            `it is not a readable PKCS#7 bundle: ${failed[0].reason}`,
            failed.map((f) => f.line),
          ),
        );
      }
      return result(
        'pkcs7',
        certificatesFromPkcs7(bytes).map((der) => ({ cert: this.decoder.certificate(der) })),
      );
    } catch (error) {
      return result(
        'pkcs7',
        [],
        problem('not-loadable', `${whatItIs(bytes) ?? 'it is not a readable PKCS#7 bundle'} (${(error as Error).message})`),
      );
    }
  }

  /**
   * A Java truststore as keytool lists it. JKS/JCEKS keep trusted certificates in clear: read
   * without a password, verified when one fits. PKCS#12 needs the first password that opens it.
   */
  private async truststore(bytes: Uint8Array): Promise<FileCertificates> {
    const java = truststoreKind(bytes);
    if (!java && bytes[0] !== 0x30) {
      return result(
        'pkcs12',
        [],
        problem('not-loadable', `Java cannot load it as a truststore: ${whatItIs(bytes) ?? 'it is neither JKS, JCEKS nor PKCS#12'}`),
      );
    }
    const kind = java ?? 'pkcs12';
    const name = kind === 'pkcs12' ? 'PKCS#12' : kind.toUpperCase();
    const { passwords } = this.options;
    try {
      let store: StoreCertificates | undefined;
      let verified = true;
      if (java) {
        const { certificatesFromJavaStore, javaStoreIntegrity } = await javaKeystore();
        store = certificatesFromJavaStore(bytes);
        verified = passwords.some((p) => javaStoreIntegrity(bytes, p));
      } else {
        const { certificatesFromPkcs12 } = await pkcs12();
        for (const password of passwords) {
          try {
            store = certificatesFromPkcs12(bytes, password);
            break;
          } catch (error) {
            if (!(error instanceof WrongPasswordError)) throw error;
          }
        }
      }
      if (!store)
        return result(
          kind,
          [],
          problem(
            'unreadable',
            `the PKCS#12 truststore could not be opened: none of the ${passwords.length} password(s) tried opens it (the defaults "changeit" and empty, and each line of truststore-passwords)`,
          ),
        );
      const found = store.trusted.map((der) => ({ cert: this.decoder.certificate(der) }));
      return result(kind, found, storeProblem(store, verified));
    } catch (error) {
      const message = (error as Error).message;
      if (error instanceof UnsupportedStoreError)
        return result(kind, [], problem('unreadable', `the ${name} truststore could not be read: ${message}`));
      return result(kind, [], problem('not-loadable', `the ${name} truststore is corrupt or truncated (${message})`));
    }
  }

  /** YAML or JSON: each string value as its consumer gets it; a mounted file by its own name. */
  private async document(bytes: Uint8Array): Promise<FileCertificates> {
    const values = documentValues(asText(bytes));
    if (!values) return this.loose(bytes, false);
    const found: Found = [];
    const issues: ReadProblem[] = [];
    const mounts = new Set<string>();
    for (const value of values) {
      const lineOf = (line: number): number => value.line + line - 1;
      const mountedCertificate = value.mountedAs !== undefined && hasCertificateExtension(value.mountedAs);
      if (value.invalid) {
        if (mountedCertificate) issues.push(problem('not-loadable', `${value.mountedAs}: ${value.invalid}`, [value.line]));
        continue;
      }
      const read = mountedCertificate ? await this.file(value.mountedAs!, value.bytes) : await this.value(value, 'value');
      if (value.mountedAs && read.certificates.length) mounts.add(value.mountedAs);
      found.push(...read.certificates.map((c) => ({ cert: c.cert, line: c.line !== undefined ? lineOf(c.line) : value.line })));
      if (read.problem)
        issues.push({
          ...read.problem,
          reason: value.mountedAs ? `${value.mountedAs}: ${read.problem.reason}` : read.problem.reason,
          lines: read.problem.lines?.map(lineOf) ?? [value.line],
        });
    }
    const read = result('document', found, worst(issues));
    if (mounts.size) read.mounts = [...mounts].sort();
    return read;
  }

  /**
   * A text value a program hands to its TLS library: read as OpenSSL reads PEM text. One that
   * loads nothing is a warning (how the program uses it is not known), or nothing at all when it
   * merely mentions PEM (a template, a placeholder).
   */
  private async value(value: DocumentValue, subject: 'value' | 'string'): Promise<FileCertificates> {
    if (isBinary(value.bytes)) return { certificates: [] };
    const text = asText(value.bytes);
    const read = await readAsOpenSsl(text, value.bytes, this.decoder, subject);
    if (read.problem?.kind !== 'not-loadable') return read;
    return looksLikeCertificateData(text) ? { ...read, problem: { ...read.problem, kind: 'unreadable' } } : { certificates: [] };
  }

  /** Source code: PEM text in its string literals, as the program builds it. */
  private async source(path: string, bytes: Uint8Array): Promise<FileCertificates> {
    const found: Found = [];
    const issues: ReadProblem[] = [];
    for (const literal of sourceStrings(asText(bytes), path)) {
      const lineOf = (line: number): number => literal.lines[line - 1] ?? literal.lines[literal.lines.length - 1];
      const read = await this.value({ bytes: Buffer.from(literal.value, 'utf8'), line: literal.lines[0] }, 'string');
      found.push(...read.certificates.map((c) => ({ cert: c.cert, line: c.line !== undefined ? lineOf(c.line) : undefined })));
      if (read.problem && read.problem.kind !== 'blocks-skipped') issues.push({ ...read.problem, lines: read.problem.lines?.map(lineOf) });
    }
    return result('source', found, worst(issues));
  }

  /** Free text (scripts, Dockerfiles, docs): certificates quoted anywhere in it. */
  private async loose(bytes: Uint8Array, documentation: boolean): Promise<FileCertificates> {
    const { blocks, broken } = findLoosePemBlocks(asText(bytes));
    const { found, failed } = await this.decoder.blocks(blocks, (l) => l);
    const bad = [...broken, ...failed];
    const issue =
      !documentation && bad.length
        ? problem(
            'unreadable',
            `certificate text that does not decode: ${bad[0].reason}`,
            bad.map((b) => b.line),
          )
        : undefined;
    return result('text', found, issue, documentation);
  }
}

/** What Java makes of a store that a client would notice: certificates it holds but does not trust, or integrity not verified. */
function storeProblem(store: StoreCertificates, verified: boolean): ReadProblem | undefined {
  const held = store.trusted.length + store.ignored;
  const why =
    "they are neither marked trusted (keytool -importcert marks them; openssl pkcs12 -export does not) nor a private key's own certificate";
  if (!store.trusted.length && store.ignored)
    return problem('not-loadable', `Java trusts none of its ${held} certificate(s): ${why}. Import each with keytool -importcert`);
  if (store.ignored)
    return problem(
      'blocks-skipped',
      `Java trusts ${store.trusted.length} of its ${held} certificate(s); the other ${store.ignored}: ${why}`,
    );
  if (!verified)
    return problem(
      'integrity-unverified',
      "its trusted certificates were read without the store password (keytool lists them so too), so the store's integrity was not verified: add its password to truststore-passwords to verify it",
    );
  return undefined;
}

function looksLikeCertificateData(text: string): boolean {
  const at = text.indexOf('-----BEGIN ');
  return at !== -1 && startsLikeData(text.slice(text.indexOf('-----', at + 11) + 5));
}

/** The certificates in one file (see Reading). */
export function readCertificates(path: string, bytes: Uint8Array, options: ReadOptions): Promise<FileCertificates> {
  return new Reading(options).file(path, bytes);
}

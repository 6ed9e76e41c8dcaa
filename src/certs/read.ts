/**
 * Reads the certificates a file carries, whatever its format, from its bytes.
 * Decides by content, not by name: PEM text (any text file), DER certificates,
 * PKCS#7, PKCS#12 and JKS. Problems become plain data for the rules, never throws.
 */
import { createHash } from 'node:crypto';
import { certificateFromDer, type Certificate } from './certificate.js';
import { findPemBlocks } from './pem.js';

export type Format = 'pem' | 'der' | 'pkcs7' | 'pkcs12' | 'jks';

export interface FoundCertificate {
  cert: Certificate;
  /** 1-based line of its PEM block, when the file is text. */
  line?: number;
  /** 1-based position in the file. */
  index: number;
}

export interface ReadProblem {
  reason: string;
  line?: number;
}

export interface FileCertificates {
  format?: Format;
  certificates: FoundCertificate[];
  problems: ReadProblem[];
}

/** Extensions that promise certificates: a file with one of them and none inside is a problem. */
export const CERTIFICATE_EXTENSIONS = ['.pem', '.crt', '.cer', '.ca-bundle', '.der', '.p7b', '.p7c', '.p12', '.pfx', '.jks', '.keystore', '.truststore'];

/** Looks up an already known certificate by the SHA-256 of its DER, to skip decoding it. */
export type KnownCertificates = (sha256: string) => Certificate | undefined;

export interface ReadOptions {
  passwords: readonly string[];
  known: KnownCertificates;
  /** Receives the DER of each certificate found (the probe rebuilds a PEM bundle from them). */
  onDer?: (der: Uint8Array) => void;
}

const PEM_MARK = Buffer.from('-----BEGIN ');

const CERTIFICATE_NAME = new RegExp(`(?:${CERTIFICATE_EXTENSIONS.map((e) => e.replace('.', '\\.')).join('|')})$`, 'i');

export function hasCertificateExtension(path: string): boolean {
  return CERTIFICATE_NAME.test(path);
}

/** The container decoders (pkijs, jks-js) load only when a file needs them: most scans never do. */
type Containers = typeof import('./containers.js');
let containers: Promise<Containers> | undefined;
const loadContainers = (): Promise<Containers> => (containers ??= import('./containers.js'));

/** JKS files start with 0xFEEDFEED; JCEKS with 0xCECECECE. */
export function truststoreKind(bytes: Uint8Array): 'jks' | 'jceks' | undefined {
  if (bytes.length < 4) return undefined;
  const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  if (magic === 0xfeedfeed) return 'jks';
  if (magic === 0xcececece) return 'jceks';
  return undefined;
}

function decode(der: Uint8Array, known: KnownCertificates, onDer?: (der: Uint8Array) => void): Certificate {
  onDer?.(der);
  const sha256 = createHash('sha256').update(der).digest('hex');
  return known(sha256) ?? certificateFromDer(der);
}

function describeNonCertificate(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('utf8').toLowerCase();
  if (head.includes('<html') || head.includes('<!doctype html')) return 'it holds an HTML page, not a certificate (a failed download saved under a certificate name?)';
  if (head.includes('accessdenied') || head.includes('<?xml')) return 'it holds an XML error document (e.g. S3 AccessDenied), not a certificate';
  if (bytes.length === 0) return 'it is empty';
  return 'it holds no certificate in PEM, DER, PKCS#7, PKCS#12 or JKS form';
}

async function fromPem(text: string, known: KnownCertificates, strict: boolean, onDer?: (der: Uint8Array) => void): Promise<FileCertificates> {
  const { blocks, problems } = findPemBlocks(text, strict);
  const out: FileCertificates = { format: 'pem', certificates: [], problems: [...problems] };
  for (const block of blocks) {
    try {
      const ders = block.label === 'PKCS7' || block.label === 'CMS' ? (await loadContainers()).certificatesFromPkcs7(block.der) : [block.der];
      for (const der of ders) out.certificates.push({ cert: decode(der, known, onDer), line: block.line, index: out.certificates.length + 1 });
    } catch (error) {
      out.problems.push({ line: block.line, reason: `PEM block is not a valid ${block.label.toLowerCase()}: ${(error as Error).message}` });
    }
  }
  return out;
}

async function fromBinary(bytes: Uint8Array, options: ReadOptions): Promise<FileCertificates> {
  const { certificatesFromPkcs7, certificatesFromTruststore, WrongPasswordError } = await loadContainers();
  const list = (format: Format, ders: Uint8Array[]): FileCertificates => ({
    format,
    certificates: ders.map((der, i) => ({ cert: decode(der, options.known, options.onDer), index: i + 1 })),
    problems: [],
  });
  const store = truststoreKind(bytes);
  if (store === 'jceks') return { certificates: [], problems: [{ reason: 'JCEKS truststores are not supported: convert it with `keytool -importkeystore -deststoretype pkcs12`' }] };
  try {
    if (store === 'jks') return list('jks', await certificatesFromTruststore('jks', bytes, options.passwords));
  } catch (error) {
    return { certificates: [], problems: [{ reason: problemText('JKS truststore', error) }] };
  }
  if (bytes[0] !== 0x30) return { certificates: [], problems: [{ reason: describeNonCertificate(bytes) }] };
  try {
    return list('der', [bytes]);
  } catch {
    /* not a single DER certificate */
  }
  try {
    return list('pkcs7', certificatesFromPkcs7(bytes));
  } catch {
    /* not PKCS#7 */
  }
  try {
    return list('pkcs12', await certificatesFromTruststore('pkcs12', bytes, options.passwords));
  } catch (error) {
    if (error instanceof WrongPasswordError) return { certificates: [], problems: [{ reason: problemText('PKCS#12 truststore', error) }] };
  }
  return { certificates: [], problems: [{ reason: 'it starts like DER but is neither a certificate, PKCS#7 nor PKCS#12 (truncated or corrupt?)' }] };
}

function problemText(what: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof Error && error.name === 'WrongPasswordError' ? `${what} could not be opened: ${message}` : `${what} is corrupt: ${message}`;
}

function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8000);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * The certificates in one file. Text files are searched for PEM blocks; binary content
 * is decoded only for files with a certificate extension (a DER file is otherwise
 * indistinguishable from any binary).
 */
export async function readCertificates(path: string, bytes: Uint8Array, options: ReadOptions): Promise<FileCertificates> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const promised = hasCertificateExtension(path);
  if (buffer.indexOf(PEM_MARK) !== -1 && !isBinary(bytes)) {
    // Text with PEM markers: whatever it holds (perhaps only a key or a CSR) is all it holds.
    return fromPem(buffer.toString('utf8'), options.known, promised, options.onDer);
  }
  if (!promised) return { certificates: [], problems: [] };
  if (isBinary(bytes) || bytes[0] === 0x30) return fromBinary(bytes, options);
  return { certificates: [], problems: [{ reason: describeNonCertificate(bytes) }] };
}

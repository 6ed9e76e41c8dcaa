import { createPrivateKey } from 'node:crypto';
import { CERTIFICATE_LABELS, isPkcs7Label, readBlock, sanitize, type PemBlock, type PemIssue } from './pem-block.js';

/**
 * PEM text as OpenSSL's certificate-file loader (X509_STORE_load_file, used by libpq, Python's
 * ssl, the mysql/mariadb clients, PHP and Ruby) loads it from the same bytes: a BEGIN line
 * counts only at the start of a line, text between blocks is ignored, and one malformed block
 * makes the whole file fail to load. (Certificates quoted in free text: pem-loose.ts.) Pure:
 * text in, blocks out.
 */

export interface OpenSslPemReading {
  /** Certificate blocks OpenSSL decodes, in order; empty when `failure` is set. */
  blocks: PemBlock[];
  /** Blocks OpenSSL passes over without a word (an indented BEGIN line, a PKCS#7 block). */
  skipped: PemIssue[];
  /** Why OpenSSL refuses the whole file (no certificate at all, or one malformed block). */
  failure?: PemIssue;
}

/** The names OpenSSL's loader decodes as certificates; other blocks (keys, CRLs, PKCS#7) it steps over. */
const LOADED_AS_CERTIFICATE = new Set(CERTIFICATE_LABELS);
/** Other blocks OpenSSL's loader decodes (keys, CRLs): one cut short fails the file too. */
const DECODED_AS_DER = new Set([
  'PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'X509 CRL',
]);

/** Key blocks OpenSSL's loader decodes, with the DER form node's crypto reads them in. */
const KEY_FORMS: Record<string, 'pkcs8' | 'pkcs1' | 'sec1'> = {
  'PRIVATE KEY': 'pkcs8',
  'RSA PRIVATE KEY': 'pkcs1',
  'EC PRIVATE KEY': 'sec1',
};

/** Whether OpenSSL would decode a key block: a key that does not decode fails the whole file. */
function keyDecodes(label: string, der: Uint8Array): boolean {
  const type = KEY_FORMS[label];
  if (!type) return true;
  try {
    createPrivateKey({ key: Buffer.from(der), format: 'der', type });
    return true;
  } catch {
    return false;
  }
}

/**
 * The length of the DER object at the start of `der` (a TRUSTED CERTIFICATE carries its
 * trust settings after the certificate). Undefined when the header is not DER.
 */
export function derLength(der: Uint8Array): number | undefined {
  if (der.length < 2 || der[0] !== 0x30) return undefined;
  const first = der[1];
  if (first < 0x80) return 2 + first;
  const n = first & 0x7f;
  if (n === 0 || n > 4 || der.length < 2 + n) return undefined;
  let length = 0;
  for (let i = 0; i < n; i++) length = length * 256 + der[2 + i];
  return 2 + n + length;
}

const BEGIN_LINE = /^-----BEGIN (.+)-----$/;
/** A BEGIN line OpenSSL will not see: indented, or with text after the marker. */
const HIDDEN_BEGIN = /^(\s+)?-----BEGIN (CERTIFICATE|TRUSTED CERTIFICATE|X509 CERTIFICATE|PKCS7)-----(.*)$/;

export function readPemAsOpenSsl(text: string): OpenSslPemReading {
  const lines = text.split('\n');
  const blocks: PemBlock[] = [];
  const skipped: PemIssue[] = [];
  // OpenSSL strips a UTF-8 byte order mark from the first line it reads when it looks for a block.
  let firstOfSearch = true;
  for (let i = 0; i < lines.length;) {
    const line = sanitize(firstOfSearch ? lines[i].replace(/^\uFEFF/, '') : lines[i]);
    firstOfSearch = false;
    const begin = BEGIN_LINE.exec(line);
    if (!begin) {
      const hidden = HIDDEN_BEGIN.exec(line);
      if (hidden?.[1])
        skipped.push({
          line: i + 1,
          reason: `the BEGIN line is indented, so OpenSSL skips this ${hidden[2] === 'PKCS7' ? 'PKCS#7 block' : 'certificate'}`,
        });
      else if (hidden?.[3]) skipped.push({ line: i + 1, reason: 'text follows the BEGIN marker on its line, so OpenSSL skips this block' });
      i++;
      continue;
    }
    const label = begin[1];
    const block = readBlock(lines, i + 1, label);
    if (!block.ok) return { blocks: [], skipped, failure: { line: i + 1, reason: block.reason } };
    if (label.length > 80)
      return {
        blocks: [],
        skipped,
        failure: { line: i + 1, reason: 'a BEGIN line that runs on with the data (PEM folded onto one line?)' },
      };
    if (LOADED_AS_CERTIFICATE.has(label)) {
      const length = derLength(block.der);
      if (length === undefined || length > block.der.length)
        return { blocks: [], skipped, failure: { line: i + 1, reason: `the ${label} block does not hold a DER certificate` } };
      blocks.push({ label, line: i + 1, der: block.der.subarray(0, length) });
    } else if (DECODED_AS_DER.has(label) && ((derLength(block.der) ?? Infinity) > block.der.length || !keyDecodes(label, block.der))) {
      return { blocks: [], skipped, failure: { line: i + 1, reason: `the ${label} block does not decode` } };
    } else if (isPkcs7Label(label)) {
      skipped.push({ line: i + 1, reason: 'a PKCS#7 block: OpenSSL loads no certificate from it in a certificate file' });
    }
    i = block.next;
    firstOfSearch = true;
  }
  if (!blocks.length) return { blocks, skipped, failure: { line: skipped[0]?.line ?? 1, reason: 'no certificate OpenSSL can load' } };
  return { blocks, skipped };
}

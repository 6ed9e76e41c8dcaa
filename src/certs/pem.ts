import { createPrivateKey } from 'node:crypto';

/**
 * PEM text read two ways. `readPemAsOpenSsl` loads what OpenSSL's certificate-file loader
 * (X509_STORE_load_file, used by libpq, Python's ssl, the mysql/mariadb clients, PHP and
 * Ruby) loads from the same bytes: a BEGIN line counts only at the start of a line, text
 * between blocks is ignored, and one malformed block makes the whole file fail to load.
 * `findLoosePemBlocks` finds certificates quoted anywhere in free text (scripts, Dockerfile
 * heredocs, documentation), for files no client loads as a bundle. Pure: text in, blocks out.
 */

export interface PemBlock {
  /** `CERTIFICATE`, `TRUSTED CERTIFICATE` or `X509 CERTIFICATE` (loose reading also `PKCS7`). */
  label: string;
  /** 1-based line of the BEGIN marker. */
  line: number;
  der: Uint8Array;
}

export interface PemIssue {
  line: number;
  reason: string;
}

export interface OpenSslPemReading {
  /** Certificate blocks OpenSSL decodes, in order; empty when `failure` is set. */
  blocks: PemBlock[];
  /** Blocks OpenSSL passes over without a word (an indented BEGIN line, a PKCS#7 block). */
  skipped: PemIssue[];
  /** Why OpenSSL refuses the whole file (no certificate at all, or one malformed block). */
  failure?: PemIssue;
}

/** The names OpenSSL's loader decodes as certificates; other blocks (keys, CRLs, PKCS#7) it steps over. */
const LOADED_AS_CERTIFICATE = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
/** Other blocks OpenSSL's loader decodes (keys, CRLs): one cut short fails the file too. */
const DECODED_AS_DER = new Set([
  'PRIVATE KEY',
  'RSA PRIVATE KEY',
  'EC PRIVATE KEY',
  'DSA PRIVATE KEY',
  'ENCRYPTED PRIVATE KEY',
  'X509 CRL',
]);
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** OpenSSL strips trailing white space and control bytes from every line before it looks at it. */
const sanitize = (line: string): string => line.replace(/[\x00-\x20]+$/, '');

/**
 * Base64 as EVP_DecodeUpdate reads it: white space (space, tab, CR) is skipped, and a `-`
 * ends the data (what follows is ignored: an indented END line closes the data there).
 */
function decodeBase64(lines: readonly string[]): Uint8Array | undefined {
  const joined = lines.join('');
  const dash = joined.indexOf('-');
  const body = (dash === -1 ? joined : joined.slice(0, dash)).replace(/[ \t\r]/g, '');
  if (!BASE64.test(body) || body.length % 4 !== 0) return undefined;
  return Buffer.from(body, 'base64');
}

/** How a block's name is quoted in a message: a folded line can make a "name" of kilobytes. */
const quoted = (label: string): string => (label.length > 40 ? `${label.slice(0, 40)}…` : label);

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

type Block = { ok: true; label: string; der: Uint8Array; next: number } | { ok: false; reason: string; next: number };

/** One block as OpenSSL's PEM_read_bio reads it, from the line after BEGIN. */
function readBlock(lines: readonly string[], start: number, label: string): Block {
  let state: 'maybe-header' | 'in-header' | 'post-header' = 'maybe-header';
  const header: string[] = [];
  const data: string[] = [];
  let into = header;
  let shortLineSeen = false;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i];
    if (state === 'maybe-header' && raw.includes(':')) state = 'in-header';
    const line = sanitize(raw);
    if (line === '') {
      if (state === 'post-header') return { ok: false, reason: 'a second blank line inside the block', next: i + 1 };
      state = 'post-header';
      into = data;
      continue;
    }
    if (line.startsWith('-----END ')) {
      if (line !== `-----END ${label}-----`)
        return { ok: false, reason: `"${line.slice(0, 60)}" does not close "-----BEGIN ${quoted(label)}-----"`, next: i + 1 };
      if (state === 'in-header') return { ok: false, reason: 'header lines are not followed by a blank line', next: i + 1 };
      const body = state === 'post-header' ? data : header;
      const headers = state === 'post-header' ? header : [];
      if (headers.length && !headers[0].startsWith('Proc-Type:'))
        return { ok: false, reason: 'a blank line splits the base64 data (OpenSSL reads the part before it as a header)', next: i + 1 };
      const der = decodeBase64(body);
      if (!der) return { ok: false, reason: 'the block is not valid base64', next: i + 1 };
      return { ok: true, label, der, next: i + 1 };
    }
    if (shortLineSeen) return { ok: false, reason: 'a short base64 line stands before the end of the data', next: i + 1 };
    into.push(line);
    if (state === 'post-header') {
      if (line.length > 64) return { ok: false, reason: 'a base64 line after a blank line is longer than 64 characters', next: i + 1 };
      if (line.length < 64) shortLineSeen = true;
    }
  }
  return { ok: false, reason: `"-----BEGIN ${quoted(label)}-----" has no END line (truncated)`, next: lines.length };
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
    } else if (label === 'PKCS7' || label === 'CMS') {
      skipped.push({ line: i + 1, reason: 'a PKCS#7 block: OpenSSL loads no certificate from it in a certificate file' });
    }
    i = block.next;
    firstOfSearch = true;
  }
  if (!blocks.length) return { blocks, skipped, failure: { line: skipped[0]?.line ?? 1, reason: 'no certificate OpenSSL can load' } };
  return { blocks, skipped };
}

// --- loose reading of free text -------------------------------------------------------------

const LOOSE_LABELS = new Set(['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE', 'PKCS7', 'CMS']);
const LOOSE_BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/g;

/** Whether the text after a BEGIN marker starts like certificate data, not like code or docs that mention PEM. */
export function startsLikeData(after: string): boolean {
  return /^(?:\s|\\[nr]|["'])*[A-Za-z0-9+/]{60}/.test(after.slice(0, 200));
}

/**
 * Certificate blocks quoted anywhere in free text: indented, CRLF, quoted line by line,
 * with `\n` escapes. Only blocks that start like certificate data are looked at, so code
 * and docs that build or show PEM text are not mistaken for broken certificates; `broken`
 * lists those data-like blocks that do not decode.
 */
export function findLoosePemBlocks(text: string): { blocks: PemBlock[]; broken: PemIssue[] } {
  const blocks: PemBlock[] = [];
  const broken: PemIssue[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = offset;
    return line;
  };
  // The next END of each label and the next BEGIN, each searched for once and reused while ahead:
  // a file of unterminated blocks costs one pass, not one pass per block.
  const nextEnd = new Map<string, number>();
  let nextBegin = -2;
  const after = (from: number, label: string): { end: number; begin: number } => {
    let end = nextEnd.get(label);
    if (end === undefined || (end !== -1 && end < from)) nextEnd.set(label, (end = text.indexOf(`-----END ${label}-----`, from)));
    if (nextBegin !== -1 && nextBegin < from) nextBegin = text.indexOf('-----BEGIN ', from);
    return { end, begin: nextBegin };
  };
  LOOSE_BEGIN.lastIndex = 0;
  for (let m = LOOSE_BEGIN.exec(text); m; m = LOOSE_BEGIN.exec(text)) {
    const label = m[1];
    if (!LOOSE_LABELS.has(label) || !startsLikeData(text.slice(LOOSE_BEGIN.lastIndex, LOOSE_BEGIN.lastIndex + 200))) continue;
    const at = lineAt(m.index);
    const { end, begin } = after(LOOSE_BEGIN.lastIndex, label);
    if (end === -1 || (begin !== -1 && begin < end)) {
      broken.push({ line: at, reason: 'truncated: no END line' });
      continue;
    }
    const body = text
      .slice(LOOSE_BEGIN.lastIndex, end)
      .replace(/\\[nrt]/g, '')
      .replace(/[\s"'\\|>,;]+/g, '');
    LOOSE_BEGIN.lastIndex = end;
    if (!BASE64.test(body)) {
      broken.push({ line: at, reason: 'not valid base64' });
      continue;
    }
    blocks.push({ label, line: at, der: Buffer.from(body, 'base64') });
  }
  return { blocks, broken };
}

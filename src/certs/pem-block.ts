/**
 * One PEM block as OpenSSL's PEM_read_bio reads it: the lines up to its END line, an optional
 * header, and base64 data as EVP_DecodeUpdate decodes it. Pure: lines in, DER or a reason out.
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

/** The names OpenSSL's loader decodes as certificates. */
export const CERTIFICATE_LABELS = ['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE'];

/** A PKCS#7 (CMS) block: certificates in a container, which OpenSSL's certificate loader steps over. */
export const isPkcs7Label = (label: string): boolean => label === 'PKCS7' || label === 'CMS';

export const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** OpenSSL strips trailing white space and control bytes from every line before it looks at it. */
export const sanitize = (line: string): string => line.replace(/[\x00-\x20]+$/, '');

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

type Block = { ok: true; label: string; der: Uint8Array; next: number } | { ok: false; reason: string; next: number };

/** One block as OpenSSL's PEM_read_bio reads it, from the line after BEGIN. */
export function readBlock(lines: readonly string[], start: number, label: string): Block {
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

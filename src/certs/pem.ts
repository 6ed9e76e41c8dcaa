/**
 * Finds PEM certificate blocks in any text: bundles, YAML ConfigMaps, Helm values,
 * properties files, Dockerfiles, JSON strings with `\n` escapes. Blocks may be
 * indented, use CRLF, or be quoted line by line. Pure: text in, blocks out.
 */

export interface PemBlock {
  /** `CERTIFICATE`, `TRUSTED CERTIFICATE`, `X509 CERTIFICATE` or `PKCS7`. */
  label: string;
  /** 1-based line of the BEGIN marker. */
  line: number;
  der: Uint8Array;
}

export interface PemProblem {
  line: number;
  reason: string;
}

const CERT_LABELS = new Set(['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE', 'PKCS7', 'CMS']);
const BEGIN = /-----BEGIN ([A-Z0-9 ]+)-----/g;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Whether the text after a BEGIN marker starts like certificate data, not like code or docs that mention PEM. */
function startsLikeData(after: string): boolean {
  return /^(?:\s|\\[nr]|["'])*[A-Za-z0-9+/]{60}/.test(after.slice(0, 200));
}

/**
 * `strict` (files named like certificates) reports every broken block; elsewhere only
 * blocks that start like certificate data, so source code and docs that build or show
 * PEM text are not mistaken for broken certificates.
 */
export function findPemBlocks(text: string, strict = true): { blocks: PemBlock[]; problems: PemProblem[] } {
  const blocks: PemBlock[] = [];
  const problems: PemProblem[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    counted = offset;
    return line;
  };
  BEGIN.lastIndex = 0;
  for (let m = BEGIN.exec(text); m; m = BEGIN.exec(text)) {
    const label = m[1];
    if (!CERT_LABELS.has(label)) continue;
    const at = lineAt(m.index);
    const report = strict || startsLikeData(text.slice(BEGIN.lastIndex));
    const end = text.indexOf(`-----END ${label}-----`, BEGIN.lastIndex);
    const nextBegin = text.indexOf('-----BEGIN ', BEGIN.lastIndex);
    if (end === -1 || (nextBegin !== -1 && nextBegin < end)) {
      if (report) problems.push({ line: at, reason: `truncated PEM block: "-----BEGIN ${label}-----" has no matching END marker` });
      continue;
    }
    const body = text
      .slice(BEGIN.lastIndex, end)
      .replace(/\\[nrt]/g, '')
      .replace(/[\s"'\\|>,;]+/g, '');
    BEGIN.lastIndex = end;
    if (!BASE64.test(body)) {
      if (report) problems.push({ line: at, reason: `PEM block is not valid base64 (${label})` });
      continue;
    }
    if (report) blocks.push({ label, line: at, der: Buffer.from(body, 'base64') });
  }
  return { blocks, problems };
}

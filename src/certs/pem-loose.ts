/**
 * Certificates quoted anywhere in free text (scripts, Dockerfile heredocs, documentation), for
 * files no client loads as a bundle. Pure: text in, blocks out.
 */
import { BASE64, CERTIFICATE_LABELS, type PemBlock, type PemIssue } from './pem-block.js';

const LOOSE_LABELS = new Set([...CERTIFICATE_LABELS, 'PKCS7', 'CMS']);
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

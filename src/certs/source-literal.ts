/**
 * One string literal of source code as its compiler reads it: quotes and prefixes (raw `r`,
 * C#'s verbatim `@`, Go's raw backticks), triple quotes and text blocks, Ruby heredocs, and
 * escapes decoded (`\n`, `\t`, `\xHH`, `\uHHHH`). Pure: text and an offset in, the literal out.
 */

export interface Literal {
  start: number;
  end: number;
  /** The text the literal stands for (escapes decoded unless raw). */
  text: string;
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', b: '\b', f: '\f', v: '\v' };

function unescape(body: string): string {
  return body.replace(
    /\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|\r?\n|(.))/gs,
    (_, hex, brace, u4, ch: string | undefined) => {
      if (hex) return String.fromCharCode(parseInt(hex, 16));
      if (brace) return String.fromCodePoint(parseInt(brace, 16));
      if (u4) return String.fromCharCode(parseInt(u4, 16));
      if (ch === undefined) return ''; // line continuation
      return ESCAPES[ch] ?? ch;
    },
  );
}

const PREFIX = /^[rRbBuUfF@$]{0,3}$/;

/** The literal starting at `i` (a quote, possibly after a prefix such as r, b, @), if any. */
export function literalAt(text: string, i: number, rawBackticks: boolean, rawTriples = false): Literal | undefined {
  let p = i;
  while (p < text.length && /[rRbBuUfF@$]/.test(text[p]) && p - i < 3) p++;
  const prefix = text.slice(i, p);
  if (!PREFIX.test(prefix)) return undefined;
  const quote = text[p];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  const raw = /[rR@]/.test(prefix) || (quote === '`' && rawBackticks);
  const triple = text.startsWith(quote.repeat(3), p) ? quote.repeat(3) : undefined;
  const open = p + (triple ? 3 : 1);
  if (triple) {
    const close = text.indexOf(triple, open);
    if (close === -1) return undefined;
    const body = text.slice(open, close);
    const rawTriple = rawTriples || /[rR]/.test(prefix);
    return { start: i, end: close + 3, text: rawTriple ? body : unescape(body) };
  }
  let j = open;
  for (; j < text.length; j++) {
    const c = text[j];
    if (c === '\\' && !(prefix.includes('@') && quote === '"')) {
      j++;
      continue;
    }
    if (c === quote) {
      if (prefix.includes('@') && text[j + 1] === '"') {
        j++; // C# verbatim "" is one quote
        continue;
      }
      break;
    }
    if (c === '\n' && quote !== '`' && !prefix.includes('@')) return undefined; // not a string after all
  }
  if (j >= text.length) return undefined;
  const body = text.slice(open, j);
  const decoded = prefix.includes('@') ? body.replaceAll('""', '"') : raw ? body : unescape(body);
  return { start: i, end: j + 1, text: decoded };
}

/** Offsets of the lines that hold one identifier alone (a heredoc's closing line), by identifier, ascending. */
export function identifierLines(text: string): Map<string, number[]> {
  const lines = new Map<string, number[]>();
  const pattern = /^[ \t]*([A-Za-z_]\w*)[ \t]*\r?$/gm;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const list = lines.get(m[1]) ?? [];
    list.push(m.index);
    lines.set(m[1], list);
  }
  return lines;
}

/**
 * Ruby heredoc `<<~ID`, `<<-ID`, `<<ID` (an upper-case or quoted ID, so `a << b` and `1<<n` are
 * not taken for one): the body up to the ID's line, found in an index built once per file.
 */
export function heredocAt(text: string, i: number, closing: () => Map<string, number[]>): Literal | undefined {
  const m = /^<<(?:([~-])(["']?)([A-Za-z_]\w*)\2|(["'])([A-Za-z_]\w*)\4|([A-Z_][A-Z0-9_]*))/.exec(text.slice(i, i + 80));
  if (!m) return undefined;
  const id = m[3] ?? m[5] ?? m[6];
  const quote = m[2] ?? m[4] ?? '';
  const bodyStart = text.indexOf('\n', i) + 1;
  if (bodyStart === 0) return undefined;
  const candidates = closing().get(id) ?? [];
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid] < bodyStart) lo = mid + 1;
    else hi = mid;
  }
  const endLine = candidates[lo];
  if (endLine === undefined) return undefined;
  const body = text.slice(bodyStart, endLine);
  const lineEnd = text.indexOf('\n', endLine);
  return { start: i, end: lineEnd === -1 ? text.length : lineEnd, text: quote === "'" ? body : unescape(body) };
}

/**
 * The string values a source file spells out, as its compiler would build them: literals
 * joined where the code concatenates them (`'a' + 'b'`, adjacent literals, Python's and
 * Ruby's line continuations), escapes decoded (`\n`, `\t`, `\xHH`, `\uHHHH`), raw strings,
 * text blocks and heredocs kept as written, and common indentation removed (Java text
 * blocks, Ruby `<<~`, Python's textwrap.dedent). Languages: JavaScript/TypeScript, Python,
 * Java/Kotlin, Go, Ruby and C#. Pure: text in, values with their source lines out.
 */

import { lineIndex } from './line-index.js';

export interface SourceString {
  value: string;
  /** Source line of each line of `value` (1-based), so a PEM block can be placed. */
  lines: number[];
}

type Family = 'c' | 'python' | 'ruby';

const FAMILY: Record<string, Family> = {
  js: 'c',
  mjs: 'c',
  cjs: 'c',
  jsx: 'c',
  ts: 'c',
  mts: 'c',
  cts: 'c',
  tsx: 'c',
  java: 'c',
  kt: 'c',
  kts: 'c',
  go: 'c',
  cs: 'c',
  py: 'python',
  rb: 'ruby',
};

export function sourceLanguage(path: string): Family | undefined {
  const dot = path.lastIndexOf('.');
  return dot === -1 ? undefined : FAMILY[path.slice(dot + 1).toLowerCase()];
}

interface Literal {
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

/** Skips white space and comments from `i`; returns the next significant offset. */
function skipGap(text: string, i: number, family: Family): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (family !== 'c' && text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (family === 'c' && text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (family === 'c' && text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else return i;
  }
}

const PREFIX = /^[rRbBuUfF@$]{0,3}$/;

/** The literal starting at `i` (a quote, possibly after a prefix such as r, b, @), if any. */
function literalAt(text: string, i: number, rawBackticks: boolean, rawTriples = false): Literal | undefined {
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
function identifierLines(text: string): Map<string, number[]> {
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
function heredocAt(text: string, i: number, closing: () => Map<string, number[]>): Literal | undefined {
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

/** Removes the indentation every non-blank line shares. */
export function dedent(value: string): string {
  const lines = value.split('\n');
  let common: string | undefined;
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined || !indent.startsWith(common)) {
      let k = 0;
      while (common !== undefined && k < common.length && k < indent.length && common[k] === indent[k]) k++;
      common = common === undefined ? indent : common.slice(0, k);
    }
  }
  return common ? lines.map((l) => (l.startsWith(common) ? l.slice(common.length) : l.trimStart())).join('\n') : value;
}

/** Every string value in the source that contains `needle`, joined across concatenation. */
export function sourceStrings(text: string, path: string, needle = '-----BEGIN '): SourceString[] {
  const family = sourceLanguage(path) ?? 'c';
  const rawBackticks = /\.go$/i.test(path);
  // Kotlin's triple-quoted strings are raw; Java's text blocks and Python's triple quotes decode escapes.
  const rawTriples = /\.kts?$/i.test(path);
  let closing: Map<string, number[]> | undefined;
  const closingLines = (): Map<string, number[]> => (closing ??= identifierLines(text));
  const lineOf = lineIndex(text);
  const out: SourceString[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (family === 'c' && text.startsWith('//', i)) {
      i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
      continue;
    }
    if (family === 'c' && text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
      continue;
    }
    if (family !== 'c' && c === '#') {
      i = text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i);
      continue;
    }
    const first =
      (family === 'ruby' && c === '<' ? heredocAt(text, i, closingLines) : undefined) ?? literalAt(text, i, rawBackticks, rawTriples);
    if (!first || (i > 0 && /[A-Za-z0-9_]/.test(text[i - 1]) && !/["'`]/.test(c))) {
      i++;
      continue;
    }
    // Join the literals the code concatenates.
    const parts: Literal[] = [first];
    let end = first.end;
    for (;;) {
      let k = skipGap(text, end, family);
      if (text[k] === '+' || (family !== 'c' && text[k] === '\\')) k = skipGap(text, k + 1, family);
      const next = literalAt(text, k, rawBackticks, rawTriples);
      if (!next) break;
      parts.push(next);
      end = next.end;
    }
    i = end;
    const value = parts.map((p) => p.text).join('');
    if (!value.includes(needle)) continue;
    // Source line of each line of the value: a part written over several lines moves down with
    // them; a one-line part whose text ends a line hands the next line to the part after it.
    const lines: number[] = [lineOf(parts[0].start)];
    parts.forEach((part, p) => {
      let line = lineOf(part.start);
      const multiLine = text.slice(part.start, part.end).includes('\n');
      const following = parts[p + 1] ? lineOf(parts[p + 1].start) : line;
      for (const ch of part.text) if (ch === '\n') lines.push(multiLine ? ++line : following);
    });
    out.push({ value: dedent(value), lines });
  }
  return out;
}

/**
 * The string values a source file spells out, as its compiler would build them: literals
 * joined where the code concatenates them (`'a' + 'b'`, adjacent literals, Python's and
 * Ruby's line continuations), escapes decoded (`\n`, `\t`, `\xHH`, `\uHHHH`), raw strings,
 * text blocks and heredocs kept as written, and common indentation removed (Java text
 * blocks, Ruby `<<~`, Python's textwrap.dedent). Languages: JavaScript/TypeScript, Python,
 * Java/Kotlin, Go, Ruby and C#. Pure: text in, values with their source lines out.
 */

import { lineIndex } from './line-index.js';
import { heredocAt, identifierLines, literalAt, type Literal } from './source-literal.js';

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

/** The end of the comment that starts at `i` (a line comment ends before its newline), or undefined when none does. */
function commentEnd(text: string, i: number, family: Family): number | undefined {
  if (family === 'c' ? text.startsWith('//', i) : text[i] === '#') {
    const end = text.indexOf('\n', i);
    return end === -1 ? text.length : end;
  }
  if (family === 'c' && text.startsWith('/*', i)) {
    const end = text.indexOf('*/', i + 2);
    return end === -1 ? text.length : end + 2;
  }
  return undefined;
}

/** Skips white space and comments from `i`; returns the next significant offset. */
function skipGap(text: string, i: number, family: Family): number {
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const end = commentEnd(text, i, family);
    if (end === undefined) return i;
    i = end;
  }
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
    const comment = commentEnd(text, i, family);
    if (comment !== undefined) {
      i = comment;
      continue;
    }
    const c = text[i];
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

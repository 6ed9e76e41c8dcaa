/**
 * A GitHub-flavoured Markdown oracle: `parseMarkdown` reads a summary or an issue body with
 * `marked`'s GFM lexer (devDependency) and returns what a reader sees — headings, tables with
 * their cells, `<details>` folds with their summary, code blocks with their info string,
 * paragraphs — as plain text (entities decoded, escapes and inline tags gone, `<br>` a line
 * break). The top level holds the unfolded part only; each fold's content is its own document.
 */
import { marked, type Token, type Tokens } from 'marked';

export interface MdTable {
  header: string[];
  rows: string[][];
}

export interface MdCode {
  lang: string;
  text: string;
}

export interface MdDetails {
  summary: string;
  /** The fold's Markdown source. */
  inner: string;
  doc: MdDoc;
}

export type MdBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'table'; table: MdTable }
  | { kind: 'code'; code: MdCode }
  | { kind: 'details'; details: MdDetails }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'other'; type: string; raw: string };

export interface MdDoc {
  /** Every block of the unfolded part, in order. */
  blocks: MdBlock[];
  headings: { level: number; text: string }[];
  tables: MdTable[];
  code: MdCode[];
  details: MdDetails[];
  paragraphs: string[];
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** HTML character references as the characters they stand for. */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#')
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Inline HTML as text: `<br>` a line break, other tags dropped, entities decoded. */
function htmlText(html: string): string {
  return decodeEntities(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/?[a-z][^>]*>/gi, ''));
}

/** Inline tokens as the text a reader sees. */
export function plain(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((t): string => {
      switch (t.type) {
        case 'escape':
          return t.text;
        case 'codespan':
          return decodeEntities(t.text);
        case 'br':
          return '\n';
        case 'html':
          return htmlText(t.text);
        case 'text':
          return 'tokens' in t && t.tokens ? plain(t.tokens) : decodeEntities(t.text);
        default:
          return 'tokens' in t && t.tokens ? plain(t.tokens) : decodeEntities((t as { text?: string }).text ?? '');
      }
    })
    .join('');
}

function depthChange(html: string): number {
  return (html.match(/<details[\s>]/gi) ?? []).length - (html.match(/<\/details\s*>/gi) ?? []).length;
}

/** Take a `<details>` fold starting at tokens[start]; return it and the index after it. */
function fold(tokens: readonly Token[], start: number): { details: MdDetails; next: number } {
  const open = tokens[start].raw;
  const summary = /<summary>([\s\S]*?)<\/summary>/i.exec(open);
  let inner = summary ? open.slice(summary.index + summary[0].length) : open.replace(/^\s*<details[^>]*>/i, '');
  let depth = depthChange(open);
  let i = start + 1;
  while (depth > 0 && i < tokens.length) {
    const t = tokens[i++];
    if (t.type === 'html') depth += depthChange(t.raw);
    inner += t.raw;
  }
  inner = inner.replace(/<\/details\s*>\s*$/i, '');
  return {
    details: {
      summary: summary ? htmlText(summary[1]).trim() : '',
      inner,
      doc: parseMarkdown(inner),
    },
    next: i,
  };
}

function block(t: Token): MdBlock | undefined {
  switch (t.type) {
    case 'space':
      return undefined;
    case 'heading':
      return { kind: 'heading', level: t.depth, text: plain(t.tokens).trim() };
    case 'table': {
      const tt = t as Tokens.Table;
      return {
        kind: 'table',
        table: {
          header: tt.header.map((c) => plain(c.tokens)),
          rows: tt.rows.map((r) => r.map((c) => plain(c.tokens))),
        },
      };
    }
    case 'code':
      return {
        kind: 'code',
        code: { lang: (t.lang ?? '').trim(), text: t.text },
      };
    case 'paragraph':
      return { kind: 'paragraph', text: plain(t.tokens) };
    case 'list':
      return {
        kind: 'list',
        items: (t as Tokens.List).items.map((item) => item.tokens.map((x) => plain('tokens' in x ? x.tokens : [x])).join('\n')),
      };
    default:
      return { kind: 'other', type: t.type, raw: t.raw };
  }
}

/** A GFM document as a reader sees it: the unfolded blocks, and each `<details>` fold as its own document. */
export function parseMarkdown(markdown: string): MdDoc {
  const tokens = marked.lexer(markdown, { gfm: true });
  const blocks: MdBlock[] = [];
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i];
    if (t.type === 'html' && /^\s*<details[\s>]/i.test(t.raw)) {
      const { details, next } = fold(tokens, i);
      blocks.push({ kind: 'details', details });
      i = next;
      continue;
    }
    const b = block(t);
    if (b) blocks.push(b);
    i++;
  }
  return {
    blocks,
    headings: blocks.flatMap((b) => (b.kind === 'heading' ? [{ level: b.level, text: b.text }] : [])),
    tables: blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : [])),
    code: blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : [])),
    details: blocks.flatMap((b) => (b.kind === 'details' ? [b.details] : [])),
    paragraphs: blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : [])),
  };
}

/** Every code block of a document, its folds' included, in order. */
export function allCode(doc: MdDoc): MdCode[] {
  return doc.blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : b.kind === 'details' ? allCode(b.details.doc) : []));
}

/** Markdown with each link replaced by its text (the plan links a database's name to its console page). */
export function withoutLinks(markdown: string): string {
  return markdown.replace(/\[((?:\\.|[^\]\\])*)\]\((https:\/\/[^)\s]+)\)/g, '$1');
}

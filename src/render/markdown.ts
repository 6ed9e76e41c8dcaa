/**
 * Markdown pieces the summary, the tracking issue and the rotation summary share. Every value
 * from the repository or AWS goes through `text`, `cell` or `code`: it renders as the plain
 * characters it is, never as an HTML comment, a tag, a link, a code span, a mention or a table
 * column.
 */

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '@': '&#64;', '#': '&#35;', '|': '&#124;' };

/** Plain text inside a Markdown paragraph. */
export function text(value: string): string {
  return (
    value
      .replace(/[&<>"@#|]/g, (c) => ENTITY[c])
      // Link and image brackets, emphasis, strikethrough, code: with [ and ] escaped, ( ) and ! stay plain.
      .replace(/[\\`*_[\]~]/g, '\\$&')
  );
}

/** Plain text safe inside a table cell (one line). */
export function cell(value: string): string {
  return text(value).replace(/\r?\n/g, '<br>');
}

/** A value shown as code (a command, a path): an HTML code element, so a backtick in it cannot end it. */
export function code(value: string): string {
  const escaped = value.replace(/[&<>"|]/g, (c) => ENTITY[c]).replace(/\r?\n/g, ' ');
  return `<code>${escaped}</code>`;
}

/**
 * A message or remediation (our words with values interpolated): each backtick-delimited span
 * renders as code, the rest as plain text. However a value's backticks shift the pairing, every
 * piece is escaped, so nothing in it becomes markup.
 */
export function prose(value: string): string {
  const parts = value.split('`');
  const paired = parts.length % 2 === 1;
  return parts
    .map((part, i) => {
      if (i % 2 === 0) return text(part);
      if (!paired && i === parts.length - 1) return `\\\`${text(part)}`; // an unpaired backtick stays a character
      return code(part);
    })
    .join('');
}

/** `prose` safe inside a table cell. */
export function proseCell(value: string): string {
  return prose(value).replace(/\r?\n/g, '<br>');
}

/** A table: its header, the header's rule, then one line per row (each cell already escaped). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** `1 region`, `2 regions`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

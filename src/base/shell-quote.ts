/** A value as one POSIX shell word: left as is when plainly safe, else single-quoted. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The text inside one pair of matching quotes (`"x"`, `'x'`), or undefined when the text is not so quoted. */
export function unquoted(text: string): string | undefined {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text.at(-1) === text[0] ? text.slice(1, -1) : undefined;
}

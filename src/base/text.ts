/** Small text helpers for messages. */
export function shortFingerprint(sha256: string): string {
  return `${sha256.slice(0, 16)}…`;
}

export function list(items: readonly string[], max = 6): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** A value on one line: a line break in data from the repository or AWS cannot start a line of its own. */
export const oneLine = (value: string): string => value.replace(/[\r\n]+/g, ' ');

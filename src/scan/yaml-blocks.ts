/**
 * Which YAML mapping block each line of a YAML file belongs to, so that a client's settings are matched
 * within one block (a Helm values section, a compose service's `environment:`), not across the file.
 * A line's block is the nearest line above it with less indentation that is not a list item (`- …`):
 * the items of a list, and the keys of a list item, share the block of the key holding the list. Pure.
 */

const indent = (line: string): number => line.length - line.trimStart().length;
const skipped = (line: string): boolean => !line.trim() || line.trimStart().startsWith('#');
const listItem = (line: string): boolean => /^\s*-(?:\s|$)/.test(line);

/** The 1-based line of the block holding each line (0: the document's top level), by 1-based line. */
export function yamlBlocks(text: string): (line: number) => number {
  const lines = text.split('\n');
  return (line: number): number => {
    let threshold = indent(lines[line - 1] ?? '');
    for (let k = line - 2; k >= 0; k--) {
      if (skipped(lines[k]) || indent(lines[k]) >= threshold) continue;
      if (!listItem(lines[k])) return k + 1;
      threshold = indent(lines[k]);
    }
    return 0;
  };
}

export const isYaml = (path: string): boolean => /\.ya?ml$/i.test(path);

/** Each item with the YAML block of its line (YAML files only; others are one block). */
export function withBlocks<T extends { line: number }>(path: string, text: string, items: T[]): T[] {
  if (!isYaml(path) || !items.length) return items;
  const blockOf = yamlBlocks(text);
  return items.map((i) => ({ ...i, block: blockOf(i.line) }));
}

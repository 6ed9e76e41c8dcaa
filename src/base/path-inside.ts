/** Whether a path lies inside a directory: the check every input naming a file to read or write passes. */
import { isAbsolute, relative } from 'node:path';

/** Lexically: `path` is `root` or below it (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

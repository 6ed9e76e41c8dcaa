/** What the HCL and JSON readers keep of a file: expression texts cut short, nesting cut deep. */
import type { IacProblem } from '../../../model/iac.js';

const MAX_TEXT = 120;
/**
 * How deeply expressions and blocks may nest before the reader stops descending: deeper values are
 * not judged (a problem names the line). Real configurations nest a few levels; the limit keeps the
 * readers' recursion far from the stack's end, whatever a file holds.
 */
export const MAX_NESTING = 100;

/** The problem for a value cut at MAX_NESTING. */
export function tooDeep(file: string, line: number, parser: string): IacProblem {
  return {
    file,
    line,
    parser,
    message: `the value at line ${line} nests too deeply (more than ${MAX_NESTING} levels) to read: it is not judged; the rest of the file is`,
  };
}

/** An expression's text on one line, at most MAX_TEXT characters. */
export function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}

import type { Node } from '../syntax.js';
import type { Expr, Loc } from './syntax-model.js';

/** What the readers of HCL expressions and templates need of the file's reader (hcl-reader.ts). */
export interface HclContext {
  /** The text parsed, for the whitespace between a template's parts (the grammar leaves it out of them). */
  readonly source: string;
  /** A node's file, line and short text. */
  loc(node: Node): Loc & { text: string };
  /** The line a node starts on; in a JSON string's template, the string's line for every node. */
  line(node: Node): number;
  /** Reads an expression one nesting level deeper: past MAX_NESTING, a value not judged. */
  expr(node: Node): Expr;
}

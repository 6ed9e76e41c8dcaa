import type { ProjectFiles } from './project-files.js';
import type { Expr, Step } from './syntax-model.js';
import type { Outcome, Scope, Written } from './values.js';

/** The evaluator (project.ts) as its parts see it: references, functions, variables and type defaults evaluate through it. */
export interface Evaluator extends ProjectFiles {
  evalExpr(e: Expr, scope: Scope, depth?: number): Promise<Outcome[]>;
  /** Applies `.name`, `[key]` and `[*]` to each candidate. */
  steps(base: Outcome[], steps: readonly Step[], e: Expr, scope: Scope, depth: number): Promise<Outcome[]>;
  /** Evaluates `read` for the local or variable `name`, or says the values form a cycle. */
  resolve(key: string, name: string, e: Written, read: () => Promise<Outcome[]>): Promise<Outcome[]>;
  /** Every value variable `name` of module `dir` can take. */
  variable(dir: string, name: string, depth: number): Promise<Outcome[]>;
}

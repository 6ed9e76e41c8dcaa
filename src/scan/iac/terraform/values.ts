/** The evaluator's results: each candidate value with where it is written and the hops it took. */
import type { Loc } from './syntax-model.js';

/** At most this many candidates per expression. */
export const MAX_OUTCOMES = 64;
/** References deeper than this are unknown. */
export const MAX_DEPTH = 32;

export type Value =
  | { k: 'str'; s: string }
  | { k: 'null' }
  | { k: 'obj'; entries: Array<{ key?: string; values: Outcome[] }> }
  | { k: 'list'; items: Outcome[][] }
  | { k: 'unknown'; text: string; missing: string };

/** One candidate value: what it is, where it is written, and the hops from there (value first). */
export interface Outcome {
  v: Value;
  at: Loc;
  via: string[];
}

/** Where expressions are evaluated: a module directory, a Terragrunt file, or a tfvars file (literals only). */
export type Scope = { kind: 'module'; dir: string; each?: Each } | { kind: 'terragrunt'; file: string } | { kind: 'tfvars'; file: string };

export type ModuleScope = Extract<Scope, { kind: 'module' }>;

/** One instance of a resource with `for_each`: its key and value. */
export interface Each {
  key: Outcome[];
  value: Outcome[];
}

/** What a value needs to be written about: its text and place. */
export type Written = { text: string } & Loc;

export function unknown(e: Written, missing: string, via: string[] = []): Outcome {
  return { v: { k: 'unknown', text: e.text, missing }, at: { file: e.file, line: e.line }, via };
}

/** A hop of `via`: `name (file:line)`. */
export function hop(name: string, at: Loc): string {
  return `${name} (${at.file}:${at.line})`;
}

export function withHops(outcomes: Outcome[], ...hops: string[]): Outcome[] {
  return outcomes.map((o) => ({ ...o, via: [...o.via, ...hops] }));
}

/** The outcomes, or one unknown when there are more than MAX_OUTCOMES. */
export function cap(e: Written, outcomes: Outcome[]): Outcome[] {
  return outcomes.length > MAX_OUTCOMES ? [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)] : outcomes;
}

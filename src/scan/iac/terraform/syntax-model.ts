/**
 * Terraform and Terragrunt files as plain data: blocks, attributes and expressions with their
 * file and line, read from the HCL parser's tree (native syntax, hcl-reader.ts) or from JSON with
 * ranges (`.tf.json`, `.tfvars.json`, json-reader.ts). The evaluator works on this model only, so
 * both syntaxes are judged alike and no tree outlives its parse.
 */
import type { IacProblem, IacSyntax } from '../../../model/iac.js';

export interface Loc {
  file: string;
  /** 1-based. */
  line: number;
}

/** How an expression is reached from its base: `.name`, `[key]`, `[*]`. */
export type Step = { attr: string } | { index: Expr } | { splat: true };

export interface ObjectEntry {
  /** The key when written as a name or a literal string; undefined for a computed key. */
  key?: string;
  line: number;
  value: Expr;
}

export type Expr = Loc & { text: string } & (
    | { k: 'str'; value: string }
    | { k: 'scalar'; value: string }
    | { k: 'null' }
    | { k: 'template'; parts: Expr[] }
    | { k: 'ref'; root: string; steps: Step[] }
    | { k: 'access'; base: Expr; steps: Step[] }
    /** `test`: the condition compares `text` (whitespace removed) with `null`: `var.x != null ? var.x : …`. */
    | { k: 'cond'; then: Expr; else: Expr; test?: { text: string; op: '==' | '!=' } }
    | { k: 'call'; name: string; args: Expr[] }
    | { k: 'object'; entries: ObjectEntry[] }
    | { k: 'tuple'; items: Expr[] }
    | { k: 'other'; what: string }
  );

export interface Attr extends Loc {
  name: string;
  value: Expr;
}

export interface Body {
  attrs: Map<string, Attr>;
  blocks: Block[];
}

export interface Block extends Body, Loc {
  type: string;
  labels: string[];
  /** The block's last line (its closing brace). */
  endLine: number;
}

export interface ParsedFile {
  file: string;
  syntax: Extract<IacSyntax, 'hcl' | 'json'>;
  body: Body;
  /** The parser's first complaint, and values nested too deeply to read (each cut where it got too deep). */
  problems: IacProblem[];
}

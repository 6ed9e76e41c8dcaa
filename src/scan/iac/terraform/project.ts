/**
 * Follows Terraform values through a repository: `var.x` to tfvars, defaults and the arguments
 * of module calls (local modules, recursively, and Terragrunt `inputs`), `local.x` to locals,
 * `module.x.y` to a local module's output, conditionals and `coalesce`/`try`/`lookup` to each
 * of their candidates, maps indexed by a key to each value. Each result says where its deciding
 * value is written and the hops it took (`via`); whatever depends on something the repository
 * does not hold is an `unknown` that says what is missing.
 *
 * Also: `format`, `lower`, `upper`, `trimspace`, `join`, `replace` (plain strings) and `element`
 * over known values; `optional(type, default)` in a variable's object type; `each.key` /
 * `each.value` of a resource's `for_each` (instances.ts); variables set by CI steps and scripts
 * (`settings`) like -var-file assignments of root modules; override files and OpenTofu's `.tofu`.
 *
 * Limits: conditions are not evaluated (each branch is a candidate), except that the branch
 * `X` of `X != null ? X : …` is never null; at most MAX_OUTCOMES candidates per expression;
 * references deeper than MAX_DEPTH are unknown, and a cycle is named once (`local.a → local.b →
 * local.a`); `for` expressions, operators, splats and other functions are unknown.
 *
 * Which tfvars files assign a variable: tfvars.ts.
 */
import type { Evaluator } from './evaluator.js';
import { evalCall } from './functions.js';
import { ProjectFiles } from './project-files.js';
import { evalReference } from './references.js';
import type { Expr, Step } from './syntax-model.js';
import { cap, MAX_DEPTH, MAX_OUTCOMES, unknown, withHops, type Outcome, type Scope, type Written } from './values.js';
import { variableValues } from './variables.js';

export class Project extends ProjectFiles implements Evaluator {
  private readonly varMemo = new Map<string, Outcome[]>();
  /** The locals and variables being evaluated, outermost first: one met again is a cycle. */
  private readonly resolving: Array<{ key: string; name: string }> = [];

  async evalExpr(e: Expr, scope: Scope, depth = 0): Promise<Outcome[]> {
    if (depth > MAX_DEPTH) return [unknown(e, 'the value passes through too many references to follow')];
    const at = { file: e.file, line: e.line };
    switch (e.k) {
      case 'str':
      case 'scalar':
        return [{ v: { k: 'str', s: e.value }, at, via: [] }];
      case 'null':
        return [{ v: { k: 'null' }, at, via: [] }];
      case 'template':
        return this.template(e, e.parts, scope, depth);
      case 'ref':
        return evalReference(this, e, scope, depth);
      case 'access':
        return this.steps(await this.evalExpr(e.base, scope, depth + 1), e.steps, e, scope, depth);
      case 'cond': {
        // `X != null ? X : …`: the branch that repeats X never gives null (nor `X == null ? … : X`).
        const branch = async (b: Expr, guarded: boolean): Promise<Outcome[]> => {
          const found = await this.evalExpr(b, scope, depth + 1);
          return guarded && e.test && b.text.replace(/\s+/g, '') === e.test.text ? found.filter((o) => o.v.k !== 'null') : found;
        };
        return cap(e, [...(await branch(e.then, e.test?.op === '!=')), ...(await branch(e.else, e.test?.op === '=='))]);
      }
      case 'call':
        return evalCall(this, e, scope, depth);
      case 'object': {
        const entries: Array<{ key?: string; values: Outcome[] }> = [];
        for (const entry of e.entries) entries.push({ key: entry.key, values: await this.evalExpr(entry.value, scope, depth + 1) });
        return [{ v: { k: 'obj', entries }, at, via: [] }];
      }
      case 'tuple': {
        const items: Outcome[][] = [];
        for (const item of e.items) items.push(await this.evalExpr(item, scope, depth + 1));
        return [{ v: { k: 'list', items }, at, via: [] }];
      }
      case 'other':
        return [unknown(e, `${e.what} is not evaluated by RDS CA Guard`)];
    }
  }

  /**
   * Evaluates `read` for the local or variable `name` (`key` tells it apart across modules), or,
   * when it is already being evaluated, says the values form a cycle, naming it once as
   * Terraform does: `local.a → local.b → local.a`.
   */
  async resolve(key: string, name: string, e: Written, read: () => Promise<Outcome[]>): Promise<Outcome[]> {
    const at = this.resolving.findIndex((r) => r.key === key);
    if (at >= 0) {
      const route = [...this.resolving.slice(at).map((r) => r.name), name].join(' → ');
      return [unknown(e, `the value refers to itself (a cycle: ${route}), which Terraform rejects`)];
    }
    this.resolving.push({ key, name });
    try {
      return await read();
    } finally {
      this.resolving.pop();
    }
  }

  private async template(e: Expr, parts: Expr[], scope: Scope, depth: number): Promise<Outcome[]> {
    if (parts.length === 1 && parts[0].k !== 'str') return this.evalExpr(parts[0], scope, depth + 1);
    let acc: Array<{ s: string; via: string[] }> = [{ s: '', via: [] }];
    for (const part of parts) {
      const values = await this.evalExpr(part, scope, depth + 1);
      const bad = values.find((v) => v.v.k !== 'str');
      if (bad)
        return [bad.v.k === 'unknown' ? { ...unknown(e, bad.v.missing), via: bad.via } : unknown(e, `\`${part.text}\` is not a string`)];
      const next: Array<{ s: string; via: string[] }> = [];
      for (const a of acc)
        for (const v of values)
          next.push({ s: a.s + (v.v as { s: string }).s, via: [...a.via, ...v.via.filter((h) => !a.via.includes(h))] });
      if (next.length > MAX_OUTCOMES) return [unknown(e, `the template has more than ${MAX_OUTCOMES} combinations`)];
      acc = next;
    }
    return acc.map((a) => ({ v: { k: 'str', s: a.s }, at: { file: e.file, line: e.line }, via: a.via }));
  }

  /** Applies `.name`, `[key]` and `[*]` to each candidate: a map indexed by a known key gives that value, by an unknown key every value. */
  async steps(base: Outcome[], steps: readonly Step[], e: Expr, scope: Scope, depth: number): Promise<Outcome[]> {
    let current = base;
    for (const step of steps) {
      const keys: string[] | undefined = 'attr' in step ? [step.attr] : undefined;
      let indexKeys = keys;
      if ('index' in step) {
        const k = await this.evalExpr(step.index, scope, depth + 1);
        indexKeys = k.every((o) => o.v.k === 'str') ? k.map((o) => (o.v as { s: string }).s) : undefined;
      }
      const next: Outcome[] = [];
      for (const o of current) {
        if (o.v.k === 'unknown') next.push(o);
        else if ('splat' in step) next.push(unknown(e, 'a splat (`[*]`) is not evaluated by RDS CA Guard', o.via));
        else if (o.v.k === 'obj') {
          for (const entry of o.v.entries) {
            if (indexKeys && !indexKeys.includes(entry.key ?? '\u0000')) continue;
            next.push(...withHops(entry.values, ...o.via));
          }
        } else if (o.v.k === 'list') {
          o.v.items.forEach((item, i) => {
            if (!indexKeys || indexKeys.includes(String(i))) next.push(...withHops(item, ...o.via));
          });
        } else next.push(unknown(e, `\`${e.text}\` reads into a value that is not a map`, o.via));
      }
      current = cap(e, next);
    }
    return current;
  }

  /** Every value variable `name` of module `dir` can take: from its callers, or (a root module) from tfvars and its default. */
  async variable(dir: string, name: string, depth: number): Promise<Outcome[]> {
    const key = `${dir}\u0000${name}`;
    const memo = this.varMemo.get(key);
    if (memo) return memo;
    const decl = (await this.module(dir)).variables.get(name);
    if (!decl)
      return [
        unknown({ text: `var.${name}`, file: dir, line: 1 }, `variable \`${name}\` is not declared in ${dir || 'the repository root'}`),
      ];
    const result = await variableValues(this, dir, name, decl, depth);
    this.varMemo.set(key, result);
    return result;
  }
}

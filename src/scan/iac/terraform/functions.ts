/**
 * Terraform and Terragrunt function calls: `coalesce`, `try`, the type conversions, `element`,
 * `lookup`, `get_env` and the string functions (string-functions.ts); any other is unknown.
 */
import type { Evaluator } from './evaluator.js';
import { STRING_FUNCTIONS } from './string-functions.js';
import type { Expr } from './syntax-model.js';
import { cap, unknown, withHops, type Outcome, type Scope } from './values.js';

type Call = Extract<Expr, { k: 'call' }>;

export async function evalCall(ev: Evaluator, e: Call, scope: Scope, depth: number): Promise<Outcome[]> {
  const args: Outcome[][] = [];
  const evaluate = async (): Promise<Outcome[][]> => {
    for (const a of e.args) args.push(await ev.evalExpr(a, scope, depth + 1));
    return args;
  };
  const all = async (): Promise<Outcome[]> => (await evaluate()).flat();
  const string = STRING_FUNCTIONS.get(e.name);
  if (string) return string(e, evaluate);
  switch (e.name) {
    case 'coalesce':
      return cap(
        e,
        (await all()).filter((o) => o.v.k !== 'null' && !(o.v.k === 'str' && o.v.s === '')),
      );
    case 'try': {
      // The first argument that evaluates gives the value; one that may fail (unknown) or has no
      // value (a missing key) lets the next one count too.
      const out: Outcome[] = [];
      for (const a of e.args) {
        const found = await ev.evalExpr(a, scope, depth + 1);
        out.push(...found);
        if (found.length && found.every((o) => o.v.k !== 'unknown')) break;
      }
      return cap(e, out);
    }
    case 'tostring':
    case 'nonsensitive':
    case 'sensitive':
    case 'toset':
    case 'tomap':
    case 'tolist':
      return cap(e, await all());
    case 'element':
      return element(ev, e, scope, depth);
    case 'lookup': {
      if (e.args.length < 2) return [unknown(e, '`lookup` needs a map and a key')];
      const found = await ev.steps(await ev.evalExpr(e.args[0], scope, depth + 1), [{ index: e.args[1] }], e, scope, depth);
      const fallback = e.args[2] ? await ev.evalExpr(e.args[2], scope, depth + 1) : [];
      return cap(e, [...found, ...fallback]);
    }
    case 'get_env': {
      const fallback = e.args[1] ? await ev.evalExpr(e.args[1], scope, depth + 1) : [];
      const name = e.args[0]?.k === 'str' ? e.args[0].value : 'an environment variable';
      return cap(e, [unknown(e, `the environment variable \`${name}\` is set where Terragrunt runs`), ...fallback]);
    }
    default:
      return [unknown(e, `the function \`${e.name}\` is not evaluated by RDS CA Guard`)];
  }
}

/** `element(list, index)`: the item at each known index (wrapping around), for each candidate list. */
async function element(ev: Evaluator, e: Call, scope: Scope, depth: number): Promise<Outcome[]> {
  if (e.args.length !== 2) return [unknown(e, '`element` takes a list and an index')];
  const lists = await ev.evalExpr(e.args[0], scope, depth + 1);
  const indexes = await ev.evalExpr(e.args[1], scope, depth + 1);
  const out: Outcome[] = [];
  for (const list of lists) {
    if (list.v.k !== 'list') {
      out.push(list.v.k === 'unknown' ? list : unknown(e, '`element` gets a value that is not a list', list.via));
      continue;
    }
    for (const index of indexes) {
      const n = index.v.k === 'str' ? Number(index.v.s) : NaN;
      if (!Number.isInteger(n) || n < 0 || !list.v.items.length)
        out.push(index.v.k === 'unknown' ? index : unknown(e, `\`${e.args[1].text}\` is not an index of the list`, index.via));
      else out.push(...withHops(list.v.items[n % list.v.items.length], ...list.via));
    }
  }
  return cap(e, out);
}

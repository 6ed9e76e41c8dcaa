import type { Evaluator } from './evaluator.js';
import type { Expr } from './syntax-model.js';
import { hop, MAX_DEPTH, withHops, type Outcome, type Scope } from './values.js';

/**
 * A variable's values with the defaults of its type filled in: an attribute of an
 * `object({ ca = optional(string, "…") })` that a value leaves out (or sets to null) takes the
 * default, also inside `map(…)`, `list(…)`, `set(…)` and nested objects.
 */
export async function withDefaults(
  ev: Evaluator,
  type: Expr | undefined,
  outcomes: Outcome[],
  dir: string,
  depth: number,
): Promise<Outcome[]> {
  if (!type || type.k !== 'call' || !outcomes.some((o) => o.v.k === 'obj' || o.v.k === 'list')) return outcomes;
  const scope: Scope = { kind: 'module', dir };
  const inner = type.args[0];
  if (['map', 'list', 'set'].includes(type.name) && inner) {
    const out: Outcome[] = [];
    for (const o of outcomes) {
      if (o.v.k === 'obj') {
        const entries = [];
        for (const entry of o.v.entries)
          entries.push({ key: entry.key, values: await withDefaults(ev, inner, entry.values, dir, depth + 1) });
        out.push({ ...o, v: { k: 'obj', entries } });
      } else if (o.v.k === 'list') {
        const items = [];
        for (const item of o.v.items) items.push(await withDefaults(ev, inner, item, dir, depth + 1));
        out.push({ ...o, v: { k: 'list', items } });
      } else out.push(o);
    }
    return out;
  }
  if (type.name !== 'object' || inner?.k !== 'object' || depth > MAX_DEPTH) return outcomes;
  const out: Outcome[] = [];
  for (const o of outcomes) {
    if (o.v.k !== 'obj') {
      out.push(o);
      continue;
    }
    const entries = [...o.v.entries];
    for (const attr of inner.entries) {
      if (attr.key === undefined) continue;
      const optional = attr.value.k === 'call' && attr.value.name === 'optional' ? attr.value : undefined;
      const attrType = optional ? optional.args[0] : attr.value;
      const i = entries.findIndex((x) => x.key === attr.key);
      const given = i >= 0 ? entries[i].values.filter((x) => x.v.k !== 'null') : [];
      const unset = i < 0 || entries[i].values.some((x) => x.v.k === 'null');
      let values = given;
      if (unset && optional?.args[1])
        values = [
          ...given,
          ...withHops(await ev.evalExpr(optional.args[1], scope, depth + 1), hop(`optional default of ${attr.key}`, optional)),
        ];
      else if (unset && i >= 0) values = entries[i].values;
      values = await withDefaults(ev, attrType, values, dir, depth + 1);
      if (i >= 0) entries[i] = { key: attr.key, values };
      else if (values.length) entries.push({ key: attr.key, values });
    }
    out.push({ ...o, v: { k: 'obj', entries } });
  }
  return out;
}

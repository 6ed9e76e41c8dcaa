/**
 * Terraform's string functions over known values: `lower`, `upper`, `trimspace`, `format`,
 * `replace` (plain strings) and `join`, applied to each combination of their arguments' candidates.
 */
import type { Expr } from './syntax-model.js';
import { cap, MAX_OUTCOMES, unknown, type Outcome, type Value } from './values.js';

type Call = Extract<Expr, { k: 'call' }>;
/** A function of the call `e`; `evaluate` evaluates its arguments (once the argument count is right): each argument's candidates. */
type StringFunction = (e: Call, evaluate: () => Promise<Outcome[][]>) => Promise<Outcome[]>;

/**
 * Applies a string function to each combination of its arguments' candidates. The result is
 * written where its last argument that came from elsewhere (a local, a tfvars file) is written,
 * or at the call when every argument is written in it.
 */
function combine(e: Expr, args: Outcome[][], f: (values: Value[]) => string | { missing: string }): Outcome[] {
  let combos: Outcome[][] = [[]];
  for (const arg of args) {
    const next: Outcome[][] = [];
    for (const c of combos) for (const o of arg) next.push([...c, o]);
    if (next.length > MAX_OUTCOMES) return [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)];
    combos = next;
  }
  return combos.map((combo): Outcome => {
    const via = [...new Set(combo.flatMap((o) => o.via))];
    const bad = combo.find((o) => o.v.k === 'unknown');
    if (bad && bad.v.k === 'unknown') return { ...unknown(e, bad.v.missing), via };
    const result = f(combo.map((o) => o.v));
    if (typeof result !== 'string') return { ...unknown(e, result.missing), via };
    const from = [...combo].reverse().find((o) => o.via.length);
    return { v: { k: 'str', s: result }, at: from ? from.at : { file: e.file, line: e.line }, via };
  });
}

/** Terraform's `format` over known values: `%s`, `%v`, `%d`, `%q` and `%%`; other verbs are not evaluated. */
function format(values: Value[]): string | { missing: string } {
  const [spec, ...rest] = values;
  if (spec?.k !== 'str') return { missing: 'the format of `format` is not a string' };
  if (rest.some((v) => v.k !== 'str')) return { missing: '`format` gets a value that is not a string' };
  const args = rest.map((v) => (v as { s: string }).s);
  let next = 0;
  let bad: string | undefined;
  const out = spec.s.replace(
    /%(?:\[(\d+)\])?([-+# 0]*\d*(?:\.\d+)?)?([a-zA-Z%])/g,
    (all, at: string | undefined, flags: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      if (flags || !'svdq'.includes(verb)) {
        bad ??= `the format verb \`${all}\` is not evaluated by RDS CA Guard`;
        return '';
      }
      const i = at !== undefined ? Number(at) - 1 : next;
      next = i + 1;
      if (i >= args.length) {
        bad ??= '`format` has fewer arguments than its verbs';
        return '';
      }
      return verb === 'q' ? JSON.stringify(args[i]) : args[i];
    },
  );
  return bad ? { missing: bad } : out;
}

/** `lower`, `upper`, `trimspace`: one string argument. */
function oneString(f: (s: string) => string): StringFunction {
  return async (e, evaluate) => {
    if (e.args.length !== 1) return [unknown(e, `\`${e.name}\` takes one argument`)];
    const args = await evaluate();
    return cap(
      e,
      combine(e, args, ([v]) => (v.k === 'str' ? f(v.s) : { missing: `\`${e.name}\` gets a value that is not a string` })),
    );
  };
}

async function replace(e: Call, evaluate: () => Promise<Outcome[][]>): Promise<Outcome[]> {
  if (e.args.length !== 3) return [unknown(e, '`replace` takes three arguments')];
  const args = await evaluate();
  return cap(
    e,
    combine(e, args, ([str, sub, by]) => {
      if (str.k !== 'str' || sub.k !== 'str' || by.k !== 'str') return { missing: '`replace` gets a value that is not a string' };
      if (sub.s.length > 1 && sub.s.startsWith('/') && sub.s.endsWith('/'))
        return { missing: 'a regular expression in `replace` is not evaluated by RDS CA Guard' };
      return sub.s === '' ? str.s : str.s.split(sub.s).join(by.s);
    }),
  );
}

async function join(e: Call, evaluate: () => Promise<Outcome[][]>): Promise<Outcome[]> {
  if (e.args.length < 2) return [unknown(e, '`join` needs a separator and a list')];
  // Each list becomes one argument per item (each item's candidates), the separator first.
  const [sep, ...lists] = await evaluate();
  const out: Outcome[] = [];
  for (const combo of combine(e, lists, () => '')) if (combo.v.k === 'unknown') return [combo];
  const expand = (list: Outcome[]): Outcome[][][] => list.map((o) => (o.v.k === 'list' ? o.v.items : [[o]]));
  let shapes: Outcome[][][] = [[]];
  for (const list of lists) {
    const next: Outcome[][][] = [];
    for (const s of shapes) for (const items of expand(list)) next.push([...s, ...items]);
    if (next.length > MAX_OUTCOMES) return [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)];
    shapes = next;
  }
  for (const items of shapes) {
    out.push(
      ...combine(e, [sep, ...items], ([s, ...parts]) => {
        if (s.k !== 'str' || parts.some((x) => x.k !== 'str')) return { missing: '`join` gets a value that is not a string' };
        return parts.map((x) => (x as { s: string }).s).join(s.s);
      }),
    );
  }
  return cap(e, out);
}

export const STRING_FUNCTIONS: ReadonlyMap<string, StringFunction> = new Map<string, StringFunction>([
  ['lower', oneString((x) => x.toLowerCase())],
  ['upper', oneString((x) => x.toUpperCase())],
  ['trimspace', oneString((x) => x.trim())],
  [
    'format',
    async (e, evaluate) =>
      cap(
        e,
        combine(e, await evaluate(), (values) => format(values)),
      ),
  ],
  ['replace', replace],
  ['join', join],
]);

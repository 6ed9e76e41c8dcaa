/** The values a declared variable can take: its callers' arguments, or (a root module) tfvars, CI settings and its default. */
import type { Evaluator } from './evaluator.js';
import { AUTO_TFVARS, dirOf } from './paths.js';
import type { Block } from './syntax-model.js';
import { tfvarsFor } from './tfvars.js';
import { withDefaults } from './type-defaults.js';
import { cap, hop, unknown, withHops, type Outcome, type Scope } from './values.js';

/** Every value variable `name` (declared by `decl`) of module `dir` can take, with the defaults of its type filled in. */
export async function variableValues(ev: Evaluator, dir: string, name: string, decl: Block, depth: number): Promise<Outcome[]> {
  const ref = { text: `var.${name}`, file: decl.file, line: decl.line };
  const declHop = hop(`var.${name}`, decl);
  const out: Outcome[] = [];
  let needDefault = false;
  const callers = await ev.callersOf(dir);
  for (const caller of callers) {
    if (caller.kind === 'module') {
      const arg = caller.block.attrs.get(name);
      if (arg)
        out.push(
          ...withHops(
            await ev.evalExpr(arg.value, { kind: 'module', dir: caller.dir }, depth + 1),
            hop(`module.${caller.block.labels[0]}`, arg),
            declHop,
          ),
        );
      else needDefault = true;
    } else {
      const inputs = caller.file.body.attrs.get('inputs');
      const scope: Scope = { kind: 'terragrunt', file: caller.file.file };
      const entry = inputs?.value.k === 'object' ? inputs.value.entries.find((x) => x.key === name) : undefined;
      if (entry)
        out.push(
          ...withHops(
            await ev.evalExpr(entry.value, scope, depth + 1),
            hop(`inputs.${name}`, { file: caller.file.file, line: entry.line }),
            declHop,
          ),
        );
      else if (inputs && inputs.value.k !== 'object') {
        out.push(
          ...withHops(
            await ev.steps(await ev.evalExpr(inputs.value, scope, depth + 1), [{ attr: name }], inputs.value, scope, depth),
            hop(`inputs.${name}`, inputs),
            declHop,
          ),
        );
      } else needDefault = true;
    }
  }
  if (!callers.length || ev.hasOwnTfvars(dir)) {
    const assigned = await tfvarsFor(ev, dir, name);
    for (const { file, attr } of assigned)
      out.push(...withHops(await ev.evalExpr(attr.value, { kind: 'tfvars', file: file.file }, depth + 1), hop(`var.${name}`, attr)));
    // TF_VAR_x in a CI step, `-var x=…` in a script: like a -var-file assignment.
    const settings = ev.settings.filter((v) => v.name === name);
    for (const v of settings) out.push({ v: { k: 'str', s: v.value }, at: { file: v.file, line: v.line }, via: [hop(v.how, v), declHop] });
    const auto = assigned.some(({ file }) => dirOf(file.file) === dir && AUTO_TFVARS.test(file.file));
    if (!auto && decl.attrs.has('default')) needDefault = true;
    else if (!auto && !assigned.length && !settings.length)
      out.push(unknown(ref, `variable \`${name}\` has no default and no tfvars in the repository assigns it`));
  }
  if (needDefault) {
    const def = decl.attrs.get('default');
    if (def) out.push(...withHops(await ev.evalExpr(def.value, { kind: 'module', dir }, depth + 1), declHop));
  }
  return cap(ref, await withDefaults(ev, decl.attrs.get('type')?.value, out, dir, depth));
}

/** References: `var.x`, `local.x`, `each.key`/`each.value`, `module.x.y`, a resource's argument, and the ones decided elsewhere. */
import type { Evaluator } from './evaluator.js';
import { moduleSource, sourceOrigin } from './sources.js';
import type { Attr, Expr } from './syntax-model.js';
import { hop, unknown, withHops, type ModuleScope, type Outcome, type Scope } from './values.js';

type Ref = Extract<Expr, { k: 'ref' }>;

export async function evalReference(ev: Evaluator, e: Ref, scope: Scope, depth: number): Promise<Outcome[]> {
  const first = e.steps[0] && 'attr' in e.steps[0] ? e.steps[0].attr : undefined;
  const rest = e.steps.slice(1);
  const follow = async (found: Outcome[]): Promise<Outcome[]> => ev.steps(found, rest, e, scope, depth);
  if (!first) return [unknown(e, `\`${e.text}\` is not evaluated by RDS CA Guard`)];
  const name = `${e.root}.${first}`;
  if (e.root === 'var') {
    if (scope.kind !== 'module') return [unknown(e, `\`${name}\` is not available here`)];
    return follow(await ev.resolve(`${scope.dir}\u0000${name}`, name, e, () => ev.variable(scope.dir, first, depth + 1)));
  }
  if (e.root === 'local') return follow(await local(ev, e, first, scope, depth));
  if (e.root === 'each' && scope.kind === 'module' && scope.each && (first === 'key' || first === 'value'))
    return follow(scope.each[first]);
  if (e.root === 'module' && scope.kind === 'module') return moduleOutput(ev, e, first, scope, depth);
  if (e.root === 'data') return [unknown(e, `the data source \`${name}\` is read from the provider when Terraform runs`)];
  if (e.root === 'dependency' || e.root === 'include' || e.root === 'feature')
    return [unknown(e, `\`${e.text}\` comes from another Terragrunt configuration or its state`)];
  if (e.root === 'each' || e.root === 'count' || e.root === 'self') return [unknown(e, `\`${e.text}\` differs per instance`)];
  if (e.root === 'terraform') return [unknown(e, `\`${e.text}\` is chosen when Terraform runs`)];
  if (scope.kind === 'module' && e.root.includes('_')) return resourceArgument(ev, e, first, scope, depth);
  return [unknown(e, `\`${e.text}\` is not evaluated by RDS CA Guard`)];
}

/** `local.<first>`: the local of the module, or of the Terragrunt or tfvars file, evaluated where it is written. */
async function local(ev: Evaluator, e: Ref, first: string, scope: Scope, depth: number): Promise<Outcome[]> {
  const name = `${e.root}.${first}`;
  let attr: Attr | undefined;
  if (scope.kind === 'module') attr = (await ev.module(scope.dir)).locals.get(first);
  else {
    const f = await ev.file(scope.file);
    attr = f?.body.blocks
      .filter((b) => b.type === 'locals')
      .map((b) => b.attrs.get(first))
      .find((a) => a);
  }
  if (!attr) return [unknown(e, `\`${name}\` is not defined`)];
  const home: Scope = scope.kind === 'module' ? { kind: 'module', dir: scope.dir } : scope;
  const key = `${scope.kind === 'module' ? scope.dir : scope.file}\u0000${name}`;
  return ev.resolve(key, name, e, async () => withHops(await ev.evalExpr(attr.value, home, depth + 1), hop(name, attr)));
}

/** `module.<first>.<output>…`: the output of a local module, evaluated in that module. */
async function moduleOutput(ev: Evaluator, e: Ref, first: string, scope: ModuleScope, depth: number): Promise<Outcome[]> {
  const rest = e.steps.slice(1);
  const mod = await ev.module(scope.dir);
  const call = mod.calls.find((b) => b.labels[0] === first);
  const output = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
  if (!call) return [unknown(e, `module \`${first}\` is not declared`)];
  const { source, child } = moduleSource(call.attrs.get('source')?.value, scope.dir);
  if (child === undefined || !ev.hasModule(child)) {
    return [
      unknown(
        e,
        `module \`${first}\` comes from ${source === undefined ? 'a computed source' : sourceOrigin(source)}, whose outputs are not in the repository`,
      ),
    ];
  }
  const out = output ? (await ev.module(child)).outputs.get(output) : undefined;
  const value = out?.attrs.get('value');
  if (!out || !value) return [unknown(e, `module \`${first}\` (${child}) has no output \`${output ?? ''}\``)];
  const found = withHops(
    await ev.evalExpr(value.value, { kind: 'module', dir: child }, depth + 1),
    hop(`output.${output}`, value),
    hop(`module.${first}`, call),
  );
  return ev.steps(found, rest.slice(1), e, scope, depth);
}

/** `<type>.<first>.<argument>…`: an argument of a resource of the module, as written; one AWS sets is unknown. */
async function resourceArgument(ev: Evaluator, e: Ref, first: string, scope: ModuleScope, depth: number): Promise<Outcome[]> {
  const name = `${e.root}.${first}`;
  const rest = e.steps.slice(1);
  const attrName = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
  const block = (await ev.module(scope.dir)).resources.find((b) => b.labels[0] === e.root && b.labels[1] === first);
  const attr = attrName ? block?.attrs.get(attrName) : undefined;
  if (block && attr)
    return ev.steps(
      withHops(await ev.evalExpr(attr.value, scope, depth + 1), hop(`${name}.${attrName}`, attr)),
      rest.slice(1),
      e,
      scope,
      depth,
    );
  return [unknown(e, `\`${e.text}\` is ${block ? 'set by AWS when Terraform applies' : 'not declared in this module'}`)];
}

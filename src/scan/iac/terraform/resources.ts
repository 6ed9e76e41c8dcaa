/** A module's resources: the CA argument of each database resource (per `for_each` instance), local-exec provisioners, declared databases. */
import type { CaPin } from '../../../model/iac.js';
import type { DeclaredProxy } from '../../../model/proxies.js';
import { syntaxOf } from './pins.js';
import { DECLARED, RESOURCE_ATTRIBUTES } from './ca-attributes.js';
import { declarationOf, oneLiteral } from './declarations.js';
import { instancesOf } from './instances.js';
import { localExecFacts } from './local-exec.js';
import type { Gathered } from './loose.js';
import type { Module } from './module.js';
import { pinsOf, type Receiver } from './pins.js';
import type { Project } from './project.js';
import type { Block } from './syntax-model.js';
import type { ModuleScope } from './values.js';

/** The pins of the CA argument `spec` of a resource: one set per instance of its `for_each` when the repository decides it. */
async function caPins(
  project: Project,
  block: Block,
  resource: string,
  spec: { attribute: string; absentMatters: boolean },
  scope: ModuleScope,
): Promise<CaPin[]> {
  const pins: CaPin[] = [];
  const set = block.attrs.get(spec.attribute);
  // With `for_each` over a value the repository decides: one pin per instance (`aws_db_instance.x["key"]`).
  const instances = await instancesOf(project, block, scope);
  for (const { key, each } of instances ?? [{ key: undefined, each: undefined }]) {
    const receiver: Receiver = {
      resource: key === undefined ? resource : `${resource}[${JSON.stringify(key)}]`,
      attribute: spec.attribute,
      block,
      absentMatters: spec.absentMatters,
      set: set && { file: set.file, line: set.line, text: set.value.text },
    };
    if (set) pins.push(...pinsOf(receiver, await project.evalExpr(set.value, each ? { ...scope, each } : scope)));
    else if (spec.absentMatters) pins.push(...pinsOf(receiver, [{ v: { k: 'null' }, at: block, via: [] }]));
  }
  return pins;
}

/** An RDS proxy (`aws_db_proxy`) or proxy endpoint (`aws_db_proxy_endpoint`), with its name and require_tls when literal. */
async function proxyOf(
  project: Project,
  block: Block,
  type: string,
  resource: string,
  scope: ModuleScope,
): Promise<DeclaredProxy | undefined> {
  const kind = type === 'aws_db_proxy' ? 'proxy' : type === 'aws_db_proxy_endpoint' ? 'endpoint' : undefined;
  if (!kind) return undefined;
  const name = await oneLiteral(project, block.attrs.get(kind === 'proxy' ? 'name' : 'db_proxy_endpoint_name'), scope);
  const tls = await oneLiteral(project, block.attrs.get('require_tls'), scope);
  return {
    file: block.file,
    line: block.line,
    tool: 'terraform',
    syntax: syntaxOf(block.file),
    resource,
    kind,
    ...(name !== undefined ? { name } : {}),
    ...(tls === 'true' || tls === 'false' ? { requireTls: tls === 'true' } : {}),
  };
}

export async function resourceFacts(project: Project, mod: Module, gathered: Gathered): Promise<void> {
  const scope: ModuleScope = { kind: 'module', dir: mod.dir };
  for (const block of mod.resources) {
    const [type, name] = block.labels;
    const resource = `${type}.${name}`;
    const spec = RESOURCE_ATTRIBUTES[type];
    if (spec) gathered.pins.push(...(await caPins(project, block, resource, spec, scope)));
    if (block.blocks.some((b) => b.type === 'provisioner')) {
      const exec = await localExecFacts(project, block, resource, scope, project.read(block.file));
      gathered.pins.push(...exec.pins);
      gathered.declarations.push(...exec.declarations);
      gathered.problems.push(...exec.problems);
    }
    const proxy = await proxyOf(project, block, type, resource, scope);
    if (proxy) (gathered.proxies ??= []).push(proxy);
    const declared = DECLARED[type];
    if (declared)
      gathered.declarations.push(
        await declarationOf(project, block, resource, declared.kind, declared.attribute, block.attrs.get(declared.identifier), scope),
      );
  }
}

/**
 * A module's calls of other modules: CA-named arguments (loose assignments when the module is
 * local, pins when it is not), a notice for a remote database module given none, and the
 * databases of the registry's RDS and Aurora modules.
 */
import { CA_NAME, isDatabaseSource, nestedCaEntries } from './ca-attributes.js';
import { declarationOf } from './declarations.js';
import type { Gathered } from './loose.js';
import type { Module } from './module.js';
import { defaultCaNotice, pinsOf, type Receiver } from './pins.js';
import type { Project } from './project.js';
import { moduleSource, remoteOrigin } from './sources.js';
import type { Attr } from './syntax-model.js';
import type { Scope } from './values.js';

export async function moduleCallFacts(project: Project, mod: Module, gathered: Gathered): Promise<void> {
  const scope: Scope = { kind: 'module', dir: mod.dir };
  for (const call of mod.calls) {
    const name = call.labels[0];
    const { source, child } = moduleSource(call.attrs.get('source')?.value, mod.dir);
    const local = child !== undefined && project.hasModule(child);
    const args = [...call.attrs.values()].filter((a) => CA_NAME.test(a.name));
    const nested = local
      ? []
      : [...call.attrs.values()].filter((a) => !CA_NAME.test(a.name)).flatMap((a) => nestedCaEntries(a.value, call.file));
    const receiverOf = (a: Attr): Receiver => ({
      resource: `module.${name}`,
      attribute: a.name,
      block: call,
      absentMatters: false,
      set: { file: a.file, line: a.line, text: a.value.text },
    });
    for (const a of [...args, ...nested]) {
      if (local) gathered.loose.push({ at: a, receiver: receiverOf(a), value: a.value, scope });
      else gathered.pins.push(...pinsOf(receiverOf(a), await project.evalExpr(a.value, scope)));
    }
    if (local || source === undefined) continue;
    if (!args.length && !nested.length && isDatabaseSource(source)) {
      const origin = remoteOrigin(source, child);
      gathered.pins.push(defaultCaNotice(call, `module.${name}`, `module.${name} (${source})`, `module \`${name}\``, origin));
    }
    const registry = /terraform-aws-modules\/(rds|rds-aurora)\/aws/.exec(source);
    if (registry) {
      const cluster = registry[1] === 'rds-aurora';
      const identifier = call.attrs.get(cluster ? 'name' : 'identifier');
      const kind = cluster ? 'cluster' : 'instance';
      gathered.declarations.push(await declarationOf(project, call, `module.${name}`, kind, 'ca_cert_identifier', identifier, scope));
    }
  }
}

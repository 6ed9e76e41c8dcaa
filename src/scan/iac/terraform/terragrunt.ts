import { CA_NAME, isDatabaseSource } from './ca-attributes.js';
import type { Gathered } from './loose.js';
import { dirOf } from './paths.js';
import { defaultCaNotice, pinsOf, type Receiver } from './pins.js';
import type { Project } from './project.js';
import { moduleSource, remoteOrigin, terragruntSource } from './sources.js';
import type { ParsedFile } from './syntax-model.js';
import type { Scope } from './values.js';

/** A Terragrunt file: CA-named `inputs` (pins of their own unless they reach a resource of a local module), and a notice for a remote database module given none. */
export async function terragruntFacts(project: Project, f: ParsedFile, gathered: Gathered): Promise<void> {
  const dir = dirOf(f.file);
  const sourceAttr = terragruntSource(f);
  const { source, child } = moduleSource(sourceAttr?.value, dir);
  const local = child !== undefined && project.hasModule(child);
  const inputs = f.body.attrs.get('inputs');
  const scope: Scope = { kind: 'terragrunt', file: f.file };
  const holder = f.body.blocks.find((b) => b.type === 'terraform') ?? { file: f.file, line: inputs?.line ?? 1, endLine: inputs?.line ?? 1 };
  const resource = source !== undefined ? `terraform.source (${source})` : 'inputs';
  const entries = inputs?.value.k === 'object' ? inputs.value.entries : [];
  const named = entries.filter((e) => e.key && CA_NAME.test(e.key));
  for (const entry of named) {
    const receiver: Receiver = {
      resource,
      attribute: entry.key!,
      block: holder,
      absentMatters: false,
      set: { file: f.file, line: entry.line, text: entry.value.text },
    };
    if (local) gathered.loose.push({ at: { file: f.file, line: entry.line }, receiver, value: entry.value, scope });
    else gathered.pins.push(...pinsOf(receiver, await project.evalExpr(entry.value, scope)));
  }
  if (!local && !named.length && source !== undefined && isDatabaseSource(source)) {
    const at = { file: f.file, line: sourceAttr!.line };
    gathered.pins.push(defaultCaNotice(at, resource, source, 'the module', remoteOrigin(source, child)));
  }
}

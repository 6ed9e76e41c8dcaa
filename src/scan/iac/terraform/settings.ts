/** Variables CI steps and scripts set (TF_VAR_x, -var x=…): the root modules declaring them, and CA-looking ones as loose assignments. */
import { byCodePoint, type TerraformVariableSetting } from '../../../model/iac.js';
import { CA_NAME } from './ca-attributes.js';
import type { Loose } from './loose.js';
import { CONFIG, dirOf, inToolCache } from './paths.js';
import type { Containing } from './project-files.js';
import type { Project } from './project.js';
import { hop } from './values.js';

/**
 * The root modules that declare each variable CI steps and scripts set: the configuration files
 * holding `variable "<name>"` (found by grep when the scan can, else read here), in module
 * directories no module call or Terragrunt unit in the repository uses (or with tfvars of their own).
 */
export async function declaringRoots(
  project: Project,
  input: { files: readonly string[]; read: (path: string) => string | undefined; containing?: Containing },
  settings: readonly TerraformVariableSetting[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const names = [...new Set(settings.map((v) => v.name))].sort(byCodePoint);
  if (!names.length) return found;
  const config = input.files.filter((f) => CONFIG.test(f) && !inToolCache(f));
  const needles = [...names.map((n) => `variable "${n}"`), '"variable"'];
  const holding = await input.containing?.(config, needles);
  const files = config.filter((f) => (holding ? holding.has(f) : needles.some((n) => input.read(f)?.includes(n))));
  for (const dir of [...new Set(files.map(dirOf))].sort(byCodePoint)) {
    const mod = await project.module(dir);
    for (const name of names) {
      if (!mod.variables.has(name) || !(await project.isRoot(dir))) continue;
      found.set(name, [...(found.get(name) ?? []), dir]);
    }
  }
  return found;
}

/** A CA-looking variable set by a CI step or script: a loose assignment of each root module declaring it. */
export async function settingAssignments(
  project: Project,
  settings: readonly TerraformVariableSetting[],
  declaring: ReadonlyMap<string, string[]>,
): Promise<Loose[]> {
  const out: Loose[] = [];
  for (const v of settings) {
    if (!(CA_NAME.test(v.name) || /^rds-ca-/i.test(v.value))) continue;
    for (const dir of declaring.get(v.name) ?? []) {
      const decl = (await project.module(dir)).variables.get(v.name)!;
      out.push({
        at: v,
        receiver: {
          resource: `var.${v.name}`,
          attribute: v.name,
          block: decl,
          absentMatters: false,
          set: { file: v.file, line: v.line, text: v.value },
        },
        value: { file: v.file, line: v.line, text: v.value, k: 'str', value: v.value },
        scope: { kind: 'tfvars', file: v.file },
        via: [hop(v.how, v), hop(`var.${v.name}`, decl)],
      });
    }
  }
  return out;
}

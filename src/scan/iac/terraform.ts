/**
 * CA pins in Terraform and Terragrunt, read with the HCL parser (native syntax) or JSON with
 * ranges (`.tf.json`, `.tfvars.json`), following values to where they are written
 * (terraform/project.ts: locals, tfvars, defaults, local module calls, Terragrunt inputs,
 * conditionals, `coalesce`/`try`, indexed maps).
 *
 * What decides a CA: `ca_cert_identifier` of aws_db_instance, aws_rds_cluster_instance and
 * aws_docdb_cluster_instance (unset: AWS's default, an `absent` pin at the resource);
 * `ca_certificate_identifier` of aws_rds_cluster; `certificate_identifier` of
 * aws_rds_certificate (the account default); arguments named like `ca_cert_identifier` of
 * modules the repository does not hold (registry, git), and a notice for such an RDS, Aurora
 * or DocumentDB module called without one. A CA-named assignment (tfvars, Terragrunt
 * `inputs`, a local module's argument) that reaches no resource is a pin of its own.
 *
 * Each pin is at the file and line where its deciding literal is written; a value the
 * repository does not decide is an `expression` pin at the resource saying what is missing.
 */
export { isTerraformFile } from './file-kinds.js';
import { byCodePoint, type CaPin, type IacFacts, type TerraformVariableSetting } from '../../model/iac.js';
import { judgeLoose, tfvarsAssignments, type Gathered } from './terraform/loose.js';
import { moduleCallFacts } from './terraform/module-calls.js';
import { CONFIG, dirOf } from './terraform/paths.js';
import type { Containing } from './terraform/project-files.js';
import { Project } from './terraform/project.js';
import { resourceFacts } from './terraform/resources.js';
import { declaringRoots, settingAssignments } from './terraform/settings.js';
import type { Loc } from './terraform/syntax-model.js';
import { terragruntFacts } from './terraform/terragrunt.js';

function pinKey(p: CaPin): string {
  return [p.file, String(p.line).padStart(8, '0'), p.resource, p.attribute, JSON.stringify(p.value)].join('\u0000');
}

export async function terraformFacts(input: {
  candidates: readonly string[];
  files: readonly string[];
  read: (path: string) => string | undefined;
  containing?: Containing;
  /** Variables that scripts and CI steps set (TF_VAR_x, -var x=…): judged like -var-file assignments of every root module declaring them. */
  variables?: readonly TerraformVariableSetting[];
}): Promise<IacFacts> {
  const project = new Project(input.files, input.read, input.containing);
  const gathered: Gathered = { pins: [], declarations: [], problems: [], loose: [] };
  const candidates = [...new Set(input.candidates)].sort(byCodePoint);
  const settings = [...(input.variables ?? [])];
  project.settings = settings;

  // Root modules declaring a variable that CI steps or scripts set are judged too (their files may hold no marker).
  const declaring = await declaringRoots(project, input, settings);
  const moduleDirs = [...new Set([...candidates.filter((f) => CONFIG.test(f)).map(dirOf), ...[...declaring.values()].flat()])].sort(
    byCodePoint,
  );
  project.analysed = moduleDirs;
  for (const dir of moduleDirs) {
    const mod = await project.module(dir);
    await resourceFacts(project, mod, gathered);
    await moduleCallFacts(project, mod, gathered);
  }

  // tfvars and Terragrunt files: CA-named assignments, pins of their own unless they reach a resource.
  for (const path of candidates.filter((f) => /\.(?:tfvars(?:\.json)?|hcl)$/.test(f))) {
    const f = await project.file(path);
    if (!f) continue;
    if (path.endsWith('.hcl')) await terragruntFacts(project, f, gathered);
    else gathered.loose.push(...tfvarsAssignments(f));
  }
  // Variables set by CI steps and scripts that no judged resource uses: a CA-looking one is a pin of its own, for each root module declaring it.
  gathered.loose.push(...(await settingAssignments(project, settings, declaring)));
  await judgeLoose(project, gathered);

  const { pins, declarations, problems, proxies = [] } = gathered;
  problems.push(...project.problems);
  const seen = new Set<string>();
  const sorted = pins
    .map((p) => ({ p, key: pinKey(p), tail: JSON.stringify([p.via ?? [], p.declaredAt ?? null]) }))
    .sort((a, b) => byCodePoint(a.key, b.key) || byCodePoint(a.tail, b.tail))
    .filter(({ key }) => (seen.has(key) ? false : (seen.add(key), true)))
    .map(({ p }) => p);
  const byPlace = (a: Loc & { resource?: string }, b: Loc & { resource?: string }): number =>
    byCodePoint(a.file, b.file) || a.line - b.line || byCodePoint(a.resource ?? '', b.resource ?? '');
  return { pins: sorted, declarations: declarations.sort(byPlace), problems: problems.sort(byPlace), proxies: proxies.sort(byPlace) };
}

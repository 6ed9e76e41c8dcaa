/**
 * CA pins in YAML and JSON documents, each parsed by the `yaml` package (JSON is YAML; short
 * tags such as `!Ref` are kept as tags, not errors): CloudFormation, SAM and Serverless
 * templates, Pulumi YAML programs, Crossplane and ACK manifests, Ansible playbooks and task
 * files, AWS CLI calls in CI steps (GitHub Actions `run:`, GitLab CI `script:`, buildspec
 * `commands:`, Ansible `shell:`), and, in any other document, a CA property set to an RDS CA id.
 *
 * A document the parser rejects is a problem only when the file is this kind of code (it names
 * an RDS type, module, API group or CA property); Helm and Go templates (under `templates/`, or
 * holding `{{-` or `{{ .`) are not YAML until rendered, so they are never reported. Documents
 * of the same file that parse are still judged.
 */
import { isMap, LineCounter } from 'yaml';
import { ansibleFacts, isAnsibleDocument } from './ansible.js';
import { fragmentsFacts, mayCallAws } from './aws-cli.js';
import { ciFragments, environmentTerraformVariables } from './ci.js';
import { templateFacts } from './cloudformation.js';
import { mayBeTemplate, templateParts } from './cloudformation-syntax.js';
import { genericPins } from './generic-pins.js';
import { isKubernetesRds } from './kubernetes-kinds.js';
import { kubernetesFacts } from './kubernetes-resources.js';
import { isKustomization, kustomizationFacts, patchFileFacts, patchKind } from './kustomize.js';
import { byCodePoint, CA_PROPERTY_NAMES, mergeIacFacts, noIacFacts, type IacFacts } from '../../model/iac.js';
import { parameterOverrides, type OverrideWorkspace } from './overrides.js';
import { isPulumiProgram, pulumiYamlFacts } from './pulumi-yaml.js';
import { get, type Source, type Workspace } from './yaml-tree.js';
import { neutralise } from './templated-text.js';
import { parseDocuments } from './yaml-parse.js';

/** Text that marks a file as infrastructure code of the tools read here (a parse failure then matters). */
const IAC_TEXT = [
  'AWS::RDS::',
  'AWS::DocDB::',
  'AWSTemplateFormatVersion',
  'rds_instance',
  'aws:rds:',
  'aws:rds/',
  'rds.aws.upbound.io',
  'rds.aws.m.upbound.io',
  'rds.aws.crossplane.io',
  'database.aws.crossplane.io',
  'rds.services.k8s.aws',
  '--ca-certificate-identifier',
  ...CA_PROPERTY_NAMES,
];

/** Helm charts' templates and Go templates: not YAML until rendered. */
function isTemplate(file: string, text: string): boolean {
  return /(?:^|\/)templates\//.test(file) || text.includes('{{-') || text.includes('{{ .') || text.includes('{{.');
}

// ---- AWS CLI calls in CI files, and Terraform variables set in CI ----------------------------

function ciFacts(src: Source, root: unknown, workspace?: Workspace): Promise<IacFacts> {
  return fragmentsFacts(ciFragments(src, root, mayCallAws).map((fragment) => ({ ...fragment, workspace })));
}

// ---- The document reader ----------------------------------------------------------------------

/**
 * Every CA pin, declaration and parse problem of one YAML or JSON file, and the Terraform
 * variables it sets. `workspace` (the scan's IacInput) lets a Pulumi program read its stack
 * files (Pulumi.<stack>.yaml), a template find the values committed for its parameters, a CI
 * step read its `--cli-input-json file://…`, and a Kustomize patch find the kustomization that
 * targets it; without it those are reported as not read, or not followed.
 */
export async function documentFacts(file: string, text: string, workspace?: OverrideWorkspace): Promise<IacFacts> {
  const lines = new LineCounter();
  const syntax = file.endsWith('.json') || text.trimStart().startsWith('{') ? 'json' : 'yaml';
  const template = isTemplate(file, text) ? neutralise(text) : undefined;
  const src: Source = { file, text: template?.text ?? text, lines, syntax, seen: new Set(), templates: template?.templates };
  const { docs, expanded } = parseDocuments(src.text, lines);
  const parts: IacFacts[] = [];
  const problems: IacFacts['problems'] = [];
  const error = docs.flatMap((d) => d.errors)[0];
  if (error && !template && IAC_TEXT.some((m) => text.includes(m))) {
    problems.push({
      file,
      line: Math.min(lines.linePos(error.pos[0]).line, text.trimEnd().split('\n').length),
      parser: syntax === 'json' ? 'JSON' : 'YAML',
      message: error.message.split('\n')[0],
    });
  }
  if (!expanded && IAC_TEXT.some((m) => text.includes(m))) {
    problems.push({
      file,
      line: 1,
      parser: 'YAML',
      message:
        'its aliases expand to too many nodes to follow, so values reached through an alias or merge key (`*name`, `<<:`) were not judged',
      unsupported: true,
    });
  }
  for (const doc of docs) {
    const root = doc.contents;
    if (root === null) continue;
    const cfn = templateParts(file, root);
    if (cfn) {
      const overrides =
        workspace && mayBeTemplate(text) && cfn.parameters.some((p) => isMap(p)) ? await parameterOverrides(workspace) : undefined;
      parts.push({ ...templateFacts(src, root, cfn, overrides), problems: [] });
      const resources = cfn.tool === 'serverless' ? get(root, 'resources') : get(root, 'Resources');
      parts.push({
        pins: genericPins(src, resources, [cfn.tool === 'serverless' ? 'resources' : 'Resources']),
        declarations: [],
        problems: [],
      });
    } else if (isPulumiProgram(file, root)) {
      parts.push({ ...pulumiYamlFacts(src, root, workspace), problems: [] });
      parts.push({ pins: genericPins(src, get(root, 'resources'), ['resources']), declarations: [], problems: [] });
    } else if (isKustomization(file, root)) {
      parts.push({ ...kustomizationFacts(src, root), problems: [] });
    } else if (patchKind(file, root, workspace)) {
      parts.push({ ...patchFileFacts(src, root, workspace), problems: [] });
    } else if (isKubernetesRds(root)) {
      parts.push({ ...kubernetesFacts(src, root), problems: [] });
    } else {
      if (isAnsibleDocument(root)) parts.push({ ...ansibleFacts(src, root), problems: [] });
      parts.push({ pins: genericPins(src, root), declarations: [], problems: [] });
    }
    if (mayCallAws(text)) parts.push(await ciFacts(src, root, workspace));
    if (text.includes('TF_VAR_')) parts.push({ ...noIacFacts(), terraformVariables: environmentTerraformVariables(src, root) });
  }
  const facts = mergeIacFacts([...parts, { pins: [], declarations: [], problems }]);
  const order = (a: { file: string; line: number; resource?: string }, b: { file: string; line: number; resource?: string }): number =>
    byCodePoint(a.file, b.file) || a.line - b.line || byCodePoint(a.resource ?? '', b.resource ?? '');
  facts.pins.sort(order);
  facts.declarations.sort(order);
  facts.problems.sort(order);
  facts.terraformVariables!.sort(order);
  return facts;
}

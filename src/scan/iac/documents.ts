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
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Scalar } from 'yaml';
import { ansibleFacts, isAnsibleDocument } from './ansible.js';
import { awsCliFacts, mayCallAws, type ShellFragment } from './aws-cli.js';
import { templateFacts, templateParts } from './cloudformation.js';
import { isKubernetesRds, kubernetesFacts } from './kubernetes-resources.js';
import { CA_PROPERTY_NAMES, mergeIacFacts, type CaPin, type IacFacts, type IacTool } from './pin.js';
import { isPulumiProgram, pulumiYamlFacts } from './pulumi-yaml.js';
import { at, entries, get, items, lineAt, neutralise, parseDocuments, type Candidate, type Source, type Workspace } from './yaml-tree.js';

/** Text that marks a file as infrastructure code of the tools read here (a parse failure then matters). */
const IAC_TEXT = [
  'AWS::RDS::', 'AWS::DocDB::', 'AWSTemplateFormatVersion', 'rds_instance', 'aws:rds:', 'aws:rds/',
  'rds.aws.upbound.io', 'rds.aws.m.upbound.io', 'rds.aws.crossplane.io', 'database.aws.crossplane.io', 'rds.services.k8s.aws',
  '--ca-certificate-identifier', ...CA_PROPERTY_NAMES,
];

/** Helm charts' templates and Go templates: not YAML until rendered. */
function isTemplate(file: string, text: string): boolean {
  return /(?:^|\/)templates\//.test(file) || text.includes('{{-') || text.includes('{{ .') || text.includes('{{.');
}

// ---- AWS CLI calls in CI files ----------------------------------------------------------------

/** Keys whose string (or list of strings) is shell: GitHub Actions, GitLab CI, buildspec, Ansible, CircleCI, Azure. */
const SHELL_KEYS = new Set(['run', 'script', 'before_script', 'after_script', 'commands', 'command', 'shell', 'cmd', 'runCommand', 'inlineScript', 'bash']);

/** Environment maps that apply to a step: `env:` (GitHub), `variables:` (GitLab, Azure), `env.variables` (buildspec). */
function environments(node: unknown): unknown[] {
  return [get(node, 'env'), get(node, 'variables'), get(get(node, 'env'), 'variables')].filter((m) => isMap(m));
}

function shellFragment(src: Source, node: Scalar, scopes: unknown[]): ShellFragment {
  const expressions: string[] = [];
  // GitHub Actions `${{ … }}` is not shell: a placeholder variable stands for it.
  let text = String(node.value);
  for (let start = text.indexOf('${{'); start >= 0; start = text.indexOf('${{', start + 1)) {
    const end = text.indexOf('}}', start);
    if (end < 0) break;
    expressions.push(text.slice(start + 3, end).trim());
    text = `${text.slice(0, start)}\${__GHA_${expressions.length - 1}}${text.slice(end + 2)}`;
  }
  const first = lineAt(src, node);
  const range = node.range ?? [0, 0, 0];
  const raw = src.text.slice(range[0], range[1]).split('\n');
  const literalBlock = node.type === 'BLOCK_LITERAL';
  const line = (row: number, token?: string): number => {
    if (literalBlock) return first + 1 + row;
    const found = token ? raw.findIndex((l) => l.includes(token)) : -1;
    return first + (found >= 0 ? found : Math.min(row, raw.length - 1));
  };
  const env = (name: string): Candidate[] | undefined => {
    for (const scope of scopes) {
      const pair = entries(scope).find(([k]) => k === name)?.[1];
      if (!pair) continue;
      const value = isMap(pair.value) ? get(pair.value, 'value') : pair.value;
      if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
        const ca = String(value.value);
        if (ca.includes('${{') || ca.includes('$')) return [{ value: { kind: 'expression', text: ca, missing: `${name} is set from another variable at run time` }, line: lineAt(src, value), via: [] }];
        src.seen.add(value);
        return [{ value: { kind: 'literal', ca }, line: lineAt(src, value), via: [`env ${name} (${at(src, pair.key)})`] }];
      }
      return [{ value: { kind: 'expression', text: name, missing: `${name} is not a literal in this file` }, line: lineAt(src, pair.key), via: [] }];
    }
    return undefined;
  };
  const outer = (name: string): Candidate[] | undefined => {
    const gha = /^__GHA_(\d+)$/.exec(name);
    if (!gha) return env(name);
    const expr = expressions[Number(gha[1])];
    const ref = /^env\.([A-Za-z_]\w*)$/.exec(expr);
    return (ref && env(ref[1])) || [{ value: { kind: 'expression', text: `\${{ ${expr} }}`, missing: 'a CI expression evaluated at run time' }, line: first, via: [] }];
  };
  return { file: src.file, text, line, outer };
}

async function ciFacts(src: Source, root: unknown): Promise<IacFacts> {
  const fragments: ShellFragment[] = [];
  const walk = (node: unknown, scopes: unknown[]): void => {
    if (isSeq(node)) for (const item of items(node)) walk(item, scopes);
    if (!isMap(node)) return;
    const inner = [...environments(node), ...scopes];
    for (const [key, pair] of entries(node)) {
      if (SHELL_KEYS.has(key)) {
        for (const value of isSeq(pair.value) ? items(pair.value) : [pair.value]) {
          if (isScalar(value) && typeof value.value === 'string' && mayCallAws(value.value)) fragments.push(shellFragment(src, value as Scalar, inner));
        }
      }
      walk(pair.value, inner);
    }
  };
  walk(root, []);
  const parts: IacFacts[] = [];
  for (const fragment of fragments) parts.push(await awsCliFacts(fragment));
  return mergeIacFacts(parts);
}

// ---- The generic catch ------------------------------------------------------------------------

/** An RDS CA id: `rds-ca-2019`, `rds-ca-rsa2048-g1`, `rds-ca-ecc384-g1`. */
const RDS_CA = /^rds-ca-[a-z0-9][a-z0-9-]*$/;
/** Observed state, not settings: Kubernetes status, Crossplane atProvider, saved `aws rds describe-*` output. */
const OBSERVED_KEYS = new Set(['status', 'atProvider', 'DBInstances', 'DBClusters', 'PendingModifiedValues', 'Certificates']);
const API_OUTPUT_KEYS = ['DBInstanceArn', 'DBClusterArn', 'DbiResourceId', 'DBInstanceStatus', 'CertificateDetails'];

/** Which tool's naming a CA property follows, for the fix's syntax. */
function toolOfKey(key: string): IacTool {
  if (key === 'CACertificateIdentifier' || key === 'CaCertificateIdentifier') return 'cloudformation';
  if (key === 'ca_certificate_identifier') return 'ansible';
  if (key === 'ca_cert_identifier') return 'terraform';
  if (key === 'CaCertIdentifier') return 'pulumi';
  return 'crossplane';
}

/**
 * A CA property (one of CA_PROPERTY_NAMES, exactly) set to a plain scalar that is an RDS CA id,
 * anywhere a tool's reader did not already judge it: Helm values feeding a chart, group_vars,
 * a nested stack's Parameters. Other keys, other values, templated values, observed state and
 * saved API output are left alone, so ordinary configuration does not become noise.
 */
function genericPins(src: Source, root: unknown, prefix: string[] = []): CaPin[] {
  const pins: CaPin[] = [];
  const names = new Set<string>(CA_PROPERTY_NAMES);
  const walk = (node: unknown, path: string[]): void => {
    if (isSeq(node)) items(node).forEach((item, i) => walk(item, [...path.slice(0, -1), `${path.at(-1) ?? ''}[${i}]`]));
    if (!isMap(node)) return;
    const pairs = entries(node);
    if (pairs.some(([k]) => API_OUTPUT_KEYS.includes(k))) return;
    for (const [key, pair] of pairs) {
      if (OBSERVED_KEYS.has(key)) continue;
      const value = pair.value;
      if (names.has(key) && isScalar(value) && !value.tag && typeof value.value === 'string' && RDS_CA.test(value.value) && !src.seen.has(value)) {
        src.seen.add(value);
        pins.push({
          file: src.file, line: lineAt(src, value), resource: path.length ? path.join('.') : basename(src.file), attribute: key,
          tool: toolOfKey(key), syntax: src.syntax, value: { kind: 'literal', ca: value.value },
        });
      } else walk(value, [...path, key]);
    }
  };
  walk(root, prefix);
  return pins;
}

// ---- The document reader ----------------------------------------------------------------------

/**
 * Every CA pin, declaration and parse problem of one YAML or JSON file. `workspace` lets a
 * Pulumi program read its stack files (Pulumi.<stack>.yaml); without it their settings are
 * reported as not read.
 */
export async function documentFacts(file: string, text: string, workspace?: Workspace): Promise<IacFacts> {
  const lines = new LineCounter();
  const syntax = file.endsWith('.json') || text.trimStart().startsWith('{') ? 'json' : 'yaml';
  const template = isTemplate(file, text) ? neutralise(text) : undefined;
  const src: Source = { file, text: template?.text ?? text, lines, syntax, seen: new Set(), templates: template?.templates };
  const { docs, expanded } = parseDocuments(src.text, lines);
  const parts: IacFacts[] = [];
  const problems: IacFacts['problems'] = [];
  const error = docs.flatMap((d) => d.errors)[0];
  if (error && !template && IAC_TEXT.some((m) => text.includes(m))) {
    problems.push({ file, line: Math.min(lines.linePos(error.pos[0]).line, text.trimEnd().split('\n').length), parser: syntax === 'json' ? 'JSON' : 'YAML', message: error.message.split('\n')[0] });
  }
  if (!expanded && IAC_TEXT.some((m) => text.includes(m))) {
    problems.push({ file, line: 1, parser: 'YAML', message: 'its aliases expand to too many nodes to follow, so values reached through an alias or merge key (`*name`, `<<:`) were not judged', unsupported: true });
  }
  for (const doc of docs) {
    const root = doc.contents;
    if (root === null) continue;
    const cfn = templateParts(file, root);
    if (cfn) {
      parts.push({ ...templateFacts(src, root, cfn), problems: [] });
      const resources = cfn.tool === 'serverless' ? get(root, 'resources') : get(root, 'Resources');
      parts.push({ pins: genericPins(src, resources, [cfn.tool === 'serverless' ? 'resources' : 'Resources']), declarations: [], problems: [] });
    } else if (isPulumiProgram(file, root)) {
      parts.push({ ...pulumiYamlFacts(src, root, workspace), problems: [] });
      parts.push({ pins: genericPins(src, get(root, 'resources'), ['resources']), declarations: [], problems: [] });
    } else if (isKubernetesRds(root)) {
      parts.push({ ...kubernetesFacts(src, root), problems: [] });
    } else {
      if (isAnsibleDocument(root)) parts.push({ ...ansibleFacts(src, root), problems: [] });
      parts.push({ pins: genericPins(src, root), declarations: [], problems: [] });
    }
    if (mayCallAws(text)) parts.push(await ciFacts(src, root));
  }
  const facts = mergeIacFacts([...parts, { pins: [], declarations: [], problems }]);
  const order = (a: { file: string; line: number; resource?: string }, b: { file: string; line: number; resource?: string }): number =>
    (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.resource ?? '').localeCompare(b.resource ?? ''));
  facts.pins.sort(order);
  facts.declarations.sort(order);
  facts.problems.sort(order);
  return facts;
}

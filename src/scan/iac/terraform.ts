/**
 * CA pins in Terraform and Terragrunt, read with the HCL parser (native syntax) or JSON with
 * ranges (`.tf.json`, `.tfvars.json`), following values to where they are written
 * (terraform-eval.ts: locals, tfvars, defaults, local module calls, Terragrunt inputs,
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
import type { CaPin, Declaration, IacFacts, IacProblem, PinnedValue, TerraformVariableSetting } from './pin.js';
import { dirOf, localSourceDir, Project, sourceOrigin, staticSource, terragruntSource, type Outcome, type Scope } from './terraform-eval.js';
import type { Attr, Block, Expr, Loc, ParsedFile } from './terraform-syntax.js';

const RESOURCE_ATTRIBUTES: Record<string, { attribute: string; absentMatters: boolean }> = {
  aws_db_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
  aws_rds_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
  aws_docdb_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true },
  aws_rds_cluster: { attribute: 'ca_certificate_identifier', absentMatters: false },
  aws_rds_certificate: { attribute: 'certificate_identifier', absentMatters: false },
};

const DECLARED: Record<string, { kind: 'instance' | 'cluster'; identifier: string; attribute: string }> = {
  aws_db_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
  aws_rds_cluster_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
  aws_docdb_cluster_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
  aws_rds_cluster: { kind: 'cluster', identifier: 'cluster_identifier', attribute: 'ca_certificate_identifier' },
  aws_docdb_cluster: { kind: 'cluster', identifier: 'cluster_identifier', attribute: 'ca_cert_identifier' },
};

/** Names that carry a CA into a module, a tfvars file or Terragrunt inputs: `ca_cert_identifier`, `db_ca_cert_identifier`, `ca_certificate_identifier`. */
const CA_NAME = /(?:^|_)ca_cert(?:ificate)?_identifier$/;
/** A module source for a database that has a CA (not its proxy, parameter, option or subnet groups). */
const DATABASE_SOURCE = /(?:^|[/_-])(?:rds|aurora|docdb|documentdb)(?:$|[/_?-])/i;
const NOT_A_DATABASE = /proxy|parameter|option-group|option_group|subnet|snapshot|event|monitoring/i;

/** Terraform's files: configuration, variable files, Terragrunt. */
export function isTerraformFile(path: string): boolean {
  return /\.(?:tf|tf\.json|tfvars|tfvars\.json|hcl)$/.test(path);
}

function toolOf(file: string): CaPin['tool'] {
  return file.endsWith('.hcl') ? 'terragrunt' : 'terraform';
}

function syntaxOf(file: string): CaPin['syntax'] {
  return file.endsWith('.json') ? 'json' : 'hcl';
}

interface Receiver {
  resource: string;
  attribute: string;
  /** The receiving block (resource or module call). */
  block: Block;
  /** The attribute that sets the value, when set. */
  set?: { line: number; text: string; file: string };
  absentMatters: boolean;
}

/** One pin per candidate value; literals where written, anything else at the receiver. */
function pinsOf(receiver: Receiver, outcomes: Outcome[]): CaPin[] {
  const { block, set } = receiver;
  const here: Loc = set ? { file: set.file, line: set.line } : { file: block.file, line: block.line };
  const base = (at: Loc, value: PinnedValue, via: string[]): CaPin => {
    const pin: CaPin = { file: at.file, line: at.line, resource: receiver.resource, attribute: receiver.attribute, tool: toolOf(at.file), syntax: syntaxOf(at.file), value };
    const inside = at.file === block.file && at.line >= block.line && at.line <= block.endLine;
    if (!inside) pin.declaredAt = { file: block.file, line: block.line };
    if (via.length) pin.via = via;
    return pin;
  };
  if (!outcomes.length) return [base(here, { kind: 'expression', text: set?.text ?? '', missing: 'no value reaches it (a key or output that is not defined)' }, [])];
  return outcomes.flatMap((o): CaPin[] => {
    switch (o.v.k) {
      case 'str':
        return [base(o.at, { kind: 'literal', ca: o.v.s }, o.via)];
      case 'null':
        return receiver.absentMatters ? [base(here, { kind: 'absent' }, o.via)] : [];
      case 'unknown':
        return [base(here, { kind: 'expression', text: o.v.text, missing: o.v.missing }, o.via)];
      default:
        return [base(here, { kind: 'expression', text: set?.text ?? '', missing: `the value is a ${o.v.k === 'obj' ? 'map' : 'list'}, not a CA name` }, o.via)];
    }
  });
}

/** The one literal an attribute evaluates to, if exactly one. */
async function oneLiteral(project: Project, attr: Attr | undefined, scope: Scope): Promise<string | undefined> {
  if (!attr) return undefined;
  const values = new Set((await project.evalExpr(attr.value, scope)).map((o) => (o.v.k === 'str' ? o.v.s : '\u0000')));
  const [only] = values;
  return values.size === 1 && only !== '\u0000' ? only : undefined;
}

/** CA-named entries of object literals inside an argument (`instances = { a = { ca_cert_identifier = … } }`). */
function nestedCaEntries(e: Expr, file: string): Attr[] {
  if (e.k === 'object') {
    return e.entries.flatMap((entry) => (entry.key && CA_NAME.test(entry.key) ? [{ name: entry.key, file, line: entry.line, value: entry.value }] : nestedCaEntries(entry.value, file)));
  }
  if (e.k === 'tuple') return e.items.flatMap((item) => nestedCaEntries(item, file));
  return [];
}

interface Loose {
  /** Where the name is assigned; the assignment counts as used when any resource's pin passed through it. */
  at: Loc;
  receiver: Receiver;
  value: Expr;
  scope: Scope;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pinKey(p: CaPin): string {
  return [p.file, String(p.line).padStart(8, '0'), p.resource, p.attribute, JSON.stringify(p.value)].join('\u0000');
}

export async function terraformFacts(input: {
  candidates: readonly string[];
  files: readonly string[];
  read: (path: string) => string | undefined;
  containing?: (paths: readonly string[], needles: readonly string[]) => Promise<ReadonlySet<string> | undefined>;
  /** Variables that scripts and CI steps set (TF_VAR_x, -var x=…): judged like -var-file assignments of every root module declaring them. */
  variables?: readonly TerraformVariableSetting[];
}): Promise<IacFacts> {
  const project = new Project(input.files, input.read, input.containing);
  const pins: CaPin[] = [];
  const declarations: Declaration[] = [];
  const loose: Loose[] = [];
  const candidates = [...new Set(input.candidates)].sort(compare);

  const moduleDirs = [...new Set(candidates.filter((f) => /\.tf(?:\.json)?$/.test(f)).map(dirOf))].sort(compare);
  project.analysed = moduleDirs;
  for (const dir of moduleDirs) {
    const mod = await project.module(dir);
    const scope: Scope = { kind: 'module', dir };
    for (const block of mod.resources) {
      const [type, name] = block.labels;
      const resource = `${type}.${name}`;
      const spec = RESOURCE_ATTRIBUTES[type];
      if (spec) {
        const set = block.attrs.get(spec.attribute);
        const receiver: Receiver = { resource, attribute: spec.attribute, block, absentMatters: spec.absentMatters, set: set && { file: set.file, line: set.line, text: set.value.text } };
        if (set) pins.push(...pinsOf(receiver, await project.evalExpr(set.value, scope)));
        else if (spec.absentMatters) pins.push(...pinsOf(receiver, [{ v: { k: 'null' }, at: block, via: [] }]));
      }
      const declared = DECLARED[type];
      if (declared) {
        const identifier = await oneLiteral(project, block.attrs.get(declared.identifier), scope);
        declarations.push({ file: block.file, line: block.line, tool: 'terraform', syntax: syntaxOf(block.file), resource, kind: declared.kind, attribute: declared.attribute, ...(identifier !== undefined ? { identifier } : {}) });
      }
    }
    for (const call of mod.calls) {
      const name = call.labels[0];
      const source = staticSource(call.attrs.get('source')?.value, dir);
      const child = source !== undefined ? localSourceDir(source, dir) : undefined;
      const local = child !== undefined && project.hasModule(child);
      const args = [...call.attrs.values()].filter((a) => CA_NAME.test(a.name));
      const nested = local ? [] : [...call.attrs.values()].filter((a) => !CA_NAME.test(a.name)).flatMap((a) => nestedCaEntries(a.value, call.file));
      const receiverOf = (a: Attr): Receiver => ({ resource: `module.${name}`, attribute: a.name, block: call, absentMatters: false, set: { file: a.file, line: a.line, text: a.value.text } });
      for (const a of [...args, ...nested]) {
        if (local) loose.push({ at: a, receiver: receiverOf(a), value: a.value, scope });
        else pins.push(...pinsOf(receiverOf(a), await project.evalExpr(a.value, scope)));
      }
      if (local || source === undefined) continue;
      const origin = child !== undefined ? `${source}, which is not in the repository` : sourceOrigin(source);
      if (!args.length && !nested.length && DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source)) {
        pins.push({
          file: call.file, line: call.line, resource: `module.${name}`, attribute: 'ca_cert_identifier', tool: 'terraform', syntax: syntaxOf(call.file),
          value: { kind: 'expression', text: `module.${name} (${source})`, missing: `module \`${name}\` comes from ${origin}, whose default CA is not in the repository` },
        });
      }
      const registry = /terraform-aws-modules\/(rds|rds-aurora)\/aws/.exec(source);
      if (registry) {
        const cluster = registry[1] === 'rds-aurora';
        const identifier = await oneLiteral(project, call.attrs.get(cluster ? 'name' : 'identifier'), scope);
        declarations.push({ file: call.file, line: call.line, tool: 'terraform', syntax: syntaxOf(call.file), resource: `module.${name}`, kind: cluster ? 'cluster' : 'instance', attribute: 'ca_cert_identifier', ...(identifier !== undefined ? { identifier } : {}) });
      }
    }
  }

  // tfvars and Terragrunt files: CA-named assignments, pins of their own unless they reach a resource.
  for (const path of candidates.filter((f) => /\.(?:tfvars(?:\.json)?|hcl)$/.test(f))) {
    const f = await project.file(path);
    if (!f) continue;
    if (path.endsWith('.hcl')) await terragrunt(project, f, pins, loose);
    else {
      for (const attr of f.body.attrs.values()) {
        if (!CA_NAME.test(attr.name)) continue;
        const block: Block = { type: 'tfvars', labels: [], file: path, line: attr.line, endLine: attr.line, attrs: new Map(), blocks: [] };
        loose.push({ at: attr, receiver: { resource: `var.${attr.name}`, attribute: attr.name, block, absentMatters: false, set: { file: path, line: attr.line, text: attr.value.text } }, value: attr.value, scope: { kind: 'tfvars', file: path } });
      }
    }
  }
  const used = new Set<string>();
  for (const p of pins) {
    used.add(`${p.file}:${p.line}`);
    for (const h of p.via ?? []) {
      const m = /\(([^()]*:\d+)\)$/.exec(h);
      if (m) used.add(m[1]);
    }
  }
  for (const l of loose) {
    if (!used.has(`${l.at.file}:${l.at.line}`)) pins.push(...pinsOf(l.receiver, await project.evalExpr(l.value, l.scope)));
  }

  const problems: IacProblem[] = [...project.problems.values()];
  const seen = new Set<string>();
  const sorted = pins
    .map((p) => ({ p, key: pinKey(p), tail: JSON.stringify([p.via ?? [], p.declaredAt ?? null]) }))
    .sort((a, b) => compare(a.key, b.key) || compare(a.tail, b.tail))
    .filter(({ key }) => (seen.has(key) ? false : (seen.add(key), true)))
    .map(({ p }) => p);
  const byPlace = (a: Loc & { resource?: string }, b: Loc & { resource?: string }): number => compare(a.file, b.file) || a.line - b.line || compare(a.resource ?? '', b.resource ?? '');
  return { pins: sorted, declarations: declarations.sort(byPlace), problems: problems.sort(byPlace) };
}

/** A Terragrunt file: CA-named `inputs` (pins of their own unless they reach a resource of a local module), and a notice for a remote database module given none. */
async function terragrunt(project: Project, f: ParsedFile, pins: CaPin[], loose: Loose[]): Promise<void> {
  const dir = dirOf(f.file);
  const sourceAttr = terragruntSource(f);
  const source = staticSource(sourceAttr?.value, dir);
  const child = source !== undefined ? localSourceDir(source, dir) : undefined;
  const local = child !== undefined && project.hasModule(child);
  const inputs = f.body.attrs.get('inputs');
  const scope: Scope = { kind: 'terragrunt', file: f.file };
  const holder: Block = f.body.blocks.find((b) => b.type === 'terraform') ?? { type: 'inputs', labels: [], file: f.file, line: inputs?.line ?? 1, endLine: inputs?.line ?? 1, attrs: new Map(), blocks: [] };
  const resource = source !== undefined ? `terraform.source (${source})` : 'inputs';
  const entries = inputs?.value.k === 'object' ? inputs.value.entries : [];
  const named = entries.filter((e) => e.key && CA_NAME.test(e.key));
  for (const entry of named) {
    const receiver: Receiver = { resource, attribute: entry.key!, block: holder, absentMatters: false, set: { file: f.file, line: entry.line, text: entry.value.text } };
    if (local) loose.push({ at: { file: f.file, line: entry.line }, receiver, value: entry.value, scope });
    else pins.push(...pinsOf(receiver, await project.evalExpr(entry.value, scope)));
  }
  if (!local && !named.length && source !== undefined && DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source)) {
    const origin = child !== undefined ? `${source}, which is not in the repository` : sourceOrigin(source);
    pins.push({
      file: f.file, line: sourceAttr!.line, resource, attribute: 'ca_cert_identifier', tool: 'terragrunt', syntax: 'hcl',
      value: { kind: 'expression', text: source, missing: `the module comes from ${origin}, whose default CA is not in the repository` },
    });
  }
}

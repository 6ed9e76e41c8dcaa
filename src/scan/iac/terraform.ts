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
import {
  byCodePoint,
  type CaPin,
  type Declaration,
  type IacFacts,
  type IacProblem,
  type PinnedValue,
  type TerraformVariableSetting,
} from './pin.js';
import { CONFIG, dirOf } from './terraform/paths.js';
import { Project } from './terraform/project.js';
import { moduleSource, remoteOrigin, terragruntSource } from './terraform/sources.js';
import type { Each, Outcome, Scope } from './terraform/values.js';
import { localExecFacts } from './terraform-exec.js';
import type { Attr, Block, Expr, Loc, ParsedFile } from './terraform/syntax-model.js';

/**
 * The instances of a resource with `for_each`, when the repository decides the collection: a map
 * or object gives each key with its value, a set or list of strings each string as key and value.
 * Undefined without `for_each`, or when any candidate collection is not known (each instance is
 * then judged as one, `each.*` unknown).
 */
async function instancesOf(project: Project, block: Block, scope: Scope): Promise<Array<{ key: string; each: Each }> | undefined> {
  const forEach = block.attrs.get('for_each');
  if (!forEach) return undefined;
  const collections = await project.evalExpr(forEach.value, scope);
  if (!collections.length || collections.some((o) => o.v.k !== 'obj' && o.v.k !== 'list')) return undefined;
  const out: Array<{ key: string; each: Each }> = [];
  for (const c of collections) {
    if (c.v.k === 'obj') {
      for (const entry of c.v.entries) {
        if (entry.key === undefined) return undefined;
        const key: Outcome = { v: { k: 'str', s: entry.key }, at: c.at, via: c.via };
        out.push({ key: entry.key, each: { key: [key], value: entry.values.map((o) => ({ ...o, via: [...o.via, ...c.via] })) } });
      }
    } else if (c.v.k === 'list') {
      for (const item of c.v.items) {
        if (item.length !== 1 || item[0].v.k !== 'str') return undefined;
        const value = { ...item[0], via: [...item[0].via, ...c.via] };
        out.push({ key: item[0].v.s, each: { key: [value], value: [value] } });
      }
    }
  }
  return out;
}

/**
 * The root modules that declare each variable CI steps and scripts set: the configuration files
 * holding `variable "<name>"` (found by grep when the scan can, else read here), in module
 * directories no module call or Terragrunt unit in the repository uses (or with tfvars of their own).
 */
async function declaringRoots(
  project: Project,
  input: {
    files: readonly string[];
    read: (path: string) => string | undefined;
    containing?: (paths: readonly string[], needles: readonly string[]) => Promise<ReadonlySet<string> | undefined>;
  },
  settings: readonly TerraformVariableSetting[],
): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const names = [...new Set(settings.map((v) => v.name))].sort(byCodePoint);
  if (!names.length) return found;
  const config = input.files.filter((f) => CONFIG.test(f) && !/(?:^|\/)\.(?:terraform|terragrunt-cache)\//.test(f));
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

function toolOf(file: string): CaPin['tool'] {
  return file.endsWith('.hcl') ? 'terragrunt' : 'terraform';
}

/** The syntax of the file a value is written in: Terraform's own, or a CI file or script that sets a variable. */
function syntaxOf(file: string): CaPin['syntax'] {
  if (file.endsWith('.json')) return 'json';
  if (/\.ya?ml$/.test(file)) return 'yaml';
  if (/\.(?:tf|tofu|tfvars|hcl)$/.test(file)) return 'hcl';
  return 'shell';
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

/**
 * One pin per candidate value; literals where written, anything else at the receiver. A `null`
 * beside other candidates is a notice that the value may be left unset; alone, the attribute is
 * unset (absent). The notices (values the repository does not decide) of one resource at one line
 * are one notice.
 */
function pinsOf(receiver: Receiver, outcomes: Outcome[]): CaPin[] {
  const { block, set } = receiver;
  const here: Loc = set ? { file: set.file, line: set.line } : { file: block.file, line: block.line };
  const base = (at: Loc, value: PinnedValue, via: string[]): CaPin => {
    const pin: CaPin = {
      file: at.file,
      line: at.line,
      resource: receiver.resource,
      attribute: receiver.attribute,
      tool: toolOf(at.file),
      syntax: syntaxOf(at.file),
      value,
    };
    const inside = at.file === block.file && at.line >= block.line && at.line <= block.endLine;
    if (!inside) pin.declaredAt = { file: block.file, line: block.line };
    if (via.length) pin.via = via;
    return pin;
  };
  if (!outcomes.length)
    return [
      base(here, { kind: 'expression', text: set?.text ?? '', missing: 'no value reaches it (a key or output that is not defined)' }, []),
    ];
  const onlyNull = outcomes.every((o) => o.v.k === 'null');
  const pins = outcomes.flatMap((o): CaPin[] => {
    switch (o.v.k) {
      case 'str':
        return [base(o.at, { kind: 'literal', ca: o.v.s }, o.via)];
      case 'null':
        if (!receiver.absentMatters) return [];
        return [base(here, onlyNull ? { kind: 'absent' } : { kind: 'expression', text: set?.text ?? '', missing: MAY_BE_NULL }, o.via)];
      case 'unknown':
        return [base(here, { kind: 'expression', text: o.v.text, missing: o.v.missing }, o.via)];
      default:
        return [
          base(
            here,
            { kind: 'expression', text: set?.text ?? '', missing: `the value is a ${o.v.k === 'obj' ? 'map' : 'list'}, not a CA name` },
            o.via,
          ),
        ];
    }
  });
  return oneNoticePerLine(pins);
}

const MAY_BE_NULL =
  "it may be left unset (null), and then the CA is AWS's default for new launches in that region, or whatever the existing database has";

/** Merges the notices (expression and absent pins) of one resource at one line into one. */
function oneNoticePerLine(pins: CaPin[]): CaPin[] {
  const notices = new Map<string, CaPin>();
  const out: CaPin[] = [];
  for (const pin of pins) {
    if (pin.value.kind === 'literal') {
      out.push(pin);
      continue;
    }
    const key = `${pin.file}\u0000${pin.line}\u0000${pin.resource}\u0000${pin.attribute}`;
    const first = notices.get(key);
    if (!first) {
      notices.set(key, pin);
      out.push(pin);
      continue;
    }
    const missing = (p: CaPin): string[] =>
      p.value.kind === 'expression' ? [p.value.missing ?? 'the repository alone cannot evaluate it'] : [MAY_BE_NULL];
    const reasons = [...new Set([...missing(first), ...missing(pin)])];
    const text = first.value.kind === 'expression' ? first.value.text : pin.value.kind === 'expression' ? pin.value.text : '';
    first.value =
      first.value.kind === 'absent' && pin.value.kind === 'absent'
        ? first.value
        : { kind: 'expression', text, missing: reasons.join('; or ') };
  }
  return out;
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
    return e.entries.flatMap((entry) =>
      entry.key && CA_NAME.test(entry.key)
        ? [{ name: entry.key, file, line: entry.line, value: entry.value }]
        : nestedCaEntries(entry.value, file),
    );
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
  /** The route to the value's receiver, when it is not the value's own. */
  via?: string[];
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
  const problems: IacProblem[] = [];
  const loose: Loose[] = [];
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
    const scope: Scope = { kind: 'module', dir };
    for (const block of mod.resources) {
      const [type, name] = block.labels;
      const resource = `${type}.${name}`;
      const spec = RESOURCE_ATTRIBUTES[type];
      if (spec) {
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
      }
      if (block.blocks.some((b) => b.type === 'provisioner')) {
        const exec = await localExecFacts(project, block, resource, scope, input.read(block.file));
        pins.push(...exec.pins);
        declarations.push(...exec.declarations);
        problems.push(...exec.problems);
      }
      const declared = DECLARED[type];
      if (declared) {
        const identifier = await oneLiteral(project, block.attrs.get(declared.identifier), scope);
        declarations.push({
          file: block.file,
          line: block.line,
          tool: 'terraform',
          syntax: syntaxOf(block.file),
          resource,
          kind: declared.kind,
          attribute: declared.attribute,
          ...(identifier !== undefined ? { identifier } : {}),
        });
      }
    }
    for (const call of mod.calls) {
      const name = call.labels[0];
      const { source, child } = moduleSource(call.attrs.get('source')?.value, dir);
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
        if (local) loose.push({ at: a, receiver: receiverOf(a), value: a.value, scope });
        else pins.push(...pinsOf(receiverOf(a), await project.evalExpr(a.value, scope)));
      }
      if (local || source === undefined) continue;
      const origin = remoteOrigin(source, child);
      if (!args.length && !nested.length && DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source)) {
        pins.push({
          file: call.file,
          line: call.line,
          resource: `module.${name}`,
          attribute: 'ca_cert_identifier',
          tool: 'terraform',
          syntax: syntaxOf(call.file),
          value: {
            kind: 'expression',
            text: `module.${name} (${source})`,
            missing: `module \`${name}\` comes from ${origin}, whose default CA is not in the repository`,
          },
        });
      }
      const registry = /terraform-aws-modules\/(rds|rds-aurora)\/aws/.exec(source);
      if (registry) {
        const cluster = registry[1] === 'rds-aurora';
        const identifier = await oneLiteral(project, call.attrs.get(cluster ? 'name' : 'identifier'), scope);
        declarations.push({
          file: call.file,
          line: call.line,
          tool: 'terraform',
          syntax: syntaxOf(call.file),
          resource: `module.${name}`,
          kind: cluster ? 'cluster' : 'instance',
          attribute: 'ca_cert_identifier',
          ...(identifier !== undefined ? { identifier } : {}),
        });
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
        loose.push({
          at: attr,
          receiver: {
            resource: `var.${attr.name}`,
            attribute: attr.name,
            block,
            absentMatters: false,
            set: { file: path, line: attr.line, text: attr.value.text },
          },
          value: attr.value,
          scope: { kind: 'tfvars', file: path },
        });
      }
    }
  }
  // Variables set by CI steps and scripts that no judged resource uses: a CA-looking one is a pin of its own, for each root module declaring it.
  for (const v of settings) {
    if (!(CA_NAME.test(v.name) || /^rds-ca-/i.test(v.value))) continue;
    for (const dir of declaring.get(v.name) ?? []) {
      const decl = (await project.module(dir)).variables.get(v.name)!;
      const block: Block = {
        type: 'variable',
        labels: [v.name],
        file: decl.file,
        line: decl.line,
        endLine: decl.endLine,
        attrs: new Map(),
        blocks: [],
      };
      const value: Expr = { file: v.file, line: v.line, text: v.value, k: 'str', value: v.value };
      loose.push({
        at: v,
        receiver: {
          resource: `var.${v.name}`,
          attribute: v.name,
          block,
          absentMatters: false,
          set: { file: v.file, line: v.line, text: v.value },
        },
        value,
        scope: { kind: 'tfvars', file: v.file },
        via: [`${v.how} (${v.file}:${v.line})`, `var.${v.name} (${decl.file}:${decl.line})`],
      });
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
    if (!used.has(`${l.at.file}:${l.at.line}`))
      pins.push(
        ...pinsOf(
          l.receiver,
          (await project.evalExpr(l.value, l.scope)).map((o) => ({ ...o, via: [...o.via, ...(l.via ?? [])] })),
        ),
      );
  }

  problems.push(...project.problems);
  const seen = new Set<string>();
  const sorted = pins
    .map((p) => ({ p, key: pinKey(p), tail: JSON.stringify([p.via ?? [], p.declaredAt ?? null]) }))
    .sort((a, b) => byCodePoint(a.key, b.key) || byCodePoint(a.tail, b.tail))
    .filter(({ key }) => (seen.has(key) ? false : (seen.add(key), true)))
    .map(({ p }) => p);
  const byPlace = (a: Loc & { resource?: string }, b: Loc & { resource?: string }): number =>
    byCodePoint(a.file, b.file) || a.line - b.line || byCodePoint(a.resource ?? '', b.resource ?? '');
  return { pins: sorted, declarations: declarations.sort(byPlace), problems: problems.sort(byPlace) };
}

/** A Terragrunt file: CA-named `inputs` (pins of their own unless they reach a resource of a local module), and a notice for a remote database module given none. */
async function terragrunt(project: Project, f: ParsedFile, pins: CaPin[], loose: Loose[]): Promise<void> {
  const dir = dirOf(f.file);
  const sourceAttr = terragruntSource(f);
  const { source, child } = moduleSource(sourceAttr?.value, dir);
  const local = child !== undefined && project.hasModule(child);
  const inputs = f.body.attrs.get('inputs');
  const scope: Scope = { kind: 'terragrunt', file: f.file };
  const holder: Block = f.body.blocks.find((b) => b.type === 'terraform') ?? {
    type: 'inputs',
    labels: [],
    file: f.file,
    line: inputs?.line ?? 1,
    endLine: inputs?.line ?? 1,
    attrs: new Map(),
    blocks: [],
  };
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
    if (local) loose.push({ at: { file: f.file, line: entry.line }, receiver, value: entry.value, scope });
    else pins.push(...pinsOf(receiver, await project.evalExpr(entry.value, scope)));
  }
  if (!local && !named.length && source !== undefined && DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source)) {
    const origin = remoteOrigin(source, child);
    pins.push({
      file: f.file,
      line: sourceAttr!.line,
      resource,
      attribute: 'ca_cert_identifier',
      tool: 'terragrunt',
      syntax: 'hcl',
      value: { kind: 'expression', text: source, missing: `the module comes from ${origin}, whose default CA is not in the repository` },
    });
  }
}

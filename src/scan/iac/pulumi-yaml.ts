/**
 * CA pins in Pulumi YAML programs (Pulumi.yaml with `resources:`): `caCertIdentifier` of
 * aws:rds:Instance, aws:rds:ClusterInstance and aws:docdb:ClusterInstance (unset matters),
 * `caCertificateIdentifier` of aws:rds:Cluster. `${name}` is a variable of the program or a
 * config value: each stack's setting in Pulumi.<stack>.yaml beside it (one pin per stack file
 * that sets it), else the project's default; `${resource.output}` is known only after deploy.
 */
import { isMap, isScalar, LineCounter, type Scalar } from 'yaml';
import { basename, dirname } from 'node:path';
import type { CaPin, Declaration } from './pin.js';
import { combine, expression, identifierOf, literal, pinsOf, withVia } from './candidates.js';
import { entries, get, lineAt, pairOf, str, type Candidate, type Source, type Workspace } from './yaml-tree.js';
import { parseDocuments } from './yaml-parse.js';
import { placeholders } from './templated-text.js';

const TYPES: Record<string, { attribute: string; kind: 'instance' | 'cluster'; absentMatters: boolean; identifier: string }> = {
  'aws:rds:Instance': { attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true, identifier: 'identifier' },
  'aws:rds:ClusterInstance': { attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true, identifier: 'identifier' },
  'aws:docdb:ClusterInstance': { attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true, identifier: 'identifier' },
  'aws:rds:Cluster': { attribute: 'caCertificateIdentifier', kind: 'cluster', absentMatters: false, identifier: 'clusterIdentifier' },
};
const MAX_DEPTH = 12;

/** `aws:rds/instance:Instance` and `aws:rds:Instance` alike. */
function typeOf(token: string | undefined): string | undefined {
  const parts = token?.split(':');
  if (!parts || parts.length !== 3) return undefined;
  return `${parts[0]}:${parts[1].split('/')[0]}:${parts[2]}`;
}

export function isPulumiProgram(file: string, root: unknown): boolean {
  return /^Pulumi\.ya?ml$/.test(basename(file)) && isMap(get(root, 'resources'));
}

interface Stack {
  file: string;
  src: Source;
  config: unknown;
}

class Program {
  readonly pins: CaPin[] = [];
  readonly declarations: Declaration[] = [];
  private readonly project: string;

  constructor(
    private readonly src: Source,
    private readonly root: unknown,
    private readonly stacks: Stack[] | undefined,
  ) {
    this.project = str(get(root, 'name')) ?? '';
  }

  private config(name: string, node: unknown, depth: number): Candidate[] | undefined {
    const src = this.src;
    const declared = pairOf(get(this.root, 'config'), name) ?? pairOf(get(this.root, 'configuration'), name);
    const keys = [`${this.project}:${name}`, name];
    const fallback = (): Candidate[] | undefined => {
      if (!declared) return undefined;
      const value = isMap(declared.value) ? (pairOf(declared.value, 'default') ?? pairOf(declared.value, 'value')) : declared;
      return value
        ? withVia(this.value(value.value, depth + 1), `config ${name} default (${src.file}:${lineAt(src, value.key)})`)
        : undefined;
    };
    if (this.stacks === undefined) {
      return (
        fallback() ?? [expression(src, node, `config ${name} is set per stack in Pulumi.<stack>.yaml, which was not read`, `\${${name}}`)]
      );
    }
    if (!this.stacks.length && !declared) return undefined;
    const out: Candidate[] = [];
    for (const stack of this.stacks) {
      const pair = keys.map((k) => pairOf(stack.config, k)).find(Boolean);
      if (pair) {
        const v = pair.value;
        const via = `config ${name} (${stack.file}:${lineAt(stack.src, pair.key)})`;
        if (isScalar(v) && typeof (v as Scalar).value === 'string') {
          stack.src.seen.add(v);
          out.push({
            value: { kind: 'literal', ca: String((v as Scalar).value) },
            line: lineAt(stack.src, v),
            file: stack.file,
            via: [via],
          });
        } else
          out.push({
            value: { kind: 'expression', text: `\${${name}}`, missing: `${stack.file} sets it to a secret or structured value` },
            line: lineAt(stack.src, pair.key),
            file: stack.file,
            via: [via],
          });
      } else {
        out.push(
          ...(fallback() ?? [expression(src, node, `${stack.file} does not set ${keys[0]} and the project has no default`, `\${${name}}`)]),
        );
      }
    }
    if (!this.stacks.length) out.push(...(fallback() ?? []));
    return out;
  }

  value(node: unknown, depth = 0): Candidate[] {
    const src = this.src;
    if (depth > MAX_DEPTH) return [expression(src, node, 'the value refers to itself too deeply to follow')];
    if (!isScalar(node)) return [expression(src, node, 'a function or structure Pulumi evaluates at deploy time')];
    const raw = (node as Scalar).value;
    if (raw === null || raw === undefined) return [{ value: { kind: 'absent' }, line: lineAt(src, node), via: [] }];
    const text = String(raw);
    if (!text.includes('${')) return [literal(src, node, text)];
    const parts = placeholders(text.replaceAll('$${', '\u0000{'), '${', '}').map((part): Candidate[] => {
      if ('literal' in part)
        return [{ value: { kind: 'literal', ca: part.literal.replaceAll('\u0000{', '${') }, line: lineAt(src, node), via: [] }];
      const name = part.inner.trim();
      const variable = pairOf(get(this.root, 'variables'), name);
      if (variable) return withVia(this.value(variable.value, depth + 1), `variables.${name} (${src.file}:${lineAt(src, variable.key)})`);
      if (name.startsWith('pulumi.')) return [expression(src, node, `\${${name}} is decided by the stack being deployed`, text)];
      if (!name.includes('.') && !name.includes('[')) {
        const config = this.config(name, node, depth);
        if (config) return config;
      }
      return [expression(src, node, `\${${name}} is an output of another resource, known only after deploy`, text)];
    });
    return combine(src, node, parts);
  }

  facts(): void {
    const src = this.src;
    for (const [name, pair] of entries(get(this.root, 'resources'))) {
      const type = typeOf(str(get(pair.value, 'type')));
      const spec = type ? TYPES[type] : undefined;
      if (!spec) continue;
      const properties = get(pair.value, 'properties');
      const resource = `${name} (${type})`;
      const line = lineAt(src, pair.key);
      const declaration: Declaration = {
        file: src.file,
        line,
        tool: 'pulumi',
        syntax: 'yaml',
        resource,
        kind: spec.kind,
        attribute: spec.attribute,
      };
      const idPair = pairOf(properties, spec.identifier);
      const identifier = idPair ? identifierOf(this.value(idPair.value)) : undefined;
      if (identifier !== undefined) declaration.identifier = identifier;
      this.declarations.push(declaration);
      const target = {
        file: src.file,
        resource,
        attribute: spec.attribute,
        tool: 'pulumi' as const,
        syntax: 'yaml' as const,
        declaredAt: { file: src.file, line },
      };
      const property = pairOf(properties, spec.attribute);
      if (property) {
        src.seen.add(property.value);
        this.pins.push(
          ...pinsOf(
            target,
            this.value(property.value).filter((c) => c.value.kind !== 'absent' || spec.absentMatters),
          ),
        );
      } else if (spec.absentMatters) {
        this.pins.push(...pinsOf(target, [{ value: { kind: 'absent' }, line, via: [] }]));
      }
    }
  }
}

/** The stack files beside a Pulumi.yaml, parsed; undefined without a workspace to read them from. */
function stacksOf(file: string, workspace: Workspace | undefined): Stack[] | undefined {
  if (!workspace) return undefined;
  const dir = dirname(file);
  const stacks: Stack[] = [];
  for (const path of [...workspace.files].sort()) {
    if (dirname(path) !== dir || !/^Pulumi\.[^.]+\.ya?ml$/.test(basename(path))) continue;
    const text = workspace.read(path);
    if (text === undefined) continue;
    const lines = new LineCounter();
    const [doc] = parseDocuments(text, lines).docs;
    stacks.push({ file: path, src: { file: path, text, lines, syntax: 'yaml', seen: new Set() }, config: get(doc?.contents, 'config') });
  }
  return stacks;
}

export function pulumiYamlFacts(src: Source, root: unknown, workspace?: Workspace): { pins: CaPin[]; declarations: Declaration[] } {
  const program = new Program(src, root, stacksOf(src.file, workspace));
  program.facts();
  return { pins: program.pins, declarations: program.declarations };
}

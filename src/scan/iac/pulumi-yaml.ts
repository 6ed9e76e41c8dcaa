/**
 * CA pins in Pulumi YAML programs (Pulumi.yaml with `resources:`): `caCertIdentifier` of
 * aws:rds:Instance, aws:rds:ClusterInstance and aws:docdb:ClusterInstance (unset matters),
 * `caCertificateIdentifier` of aws:rds:Cluster. `${name}` is a variable of the program or a
 * config value: each stack's setting in Pulumi.<stack>.yaml beside it (one pin per stack file
 * that sets it), else the project's default; `${resource.output}` is known only after deploy.
 */
import { basename } from 'node:path';
import { isMap } from 'yaml';
import { attributePins, combine, expression, identifierOf, literal, literalPart, scalarCandidates, withVia } from './candidates.js';
import type { CaPin, Declaration } from '../../model/iac.js';
import { configValues, stacksOf, type ProgramScope, type Stack } from './pulumi-yaml-config.js';
import { placeholders } from './templated-text.js';
import { entries, get, lineAt, pairOf, str, type Candidate, type Source, type Workspace } from './yaml-tree.js';

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

class Program implements ProgramScope {
  readonly pins: CaPin[] = [];
  readonly declarations: Declaration[] = [];
  readonly project: string;

  constructor(
    readonly src: Source,
    readonly root: unknown,
    readonly stacks: Stack[] | undefined,
  ) {
    this.project = str(get(root, 'name')) ?? '';
  }

  value(node: unknown, depth = 0): Candidate[] {
    const src = this.src;
    if (depth > MAX_DEPTH) return [expression(src, node, 'the value refers to itself too deeply to follow')];
    return scalarCandidates(src, node, 'a function or structure Pulumi evaluates at deploy time', (text) => {
      if (!text.includes('${')) return [literal(src, node, text)];
      const parts = placeholders(text.replaceAll('$${', '\u0000{'), '${', '}').map((part): Candidate[] => {
        if ('literal' in part) return [literalPart(src, node, part.literal.replaceAll('\u0000{', '${'))];
        const name = part.inner.trim();
        const variable = pairOf(get(this.root, 'variables'), name);
        if (variable) return withVia(this.value(variable.value, depth + 1), `variables.${name} (${src.file}:${lineAt(src, variable.key)})`);
        if (name.startsWith('pulumi.')) return [expression(src, node, `\${${name}} is decided by the stack being deployed`, text)];
        if (!name.includes('.') && !name.includes('[')) {
          const config = configValues(this, name, node, depth);
          if (config) return config;
        }
        return [expression(src, node, `\${${name}} is an output of another resource, known only after deploy`, text)];
      });
      return combine(src, node, parts);
    });
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
      if (property) src.seen.add(property.value);
      this.pins.push(...attributePins(target, property && this.value(property.value), spec.absentMatters));
    }
  }
}

export function pulumiYamlFacts(src: Source, root: unknown, workspace?: Workspace): { pins: CaPin[]; declarations: Declaration[] } {
  const program = new Program(src, root, stacksOf(src.file, workspace));
  program.facts();
  return { pins: program.pins, declarations: program.declarations };
}

/**
 * CA pins in CloudFormation templates (YAML with short tags, or JSON with `Fn::` forms), SAM
 * templates and the `resources:` of serverless.yml: `CACertificateIdentifier` of
 * AWS::RDS::DBInstance, AWS::DocDB::DBInstance (unset matters: AWS's default applies) and
 * AWS::RDS::DBCluster (unset does not). Intrinsic functions are followed as far as the template
 * decides them: `Ref` to a parameter's Default, `FindInMap` (every entry when a key is a `Ref`),
 * each branch of `If`, `Sub` and `Join` of known parts, `Select` of a literal list. A `Ref` to a
 * parameter also reaches every value the repository commits for it at deploy time (parameter
 * files, samconfig, `--parameter-overrides`: overrides.ts), each a pin where it is written.
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { ParameterSetting } from './parameters.js';
import type { CaPin, Declaration, IacTool } from './pin.js';
import { serverlessVariables } from './serverless.js';
import { at, combine, expression, identifierOf, literal, pinsOf, withVia } from './candidates.js';
import { entries, get, items, lineAt, pairOf, sourceOf, str, type Candidate, type Source } from './yaml-tree.js';
import { placeholders } from './templated-text.js';

const TYPES: Record<string, { kind: 'instance' | 'cluster'; absentMatters: boolean; identifier: string }> = {
  'AWS::RDS::DBInstance': { kind: 'instance', absentMatters: true, identifier: 'DBInstanceIdentifier' },
  'AWS::DocDB::DBInstance': { kind: 'instance', absentMatters: true, identifier: 'DBInstanceIdentifier' },
  'AWS::RDS::DBCluster': { kind: 'cluster', absentMatters: false, identifier: 'DBClusterIdentifier' },
};
const ATTRIBUTE = 'CACertificateIdentifier';
const MAX_DEPTH = 12;

/** Cheap test before parsing: only files that mention these types can hold pins. */
export function mayBeTemplate(text: string): boolean {
  return text.includes('AWS::RDS::') || text.includes('AWS::DocDB::');
}

/** The sections a template reads: a CloudFormation or SAM root, or serverless.yml's `resources`. */
export interface TemplateParts {
  tool: Extract<IacTool, 'cloudformation' | 'sam' | 'serverless'>;
  resources: unknown[];
  parameters: unknown[];
  mappings: unknown[];
}

function isServerlessFile(file: string): boolean {
  return /(?:^|\/)serverless\.(?:ya?ml|json)$/.test(file);
}

/** What kind of template a document is, and its sections; undefined when it is none. */
export function templateParts(file: string, root: unknown): TemplateParts | undefined {
  if (!isMap(root)) return undefined;
  if (
    isServerlessFile(file) ||
    (get(root, 'service') !== undefined && get(root, 'provider') !== undefined && get(root, 'resources') !== undefined)
  ) {
    const resources = get(root, 'resources');
    const blocks = isSeq(resources) ? items(resources) : [resources];
    return {
      tool: 'serverless',
      resources: blocks.map((b) => get(b, 'Resources')),
      parameters: blocks.map((b) => get(b, 'Parameters')),
      mappings: blocks.map((b) => get(b, 'Mappings')),
    };
  }
  const resources = get(root, 'Resources');
  if (!isMap(resources)) return undefined;
  const transform = get(root, 'Transform');
  const transforms = isSeq(transform) ? items(transform).map(str) : [str(transform)];
  const sam = transforms.some((t) => t?.startsWith('AWS::Serverless'));
  const typed = entries(resources).some(([, p]) => str(get(p.value, 'Type'))?.startsWith('AWS::'));
  if (!typed && get(root, 'AWSTemplateFormatVersion') === undefined && !sam) return undefined;
  return {
    tool: sam ? 'sam' : 'cloudformation',
    resources: [resources],
    parameters: [get(root, 'Parameters')],
    mappings: [get(root, 'Mappings')],
  };
}

class Template {
  private readonly variables?: (text: string, node: unknown, depth: number) => Candidate[];

  constructor(
    private readonly src: Source,
    root: unknown,
    private readonly parts: TemplateParts,
    private readonly overrides?: ReadonlyMap<string, ParameterSetting[]>,
  ) {
    if (parts.tool === 'serverless') this.variables = serverlessVariables(src, root, (node, depth) => this.evaluate(node, depth));
  }

  private find(sections: unknown[], name: string): { pair: ReturnType<typeof pairOf> } {
    for (const section of sections) {
      const pair = pairOf(section, name);
      if (pair) return { pair };
    }
    return { pair: undefined };
  }

  /** The intrinsic function a node is, in either form. */
  private fn(node: unknown): { name: string; arg: unknown } | undefined {
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag?.startsWith('!') && !tag.startsWith('!!')) {
      const short = tag.slice(1);
      return { name: short === 'Ref' || short === 'Condition' ? short : `Fn::${short}`, arg: node };
    }
    const pairs = entries(node);
    if (pairs.length === 1 && (pairs[0][0] === 'Ref' || pairs[0][0].startsWith('Fn::')))
      return { name: pairs[0][0], arg: pairs[0][1].value };
    return undefined;
  }

  evaluate(node: unknown, depth = 0): Candidate[] {
    const src = this.src;
    if (depth > MAX_DEPTH) return [expression(src, node, 'the value refers to itself too deeply to follow')];
    const fn = this.fn(node);
    if (fn) return this.intrinsic(fn.name, fn.arg, node, depth + 1);
    if (isScalar(node)) {
      const value = (node as Scalar).value;
      if (value === null || value === undefined) return [{ value: { kind: 'absent' }, line: lineAt(src, node), via: [] }];
      const text = String(value);
      if (text.startsWith('{{resolve:'))
        return [expression(src, node, 'a dynamic reference, read from SSM or Secrets Manager at deploy time', text)];
      if (this.variables && text.includes('${')) return this.variables(text, node, depth + 1);
      return [literal(src, node, text)];
    }
    return [expression(src, node, 'not a string the template decides')];
  }

  private intrinsic(name: string, arg: unknown, node: unknown, depth: number): Candidate[] {
    const src = this.src;
    const args = items(arg);
    switch (name) {
      case 'Ref': {
        const ref = this.text(arg);
        return ref === undefined ? [expression(src, node, 'a Ref the template does not name literally')] : this.ref(ref, node, depth);
      }
      case 'Fn::FindInMap':
        return this.findInMap(args, node, depth);
      case 'Fn::If': {
        const cond = str(args[0]) ?? '?';
        if (args.length < 3) return [expression(src, node, 'an If without two branches')];
        return [
          ...withVia(this.evaluate(args[1], depth), `If ${cond} (true)`),
          ...withVia(this.evaluate(args[2], depth), `If ${cond} (false)`),
        ];
      }
      case 'Fn::Sub':
        return this.sub(isSeq(arg) ? args[0] : arg, isSeq(arg) ? args[1] : undefined, node, depth);
      case 'Fn::Join': {
        const separator = str(args[0]);
        if (separator === undefined || !isSeq(args[1])) return [expression(src, node, 'a Join of a list the template computes')];
        return combine(
          src,
          node,
          items(args[1]).map((part) => this.evaluate(part, depth)),
          separator,
        );
      }
      case 'Fn::Select': {
        const index = Number(str(args[0]));
        const list = items(args[1]);
        if (!isSeq(args[1]) || !Number.isInteger(index) || index < 0 || index >= list.length)
          return [expression(src, node, 'a Select the template does not decide')];
        return this.evaluate(list[index], depth);
      }
      case 'Fn::GetAtt':
        return [expression(src, node, 'an attribute of another resource, known only after deploy')];
      case 'Fn::ImportValue':
        return [expression(src, node, 'a value another stack exports')];
      default:
        return [expression(src, node, `${name} is computed by CloudFormation at deploy time`)];
    }
  }

  /** A literal name inside a function (`!Ref Name`, a mapping's name). */
  private text(node: unknown): string | undefined {
    return isScalar(node) ? str(node) : undefined;
  }

  private ref(name: string, node: unknown, depth: number): Candidate[] {
    const src = this.src;
    if (name === 'AWS::NoValue') return [{ value: { kind: 'absent' }, line: lineAt(src, node), via: ['Ref AWS::NoValue'] }];
    if (name.startsWith('AWS::'))
      return [expression(src, node, `the pseudo parameter ${name} is decided by the stack's account and region`)];
    const { pair } = this.find(this.parts.parameters, name);
    if (!pair) return [expression(src, node, `${name} is not a parameter of this template`)];
    const step = `Ref ${name} (${at(src, pair.key)})`;
    // Values committed for deploys (parameter files, samconfig, deploy commands): each its own candidate.
    const given = (this.overrides?.get(name) ?? []).map((s): Candidate => ({
      value: { kind: 'literal', ca: s.value },
      line: s.line,
      file: s.file,
      via: [`${s.how} (${s.file}:${s.line})`, step],
    }));
    const fallback = pairOf(pair.value, 'Default');
    if (fallback) return [...withVia(this.evaluate(fallback.value, depth), step), ...given];
    if (given.length) return given;
    const allowed = items(get(pair.value, 'AllowedValues'));
    // One allowed value is the only value a deploy can give; several are a choice made at deploy time.
    if (allowed.length === 1) return withVia(this.evaluate(allowed[0], depth), `${step} (its only AllowedValue)`);
    const choices = allowed.length ? ` (AllowedValues: ${allowed.map((a) => str(a) ?? sourceOf(src, a)).join(', ')})` : '';
    return [
      { ...expression(src, node, `parameter ${name} has no Default; its value is given at deploy time${choices}`, `Ref ${name}`), via: [] },
    ];
  }

  private findInMap(args: unknown[], node: unknown, depth: number): Candidate[] {
    const src = this.src;
    const mapName = this.text(args[0]);
    const mapping = mapName === undefined ? undefined : this.find(this.parts.mappings, mapName).pair?.value;
    if (mapName === undefined || !isMap(mapping))
      return [expression(src, node, mapName ? `the mapping ${mapName} is not in this template` : 'a FindInMap of a computed mapping')];
    const out: Candidate[] = [];
    const keys = (key: unknown, within: unknown): { names: string[]; every: boolean } => {
      const literalKey = this.fn(key) ? undefined : str(key);
      if (literalKey !== undefined) return { names: [literalKey], every: false };
      // A key given at deploy time (`!Ref Env`, `!Ref AWS::Region`): every entry is a candidate.
      return { names: entries(within).map(([k]) => k), every: true };
    };
    const first = keys(args[1], mapping);
    for (const k1 of first.names) {
      const entry = get(mapping, k1);
      const second = keys(args[2], entry);
      for (const k2 of second.names) {
        const pair = pairOf(entry, k2);
        if (!pair) {
          if (!first.every && !second.every) out.push(expression(src, node, `the mapping ${mapName} has no entry ${k1}.${k2}`));
          continue;
        }
        out.push(...withVia(this.evaluate(pair.value, depth), `FindInMap ${mapName}.${k1}.${k2} (${at(src, pair.key)})`));
      }
    }
    return out.length ? out : [expression(src, node, `the mapping ${mapName} has no such entry`)];
  }

  private sub(template: unknown, vars: unknown, node: unknown, depth: number): Candidate[] {
    const src = this.src;
    const text = str(template);
    if (text === undefined) return [expression(src, node, 'a Sub of a computed string')];
    const parts = placeholders(text, '${', '}').map((part): Candidate[] => {
      if ('literal' in part) return [{ value: { kind: 'literal', ca: part.literal }, line: lineAt(src, node), via: [] }];
      const name = part.inner.trim();
      if (name.startsWith('!')) return [{ value: { kind: 'literal', ca: `\${${name.slice(1)}}` }, line: lineAt(src, node), via: [] }];
      const own = pairOf(vars, name);
      if (own) return this.evaluate(own.value, depth);
      if (this.variables && /^[a-z]+[:(]/.test(name) && !name.startsWith('AWS:'))
        return this.variables(`\${${part.inner}}`, template, depth);
      if (name.includes('.')) return [expression(src, node, `\${${name}} is an attribute of another resource, known only after deploy`)];
      return this.ref(name, template, depth);
    });
    return combine(src, node, parts);
  }

  facts(): { pins: CaPin[]; declarations: Declaration[] } {
    const src = this.src;
    const pins: CaPin[] = [];
    const declarations: Declaration[] = [];
    for (const resources of this.parts.resources) {
      for (const [logicalId, pair] of entries(resources)) {
        const type = str(get(pair.value, 'Type'));
        const spec = type ? TYPES[type] : undefined;
        if (!type || !spec) continue;
        const properties = get(pair.value, 'Properties');
        const resource = `${logicalId} (${type})`;
        const line = lineAt(src, pair.key);
        const idPair = pairOf(properties, spec.identifier);
        const declaration: Declaration = {
          file: src.file,
          line,
          tool: this.parts.tool,
          syntax: src.syntax,
          resource,
          kind: spec.kind,
          attribute: ATTRIBUTE,
          logicalId,
        };
        const identifier = idPair ? identifierOf(this.evaluate(idPair.value)) : undefined;
        if (identifier !== undefined) declaration.identifier = identifier;
        declarations.push(declaration);
        const property = pairOf(properties, ATTRIBUTE);
        const target = {
          file: src.file,
          resource,
          attribute: ATTRIBUTE,
          tool: this.parts.tool,
          syntax: src.syntax,
          declaredAt: { file: src.file, line },
        };
        if (property) {
          src.seen.add(property.value);
          const candidates = this.evaluate(property.value).filter((c) => c.value.kind !== 'absent' || spec.absentMatters);
          pins.push(...pinsOf(target, candidates));
        } else if (spec.absentMatters) {
          pins.push(...pinsOf(target, [{ value: { kind: 'absent' }, line, via: [] }]));
        }
      }
    }
    return { pins, declarations };
  }
}

/** Pins and declarations of one template document. */
export function templateFacts(
  src: Source,
  root: unknown,
  parts: TemplateParts,
  overrides?: ReadonlyMap<string, ParameterSetting[]>,
): { pins: CaPin[]; declarations: Declaration[] } {
  return new Template(src, root, parts, overrides).facts();
}

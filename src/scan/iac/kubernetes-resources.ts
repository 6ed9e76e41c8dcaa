/**
 * CA pins in Kubernetes manifests that manage RDS: Crossplane's Upbound provider
 * (`rds.aws.upbound.io` Instance and ClusterInstance `caCertIdentifier`, Cluster
 * `caCertificateIdentifier`, in `spec.forProvider` or `spec.initProvider`), the community
 * provider (`database.aws.crossplane.io` RDSInstance, `rds.aws.crossplane.io` DBInstance and
 * DBCluster `caCertificateIdentifier`), the AWS Controllers for Kubernetes
 * (`rds.services.k8s.aws` DBInstance and DBCluster `spec.caCertificateIdentifier`), and the
 * same resources composed by a Crossplane Composition (`spec.resources[].base`, or the
 * `resources` of a pipeline step's input, as function-patch-and-transform takes them). A patch
 * that writes the attribute decides it per composite resource; `{{ … }}` is rendered by Helm or
 * a Go template at deploy time.
 */
import { isMap, isScalar, LineCounter, type Scalar } from 'yaml';
import type { CaPin, Declaration, IacTool } from './pin.js';
import { dig, get, items, lineAt, pairOf, str, type Candidate, type Source } from './yaml-tree.js';
import { expression, identifierOf, literal, pinsOf } from './candidates.js';
import { parseDocuments } from './yaml-parse.js';
import { restore } from './templated-text.js';

interface Kind {
  tool: Extract<IacTool, 'crossplane' | 'ack'>;
  /** Where the attributes sit under `spec`. */
  blocks: string[][];
  attribute: string;
  kind: 'instance' | 'cluster';
  absentMatters: boolean;
  /** ACK: the spec field that names the database. */
  identifier?: string;
}

const FOR_PROVIDER = [['forProvider'], ['initProvider']];
const UPBOUND: Record<string, Kind> = {
  Instance: { tool: 'crossplane', blocks: FOR_PROVIDER, attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true },
  ClusterInstance: { tool: 'crossplane', blocks: FOR_PROVIDER, attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true },
  Cluster: { tool: 'crossplane', blocks: FOR_PROVIDER, attribute: 'caCertificateIdentifier', kind: 'cluster', absentMatters: false },
};
const GROUPS: Record<string, Record<string, Kind>> = {
  'rds.aws.upbound.io': UPBOUND,
  // provider-aws v2: namespaced managed resources.
  'rds.aws.m.upbound.io': UPBOUND,
  'database.aws.crossplane.io': {
    RDSInstance: {
      tool: 'crossplane',
      blocks: [['forProvider']],
      attribute: 'caCertificateIdentifier',
      kind: 'instance',
      absentMatters: true,
    },
  },
  'rds.aws.crossplane.io': {
    DBInstance: {
      tool: 'crossplane',
      blocks: [['forProvider']],
      attribute: 'caCertificateIdentifier',
      kind: 'instance',
      absentMatters: true,
    },
    DBCluster: {
      tool: 'crossplane',
      blocks: [['forProvider']],
      attribute: 'caCertificateIdentifier',
      kind: 'cluster',
      absentMatters: false,
    },
  },
  'rds.services.k8s.aws': {
    DBInstance: {
      tool: 'ack',
      blocks: [[]],
      attribute: 'caCertificateIdentifier',
      kind: 'instance',
      absentMatters: true,
      identifier: 'dbInstanceIdentifier',
    },
    DBCluster: {
      tool: 'ack',
      blocks: [[]],
      attribute: 'caCertificateIdentifier',
      kind: 'cluster',
      absentMatters: false,
      identifier: 'dbClusterIdentifier',
    },
  },
};

function kindOf(object: unknown): Kind | undefined {
  const apiVersion = str(get(object, 'apiVersion'));
  const kind = str(get(object, 'kind'));
  if (!apiVersion || !kind) return undefined;
  return GROUPS[apiVersion.split('/')[0]]?.[kind];
}

function isComposition(object: unknown): boolean {
  return str(get(object, 'apiVersion'))?.startsWith('apiextensions.crossplane.io/') === true && str(get(object, 'kind')) === 'Composition';
}

/** Whether a document is one this reader judges (the generic catch leaves it alone). */
export function isKubernetesRds(root: unknown): boolean {
  return kindOf(root) !== undefined || isComposition(root);
}

function value(src: Source, node: unknown): Candidate[] {
  if (!isScalar(node)) return [expression(src, node, 'not a string the manifest decides')];
  const raw = (node as Scalar).value;
  if (raw === null || raw === undefined) return [{ value: { kind: 'absent' }, line: lineAt(src, node), via: [] }];
  const text = restore(src, String(raw));
  if (text.includes('{{')) return [expression(src, node, 'rendered by Helm or a Go template at deploy time', text)];
  if (text.includes('${')) return [expression(src, node, 'substituted (envsubst, Kustomize, Flux) before it is applied', text)];
  return [literal(src, node, text)];
}

interface Composed {
  /** How the resource is named in messages. */
  resource: string;
  /** Patches that apply to it (its own and the patch sets it names). */
  patches: unknown[];
}

class Manifests {
  readonly pins: CaPin[] = [];
  readonly declarations: Declaration[] = [];

  /** `patch`: the objects are strategic-merge patches (Kustomize): they set what they write and declare nothing. */
  constructor(
    private readonly src: Source,
    private readonly patch = false,
  ) {}

  object(object: unknown, composed?: Composed): void {
    const src = this.src;
    const spec = kindOf(object);
    if (!spec) return;
    const kind = str(get(object, 'kind'))!;
    const named = str(dig(object, 'metadata', 'name'));
    const name = named === undefined ? undefined : restore(src, named);
    const annotation = str(get(dig(object, 'metadata', 'annotations'), 'crossplane.io/external-name'));
    const external = annotation === undefined ? undefined : restore(src, annotation);
    const resource = composed?.resource ?? `${kind}/${name ?? '(unnamed)'}`;
    const line = lineAt(src, pairOf(object, 'kind')?.key ?? object);
    const declaration: Declaration = {
      file: src.file,
      line,
      tool: spec.tool,
      syntax: src.syntax,
      resource,
      kind: spec.kind,
      attribute: spec.attribute,
    };
    const idPair = spec.identifier ? pairOf(get(object, 'spec'), spec.identifier) : undefined;
    const identifier = composed
      ? undefined
      : idPair
        ? identifierOf(value(src, idPair.value))
        : spec.tool === 'crossplane'
          ? (external ?? name)
          : undefined;
    if (identifier !== undefined && !identifier.includes('{{') && !identifier.includes('${')) declaration.identifier = identifier;
    if (!this.patch) this.declarations.push(declaration);
    const target = {
      file: src.file,
      resource,
      attribute: spec.attribute,
      tool: spec.tool,
      syntax: src.syntax,
      declaredAt: { file: src.file, line },
    };
    let set = false;
    for (const block of spec.blocks) {
      const pair = pairOf(dig(get(object, 'spec'), ...block), spec.attribute);
      if (!pair) continue;
      set = true;
      this.src.seen.add(pair.value);
      this.pins.push(
        ...pinsOf(
          target,
          value(src, pair.value).filter((c) => c.value.kind !== 'absent' || spec.absentMatters),
        ),
      );
    }
    for (const patch of composed?.patches ?? []) {
      const to = str(get(patch, 'toFieldPath'));
      if (!to || !spec.blocks.some((b) => to === ['spec', ...b, spec.attribute].join('.'))) continue;
      set = true;
      const from = str(get(patch, 'fromFieldPath')) ?? str(dig(patch, 'combine', 'strategy')) ?? 'a combination of fields';
      const type = str(get(patch, 'type')) ?? 'FromCompositeFieldPath';
      const origin = type.startsWith('FromEnvironment') ? 'the environment config' : 'the composite resource (each claim decides it)';
      this.pins.push(...pinsOf(target, [expression(src, patch, `patched from ${from} of ${origin}`, `${type} ${from} → ${to}`)]));
    }
    if (!set && spec.absentMatters && !this.patch) this.pins.push(...pinsOf(target, [{ value: { kind: 'absent' }, line, via: [] }]));
  }

  composition(object: unknown): void {
    const name = str(dig(object, 'metadata', 'name')) ?? '(unnamed)';
    const patchSets = new Map(
      items(dig(object, 'spec', 'patchSets')).map((set) => [str(get(set, 'name')) ?? '', items(get(set, 'patches'))]),
    );
    const judge = (entry: unknown, index: number): void => {
      const base = get(entry, 'base');
      const kind = str(get(base, 'kind'));
      if (!kindOf(base) || !kind) return;
      const patches = items(get(entry, 'patches')).flatMap((p) =>
        str(get(p, 'type')) === 'PatchSet' ? (patchSets.get(str(get(p, 'patchSetName')) ?? '') ?? []) : [p],
      );
      this.object(base, { resource: `Composition ${name}: ${str(get(entry, 'name')) ?? `resources[${index}]`} (${kind})`, patches });
    };
    items(dig(object, 'spec', 'resources')).forEach(judge);
    for (const step of items(dig(object, 'spec', 'pipeline'))) {
      const input = get(step, 'input');
      items(get(input, 'resources')).forEach(judge);
      const template = dig(input, 'inline', 'template');
      if (str(template) !== undefined) this.inlineTemplate(template as Scalar);
    }
  }

  /** function-go-templating's inline template: the documents that parse as YAML are judged; the rest are template code. */
  private inlineTemplate(node: Scalar): void {
    const text = String(node.value);
    const lines = new LineCounter();
    const start = lineAt(this.src, node) + (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 1 : 0);
    const inner: Source = { ...this.src, text, lines, seen: new Set() };
    const shifted = new Manifests(inner);
    for (const doc of parseDocuments(text, lines).docs) {
      if (!doc.errors.length) shifted.object(doc.contents);
    }
    this.pins.push(
      ...shifted.pins.map((p) => ({
        ...p,
        line: p.line + start - 1,
        ...(p.declaredAt ? { declaredAt: { ...p.declaredAt, line: p.declaredAt.line + start - 1 } } : {}),
      })),
    );
    this.declarations.push(...shifted.declarations.map((d) => ({ ...d, line: d.line + start - 1 })));
  }
}

/** The tool that manages resources of an API group (a Kustomize patch's target). */
export function toolOfGroup(group: string | undefined, kind: string | undefined): Kind['tool'] | undefined {
  const kinds = group === undefined ? undefined : GROUPS[group];
  if (kinds) return (kind && kinds[kind]?.tool) || Object.values(kinds)[0].tool;
  const tools = new Set(Object.values(GROUPS).flatMap((k) => (kind && k[kind] ? [k[kind].tool] : [])));
  return tools.size === 1 ? [...tools][0] : undefined;
}

export function kubernetesFacts(src: Source, root: unknown, patch = false): { pins: CaPin[]; declarations: Declaration[] } {
  const manifests = new Manifests(src, patch);
  if (isComposition(root)) manifests.composition(root);
  else if (isMap(root)) manifests.object(root);
  return { pins: manifests.pins, declarations: manifests.declarations };
}

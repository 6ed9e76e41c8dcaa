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
import { isMap } from 'yaml';
import { absent, attributePins, expression, identifierOf, literal, pinsOf, scalarCandidates } from './candidates.js';
import { inlineFacts, type DocumentFacts } from './inline-documents.js';
import { isComposition, kindOf } from './kubernetes-kinds.js';
import type { CaPin, Declaration } from '../../model/iac.js';
import { restore } from './templated-text.js';
import { dig, get, items, lineAt, pairOf, str, type Candidate, type Source } from './yaml-tree.js';

function value(src: Source, node: unknown): Candidate[] {
  return scalarCandidates(src, node, 'not a string the manifest decides', (raw) => {
    const text = restore(src, raw);
    if (text.includes('{{')) return [expression(src, node, 'rendered by Helm or a Go template at deploy time', text)];
    if (text.includes('${')) return [expression(src, node, 'substituted (envsubst, Kustomize, Flux) before it is applied', text)];
    return [literal(src, node, text)];
  });
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
      this.pins.push(...attributePins(target, value(src, pair.value), spec.absentMatters));
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
    if (!set && spec.absentMatters && !this.patch) this.pins.push(...pinsOf(target, [absent(line)]));
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
      // function-go-templating's inline template: the documents that parse as YAML are judged; the rest are template code.
      const inline = inlineFacts(this.src, dig(input, 'inline', 'template'), (inner, root) => {
        const manifests = new Manifests(inner);
        manifests.object(root);
        return manifests;
      });
      this.pins.push(...inline.pins);
      this.declarations.push(...inline.declarations);
    }
  }
}

export function kubernetesFacts(src: Source, root: unknown, patch = false): DocumentFacts {
  const manifests = new Manifests(src, patch);
  if (isComposition(root)) manifests.composition(root);
  else if (isMap(root)) manifests.object(root);
  return { pins: manifests.pins, declarations: manifests.declarations };
}

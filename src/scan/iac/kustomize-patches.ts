/**
 * What a Kustomize patch sets: JSON 6902 operations that write a CA attribute, and
 * strategic-merge patches (partial Crossplane or ACK manifests, read by the Kubernetes reader);
 * the tool follows from the patch's target (its group and kind), or else from the path.
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import { expression, literal, pinsOf } from './candidates.js';
import { inlineFacts } from './inline-documents.js';
import { toolOfGroup } from './kubernetes-kinds.js';
import { kubernetesFacts } from './kubernetes-resources.js';
import { CA_PROPERTY_NAMES, type CaPin, type IacTool } from '../../model/iac.js';
import { restore } from './templated-text.js';
import { get, items, lineAt, pairOf, str, type Candidate, type Source } from './yaml-tree.js';

const NAMES = new Set<string>(CA_PROPERTY_NAMES);

/** A JSON 6902 patch: a list of operations. */
export function isJsonPatch(root: unknown): boolean {
  const list = items(root);
  return (
    isSeq(root) &&
    list.length > 0 &&
    list.every((op) => isMap(op) && str(get(op, 'op')) !== undefined && str(get(op, 'path')) !== undefined)
  );
}

export interface PatchTarget {
  group?: string;
  kind?: string;
  name?: string;
}

export function targetOf(node: unknown): PatchTarget | undefined {
  if (!isMap(node)) return undefined;
  return { group: str(get(node, 'group')), kind: str(get(node, 'kind')), name: str(get(node, 'name')) };
}

function toolOfPath(segments: string[]): Extract<IacTool, 'crossplane' | 'ack'> {
  return segments.includes('forProvider') || segments.includes('initProvider') || segments.at(-1) === 'caCertIdentifier'
    ? 'crossplane'
    : 'ack';
}

function value(src: Source, node: unknown): Candidate[] {
  if (!isScalar(node) || typeof (node as Scalar).value !== 'string') return [expression(src, node, 'not a string the patch decides')];
  const text = restore(src, String((node as Scalar).value));
  if (text.includes('{{') || text.includes('${')) return [expression(src, node, 'substituted before the patch is applied', text)];
  return [literal(src, node, text)];
}

/** The CA pins of JSON 6902 operations. */
function operationPins(src: Source, root: unknown, target: PatchTarget | undefined): CaPin[] {
  const pins: CaPin[] = [];
  for (const op of items(root)) {
    const kind = str(get(op, 'op'));
    const path = str(get(op, 'path'));
    if ((kind !== 'add' && kind !== 'replace') || !path) continue;
    const segments = path
      .split('/')
      .slice(1)
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    let attribute = segments.at(-1) ?? '';
    let node = get(op, 'value');
    // `path: /spec/forProvider, value: {caCertIdentifier: …}`
    if (!NAMES.has(attribute) && isMap(node)) {
      const pair = [...NAMES].map((n) => pairOf(node, n)).find(Boolean);
      if (!pair) continue;
      attribute = String((pair.key as Scalar).value);
      segments.push(attribute);
      node = pair.value;
    }
    if (!NAMES.has(attribute) || node === undefined) continue;
    src.seen.add(node);
    const tool = toolOfGroup(target?.group, target?.kind) ?? toolOfPath(segments);
    const named = target?.kind ? `${target.kind}/${target.name ?? '*'}` : 'the patched resource';
    const line = lineAt(src, op);
    pins.push(
      ...pinsOf(
        {
          file: src.file,
          resource: `${named} (Kustomize patch ${kind} ${path})`,
          attribute,
          tool,
          syntax: src.syntax,
          declaredAt: { file: src.file, line },
        },
        value(src, node),
      ),
    );
  }
  return pins;
}

/** A patch (parsed from a file or an inline string): operations, or strategic-merge objects. */
export function patchPins(src: Source, root: unknown, target: PatchTarget | undefined): CaPin[] {
  if (isJsonPatch(root)) return operationPins(src, root, target);
  if (isMap(root)) return kubernetesFacts(src, root, true).pins;
  return [];
}

/** An inline patch string, parsed where it is written (its lines are the file's). */
export function inlinePatchPins(src: Source, node: unknown, target: PatchTarget | undefined): CaPin[] {
  return inlineFacts(src, node, (inner, root) => ({ pins: patchPins(inner, root, target), declarations: [] })).pins;
}

/**
 * Kustomize patches that set a database's CA: JSON 6902 operations (`op: replace|add`,
 * `path: /spec/forProvider/caCertIdentifier`, `value: rds-ca-2019`) and strategic-merge patches
 * (partial Crossplane or ACK manifests), written inline in a kustomization's `patches:`,
 * `patchesJson6902:` or `patchesStrategicMerge:`, or in the patch files they name.
 *
 * A patch file is judged where it is written, by the document reader of that file; the
 * kustomization that names it (found by name in the repository) gives its target, which decides
 * the tool (Crossplane or ACK, by the target's group and kind); without one, the path decides
 * (`/spec/forProvider/…` is Crossplane, `/spec/caCertificateIdentifier` ACK). A strategic-merge
 * patch sets what it writes and declares no database, so it gives no "not set" pin.
 */
import { basename, dirname, posix } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, type Scalar } from 'yaml';
import { kubernetesFacts } from './kubernetes-resources.js';
import { toolOfGroup } from './kubernetes-kinds.js';
import { CA_PROPERTY_NAMES, type CaPin, type Declaration, type IacTool } from './pin.js';
import { expression, literal, pinsOf } from './candidates.js';
import { get, items, lineAt, pairOf, str, type Candidate, type Source, type Workspace } from './yaml-tree.js';
import { parseDocuments } from './yaml-parse.js';
import { restore } from './templated-text.js';

const NAMES = new Set<string>(CA_PROPERTY_NAMES);

export function isKustomization(file: string, root: unknown): boolean {
  return (
    /^(?:kustomization\.ya?ml|Kustomization)$/.test(basename(file)) ||
    (str(get(root, 'kind')) === 'Kustomization' && str(get(root, 'apiVersion'))?.startsWith('kustomize.config.k8s.io/') === true)
  );
}

/** A JSON 6902 patch: a list of operations. */
function isJsonPatch(root: unknown): boolean {
  const list = items(root);
  return (
    isSeq(root) &&
    list.length > 0 &&
    list.every((op) => isMap(op) && str(get(op, 'op')) !== undefined && str(get(op, 'path')) !== undefined)
  );
}

interface Target {
  group?: string;
  kind?: string;
  name?: string;
}

function targetOf(node: unknown): Target | undefined {
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
function operationPins(src: Source, root: unknown, target: Target | undefined): CaPin[] {
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
function patchPins(src: Source, root: unknown, target: Target | undefined): CaPin[] {
  if (isJsonPatch(root)) return operationPins(src, root, target);
  if (isMap(root)) return kubernetesFacts(src, root, true).pins;
  return [];
}

/** An inline patch string, parsed where it is written (its lines are the file's). */
function inlinePins(src: Source, node: unknown, target: Target | undefined): CaPin[] {
  const text = str(node);
  if (text === undefined || !isScalar(node)) return [];
  const block = (node as Scalar).type === 'BLOCK_LITERAL' || (node as Scalar).type === 'BLOCK_FOLDED';
  const start = lineAt(src, node) + (block ? 1 : 0);
  const lines = new LineCounter();
  const inner: Source = { ...src, text, lines, seen: new Set() };
  const pins: CaPin[] = [];
  for (const doc of parseDocuments(text, lines).docs) if (!doc.errors.length) pins.push(...patchPins(inner, doc.contents, target));
  const shift = (line: number): number => line + start - 1;
  return pins.map((p) => ({
    ...p,
    line: shift(p.line),
    ...(p.declaredAt ? { declaredAt: { ...p.declaredAt, line: shift(p.declaredAt.line) } } : {}),
  }));
}

/** The patch entries of a kustomization: `{ path?, patch?, target? }`, from every field that holds patches. */
function patchEntries(root: unknown): Array<{ path?: string; patch?: unknown; target?: Target }> {
  const out: Array<{ path?: string; patch?: unknown; target?: Target }> = [];
  for (const entry of [...items(get(root, 'patches')), ...items(get(root, 'patchesJson6902'))]) {
    const path = str(get(entry, 'path'));
    const patch = get(entry, 'patch');
    const target = targetOf(get(entry, 'target'));
    if (isScalar(entry)) out.push({ path: str(entry) });
    else out.push({ path, patch, target });
  }
  for (const entry of items(get(root, 'patchesStrategicMerge'))) {
    const text = str(entry);
    if (text === undefined) continue;
    if (text.includes('\n') || text.includes('kind:')) out.push({ patch: entry });
    else out.push({ path: text });
  }
  return out;
}

/** Pins of the patches a kustomization writes inline (patch files are judged in their own file). */
export function kustomizationFacts(src: Source, root: unknown): { pins: CaPin[]; declarations: Declaration[] } {
  const pins = patchEntries(root).flatMap((e) => (e.patch !== undefined ? inlinePins(src, e.patch, e.target) : []));
  return { pins, declarations: [] };
}

/** Patch files named by the repository's kustomizations, with their targets (read once per workspace). */
const references = new WeakMap<object, Map<string, Array<Target | undefined>>>();

function patchFiles(workspace: Workspace): Map<string, Array<Target | undefined>> {
  let found = references.get(workspace);
  if (found) return found;
  found = new Map();
  for (const file of workspace.files) {
    if (!/^(?:kustomization\.ya?ml|Kustomization)$/.test(basename(file)) || /(?:^|\/)node_modules\//.test(file)) continue;
    const text = workspace.read(file);
    if (text === undefined) continue;
    for (const doc of parseDocuments(text, new LineCounter()).docs) {
      for (const entry of patchEntries(doc.contents)) {
        if (!entry.path) continue;
        const path = posix.normalize(posix.join(dirname(file), entry.path));
        found.set(path, [...(found.get(path) ?? []), entry.target]);
      }
    }
  }
  references.set(workspace, found);
  return found;
}

/**
 * How a document that may be a patch file is read: `operations` (a JSON 6902 list), `merge` (a
 * strategic-merge patch some kustomization names), or undefined (not a patch).
 */
export function patchKind(file: string, root: unknown, workspace: Workspace | undefined): 'operations' | 'merge' | undefined {
  if (isJsonPatch(root)) return 'operations';
  if (workspace && isMap(root) && patchFiles(workspace).has(file)) return 'merge';
  return undefined;
}

/** Pins of a patch file, with the target the kustomizations naming it give (one set of pins per distinct tool). */
export function patchFileFacts(
  src: Source,
  root: unknown,
  workspace: Workspace | undefined,
): { pins: CaPin[]; declarations: Declaration[] } {
  const targets = workspace ? (patchFiles(workspace).get(src.file) ?? [undefined]) : [undefined];
  const pins: CaPin[] = [];
  const keys = new Set<string>();
  for (const target of targets) {
    for (const pin of patchPins(src, root, target)) {
      const key = JSON.stringify([pin.line, pin.tool, pin.resource]);
      if (keys.has(key)) continue;
      keys.add(key);
      pins.push(pin);
    }
  }
  return { pins, declarations: [] };
}

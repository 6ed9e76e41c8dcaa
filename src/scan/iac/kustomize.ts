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
import { isMap, isScalar, LineCounter } from 'yaml';
import { inlinePatchPins, isJsonPatch, patchPins, targetOf, type PatchTarget } from './kustomize-patches.js';
import type { CaPin, Declaration } from '../../model/iac.js';
import { parseDocuments } from './yaml-parse.js';
import { get, items, str, type Source, type Workspace } from './yaml-tree.js';

/** The file names kustomize reads in a directory. */
const KUSTOMIZATION_FILE = /^(?:kustomization\.ya?ml|Kustomization)$/;

export function isKustomization(file: string, root: unknown): boolean {
  return (
    KUSTOMIZATION_FILE.test(basename(file)) ||
    (str(get(root, 'kind')) === 'Kustomization' && str(get(root, 'apiVersion'))?.startsWith('kustomize.config.k8s.io/') === true)
  );
}

/** The patch entries of a kustomization: `{ path?, patch?, target? }`, from every field that holds patches. */
function patchEntries(root: unknown): Array<{ path?: string; patch?: unknown; target?: PatchTarget }> {
  const out: Array<{ path?: string; patch?: unknown; target?: PatchTarget }> = [];
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
  const pins = patchEntries(root).flatMap((e) => (e.patch !== undefined ? inlinePatchPins(src, e.patch, e.target) : []));
  return { pins, declarations: [] };
}

/** Patch files named by the repository's kustomizations, with their targets (read once per workspace). */
const references = new WeakMap<object, Map<string, Array<PatchTarget | undefined>>>();

function patchFiles(workspace: Workspace): Map<string, Array<PatchTarget | undefined>> {
  let found = references.get(workspace);
  if (found) return found;
  found = new Map();
  for (const file of workspace.files) {
    if (!KUSTOMIZATION_FILE.test(basename(file)) || /(?:^|\/)node_modules\//.test(file)) continue;
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

/**
 * YAML (and JSON) text parsed into documents whose anchors, aliases and merge keys are
 * followed, so every reader sees the values where they apply.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseAllDocuments,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { Source } from './yaml-tree.js';

/** A document whose aliases would expand beyond this many nodes is not expanded (a "billion laughs"). */
const MAX_EXPANDED_NODES = 200_000;
const PARSE_OPTIONS = { uniqueKeys: false, strict: false, prettyErrors: false, logLevel: 'silent' } as const;

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key)) return false;
  const v = (key as Scalar).value;
  return v === '<<' || (typeof v === 'symbol' && v.description === '<<');
}

/**
 * Replaces every alias (`*ca`) by the node its anchor (`&ca`) names, and every merge key
 * (`<<: *defaults`, `<<: [*a, *b]`) by the pairs it merges (keys written in the map win; of the
 * merged maps, the first that has a key wins), in place: every reader then sees the values where
 * they apply, and a value's line stays the line where the anchored value is written. An alias
 * inside its own anchor (a cycle) is left as it is. Returns false (and changes nothing) when the
 * aliases would expand beyond MAX_EXPANDED_NODES.
 */
function followAliases(doc: Document): boolean {
  const resolve = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  // How big the document is with every alias expanded (shared nodes counted once per use).
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown, open: Set<unknown>): number => {
    const target = resolve(node);
    if (!isCollection(target)) return 1;
    const known = sizes.get(target);
    if (known !== undefined) return known;
    if (open.has(target)) return 1;
    open.add(target);
    let size = 1;
    for (const item of (target as YAMLMap | YAMLSeq).items) {
      size += isPair(item) ? sizeOf(item.key, open) + sizeOf(item.value, open) : sizeOf(item, open);
      if (size > MAX_EXPANDED_NODES) break;
    }
    open.delete(target);
    sizes.set(target, size);
    return size;
  };
  if (sizeOf(doc.contents, new Set()) > MAX_EXPANDED_NODES) return false;
  const done = new Set<unknown>();
  const open = new Set<unknown>();
  const visit = (node: unknown): void => {
    if (!isCollection(node) || done.has(node) || open.has(node)) return;
    open.add(node);
    const collection = node as YAMLMap | YAMLSeq;
    const swap = (value: unknown): unknown => {
      const target = resolve(value);
      if (target === undefined || open.has(target)) return value;
      visit(target);
      return target;
    };
    if (isSeq(collection)) collection.items = collection.items.map(swap);
    else {
      const own: Pair[] = [];
      const merged: Pair[] = [];
      for (const pair of collection.items as Pair[]) {
        if (!isPair(pair)) continue;
        pair.value = swap(pair.value);
        if (!isMergeKey(pair.key)) {
          own.push(pair);
          continue;
        }
        const sources = isSeq(pair.value) ? (pair.value as YAMLSeq).items.map(swap) : [pair.value];
        for (const source of sources) if (isMap(source)) merged.push(...(source.items as Pair[]));
      }
      const keys = new Set(own.map((p) => (isScalar(p.key) ? String((p.key as Scalar).value) : p.key)));
      const items: Pair[] = [...own];
      for (const pair of merged) {
        const key = isScalar(pair.key) ? String((pair.key as Scalar).value) : pair.key;
        if (keys.has(key)) continue;
        keys.add(key);
        items.push(pair);
      }
      collection.items = items;
    }
    open.delete(node);
    done.add(node);
  };
  visit(doc.contents);
  return true;
}

/** Every document of a YAML (or JSON) text, aliases and merge keys followed; `expanded` is false when a document's aliases were too many to follow. */
export function parseDocuments(text: string, lines: LineCounter): { docs: Document[]; expanded: boolean } {
  const docs = parseAllDocuments(text, { lineCounter: lines, ...PARSE_OPTIONS });
  const list = (Array.isArray(docs) ? docs : [docs]) as Document[];
  let expanded = true;
  for (const doc of list) expanded = followAliases(doc) && expanded;
  return { docs: list, expanded };
}

/** A file's documents, and the file as a Source (JSON by its name, YAML otherwise). */
export function parseSource(file: string, text: string): { src: Source; docs: Document[] } {
  const lines = new LineCounter();
  const src: Source = { file, text, lines, syntax: file.endsWith('.json') ? 'json' : 'yaml', seen: new Set() };
  return { src, docs: parseDocuments(text, lines).docs };
}

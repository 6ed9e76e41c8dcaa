/**
 * Shared reading of YAML and JSON documents (the `yaml` package keeps each node's range, so
 * every value has a line), and the candidate values the document readers pass around: a value
 * as it reaches a CA attribute, where it is written and how it travelled there.
 */
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseAllDocuments,
  type Document,
  type LineCounter,
  type Pair,
  type Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { CaPin, Declaration, IacSyntax, IacTool, PinnedValue, Place } from '../../model/iac.js';

/** One parsed file: its documents share the line counter. */
export interface Source {
  file: string;
  text: string;
  lines: LineCounter;
  syntax: 'yaml' | 'json';
  /** Value nodes already judged by a tool's reader (the generic catch skips them). */
  seen: Set<unknown>;
  /** Helm/Go template actions replaced by placeholders before parsing (see `neutralise`). */
  templates?: string[];
}

const PLACEHOLDER = /\u27e6tpl(\d+)\u27e7/g;

/**
 * A Helm or Go template made parseable: an action alone on its line (`{{- with … }}`,
 * `{{- end }}`) becomes blanks, an action inside a value a placeholder; lines stay where they
 * are. `restore` puts the actions back into a value's text.
 */
export function neutralise(text: string): { text: string; templates: string[] } {
  const templates: string[] = [];
  const lines = text.split('\n').map((line) => {
    const parts = placeholders(line, '{{', '}}');
    if (!parts.some((p) => 'inner' in p)) return line;
    if (parts.every((p) => 'inner' in p || !p.literal.trim())) return ' '.repeat(line.length);
    return parts.map((p) => ('literal' in p ? p.literal : `\u27e6tpl${templates.push(`{{${p.inner}}}`) - 1}\u27e7`)).join('');
  });
  return { text: lines.join('\n'), templates };
}

export function restore(src: Source, text: string): string {
  return src.templates ? text.replace(PLACEHOLDER, (_m, i: string) => src.templates![Number(i)] ?? '') : text;
}

/** A value as it reaches the attribute: where the deciding text is written, and its route (innermost first). */
export interface Candidate {
  value: PinnedValue;
  line: number;
  /** Another file than the one read (a Pulumi stack file). */
  file?: string;
  via: string[];
}

export function lineAt(src: Source, node: unknown): number {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return range ? src.lines.linePos(range[0]).line : 1;
}

/** The pair under `key` in a mapping. */
export function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  return (node as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === key);
}

/** The value node under `key` in a mapping. */
export function get(node: unknown, key: string): unknown {
  return pairOf(node, key)?.value ?? undefined;
}

/** Follows a path of keys through mappings. */
export function dig(node: unknown, ...keys: string[]): unknown {
  let at = node;
  for (const key of keys) at = get(at, key);
  return at;
}

/** A string scalar's value (numbers as text too, keys are often numbers); undefined otherwise. */
export function str(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = (node as Scalar).value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : undefined;
}

/** The mapping's pairs with scalar keys, as `[key, pair]`. */
export function entries(node: unknown): Array<[string, Pair]> {
  if (!isMap(node)) return [];
  return (node as YAMLMap).items.filter((p): p is Pair => isPair(p) && isScalar(p.key)).map((p) => [String((p.key as Scalar).value), p]);
}

export function items(node: unknown): unknown[] {
  return isSeq(node) ? (node as YAMLSeq).items : [];
}

/** The node's source, on one line and shortened: how an expression is shown. */
export function sourceOf(src: Source, node: unknown): string {
  const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
  const raw = range ? src.text.slice(range[0], range[1]) : String(node);
  const tag = (node as { tag?: string } | null | undefined)?.tag;
  const shown = tag?.startsWith('!') && !tag.startsWith('!!') && !raw.startsWith(tag) ? `${tag} ${raw}` : raw;
  const flat = shown.replace(/\s+/g, ' ').trim();
  return flat.length > 120 ? `${flat.slice(0, 117)}…` : flat;
}

export function literal(src: Source, node: unknown, ca: string, via: string[] = []): Candidate {
  src.seen.add(node);
  return { value: { kind: 'literal', ca }, line: lineAt(src, node), via };
}

export function expression(src: Source, node: unknown, missing: string, text = sourceOf(src, node)): Candidate {
  return { value: { kind: 'expression', text, missing }, line: lineAt(src, node), via: [] };
}

/** `file:line`, for a `via` step. */
export function at(src: Source, node: unknown): string {
  return `${src.file}:${lineAt(src, node)}`;
}

export function withVia(candidates: Candidate[], step: string): Candidate[] {
  return candidates.map((c) => ({ ...c, via: [...c.via, step] }));
}

const MAX_COMBINATIONS = 32;

/**
 * Joins parts written separately (`!Sub`, `!Join`, `rds-ca-${self:custom.x}`, `rds-ca-{{ v }}`)
 * into candidates: every combination of the parts' candidates, literal only when every part is.
 */
export function combine(src: Source, node: unknown, parts: Candidate[][], separator = ''): Candidate[] {
  if (parts.length === 1) return parts[0];
  let out: Candidate[] = [{ value: { kind: 'literal', ca: '' }, line: lineAt(src, node), via: [] }];
  for (const [i, part] of parts.entries()) {
    const next: Candidate[] = [];
    for (const a of out) {
      for (const b of part) {
        if (next.length >= MAX_COMBINATIONS) break;
        const via = [...a.via, ...b.via.filter((v) => !a.via.includes(v))];
        if (a.value.kind === 'literal' && b.value.kind === 'literal') {
          next.push({ value: { kind: 'literal', ca: a.value.ca + (i ? separator : '') + b.value.ca }, line: a.line, via });
        } else {
          const missing =
            a.value.kind === 'expression'
              ? a.value.missing
              : b.value.kind === 'expression'
                ? b.value.missing
                : 'part of the value is unset';
          next.push({ value: { kind: 'expression', text: sourceOf(src, node), missing }, line: lineAt(src, node), via });
        }
      }
    }
    out = next;
  }
  // One literal part decides the line when the others are written in the node itself.
  const decided = parts.filter((p) => p.some((c) => c.via.length));
  if (decided.length === 1 && out.every((c) => c.value.kind === 'literal')) {
    return out.map((c, i) => {
      const from = decided[0][Math.min(i, decided[0].length - 1)];
      return from.file ? { ...c, line: from.line, file: from.file } : { ...c, line: from.line };
    });
  }
  return dedupe(out);
}

export function dedupe(candidates: Candidate[]): Candidate[] {
  const keys = new Set<string>();
  return candidates.filter((c) => {
    const key = JSON.stringify([c.file, c.line, c.value, c.via]);
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

/**
 * Text with `open … close` placeholders (`${…}`, `{{ … }}`) split into literal text and the
 * placeholders' inner text. Placeholders nest (`${self:a.${opt:stage}}`).
 */
export function placeholders(text: string, open: string, close: string): Array<{ literal: string } | { inner: string }> {
  const out: Array<{ literal: string } | { inner: string }> = [];
  let i = 0;
  let chunk = '';
  while (i < text.length) {
    if (text.startsWith(open, i)) {
      let depth = 1;
      let j = i + open.length;
      while (j < text.length && depth > 0) {
        if (text.startsWith(open, j)) {
          depth++;
          j += open.length;
        } else if (text.startsWith(close, j)) {
          depth--;
          j += close.length;
        } else j++;
      }
      if (depth > 0) break;
      if (chunk) out.push({ literal: chunk });
      chunk = '';
      out.push({ inner: text.slice(i + open.length, j - close.length) });
      i = j;
    } else chunk += text[i++];
  }
  chunk += text.slice(i);
  if (chunk) out.push({ literal: chunk });
  return out;
}

export interface Target {
  file: string;
  resource: string;
  attribute: string;
  tool: IacTool;
  syntax: IacSyntax;
  /** Where the resource (or command) is written. */
  declaredAt: Place;
}

/** Pins from candidates: `declaredAt` when the value is written elsewhere than the resource. */
export function pinsOf(target: Target, candidates: Candidate[]): CaPin[] {
  return dedupe(candidates).map((c) => {
    const file = c.file ?? target.file;
    const pin: CaPin = {
      file,
      line: c.line,
      resource: target.resource,
      attribute: target.attribute,
      tool: target.tool,
      syntax: target.syntax,
      value: c.value,
    };
    if (c.via.length) pin.via = c.via;
    if (c.via.length || file !== target.declaredAt.file) pin.declaredAt = target.declaredAt;
    return pin;
  });
}

/** The identifier a declaration names, when it is one literal. */
export function identifierOf(candidates: Candidate[]): string | undefined {
  const literals = candidates.filter((c) => c.value.kind === 'literal');
  return literals.length === 1 && candidates.length === 1 && literals[0].value.kind === 'literal' ? literals[0].value.ca : undefined;
}

export type { Declaration };

/** The rest of the repository, for values a document takes from another file (Pulumi stack settings). */
export interface Workspace {
  files: readonly string[];
  read: (path: string) => string | undefined;
}

// ---- Anchors, aliases and merge keys ----------------------------------------------------------

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

/**
 * Shared reading of YAML and JSON documents (the `yaml` package keeps each node's range, so
 * every value has a line): a parsed file, the lookups the document readers make in its nodes,
 * and the candidate value they pass around: a value as it reaches a CA attribute, where it is
 * written and how it travelled there (candidates.ts makes them).
 */
import { isMap, isPair, isScalar, isSeq, type LineCounter, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { PinnedValue } from '../../model/iac.js';

/** One parsed file: its documents share the line counter. */
export interface Source {
  file: string;
  text: string;
  lines: LineCounter;
  syntax: 'yaml' | 'json';
  /** Value nodes already judged by a tool's reader (the generic catch skips them). */
  seen: Set<unknown>;
  /** Helm/Go template actions replaced by placeholders before parsing (see `neutralise` in templated-text.ts). */
  templates?: string[];
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

/** The rest of the repository, for values a reader takes from another file (Pulumi stack settings, `--cli-input-json file://…`, kustomizations). */
export interface Workspace {
  files: readonly string[];
  read: (path: string) => string | undefined;
}

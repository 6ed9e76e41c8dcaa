/**
 * Small helpers over tree-sitter nodes, shared by the language adapters and the reader: fields
 * and named children (comments left out), ancestors, spans, and callee text.
 */
import type { Node } from '../syntax.js';

export function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

/** The named children of a node, comments left out. */
export function named(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((n) => n.type !== 'comment') : [];
}

/** The nearest ancestor of one of `types`. */
export function ancestor(node: Node, types: string[]): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return undefined;
}

/** Whether `inner` lies inside `outer` (or is it). */
export function within(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** Whether `inner` lies strictly inside `outer`: within it, and not the same span. */
export function contains(outer: Node, inner: Node): boolean {
  return within(outer, inner) && !(outer.startIndex === inner.startIndex && outer.endIndex === inner.endIndex);
}

/** A node's identity across lookups: its span and type. */
export function key(node: Node): string {
  return `${node.startIndex}:${node.endIndex}:${node.type}`;
}

/** Text with whitespace removed: a callee or type as one string. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The part after the last dot: `modify_db_instance` of `rds.modify_db_instance`. */
export function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('.') + 1);
}

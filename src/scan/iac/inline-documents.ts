/**
 * YAML written as a string inside a document (a Composition's inline template, a Kustomize
 * inline patch), read where it is written: each of its documents that parses is judged, and the
 * lines of what is found there are moved to the file's.
 */
import { isScalar, LineCounter } from 'yaml';
import type { CaPin, Declaration } from '../../model/iac.js';
import { parseDocuments } from './yaml-parse.js';
import { lineAt, str, type Source } from './yaml-tree.js';

export interface DocumentFacts {
  pins: CaPin[];
  declarations: Declaration[];
}

/** What `judge` finds in the documents of the string `node` holds, at the file's lines; nothing when it holds no string. */
export function inlineFacts(src: Source, node: unknown, judge: (inner: Source, root: unknown) => DocumentFacts): DocumentFacts {
  const text = str(node);
  if (text === undefined || !isScalar(node)) return { pins: [], declarations: [] };
  // A block scalar's text starts on the line after its `|` or `>`.
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const shift = (line: number): number => line + lineAt(src, node) + (block ? 1 : 0) - 1;
  const lines = new LineCounter();
  const inner: Source = { ...src, text, lines, seen: new Set() };
  const pins: CaPin[] = [];
  const declarations: Declaration[] = [];
  for (const doc of parseDocuments(text, lines).docs) {
    if (doc.errors.length) continue;
    const found = judge(inner, doc.contents);
    pins.push(...found.pins);
    declarations.push(...found.declarations);
  }
  return {
    pins: pins.map((p) => ({
      ...p,
      line: shift(p.line),
      ...(p.declaredAt ? { declaredAt: { ...p.declaredAt, line: shift(p.declaredAt.line) } } : {}),
    })),
    declarations: declarations.map((d) => ({ ...d, line: shift(d.line) })),
  };
}

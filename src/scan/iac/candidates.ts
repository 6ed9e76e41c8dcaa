/**
 * The candidate values a document reader finds for a CA attribute (a literal, an expression the
 * repository does not decide, parts joined), and the pins and declarations made of them.
 */
import { isScalar } from 'yaml';
import type { CaPin, IacSyntax, IacTool, Place } from '../../model/iac.js';
import { lineAt, sourceOf, type Candidate, type Source } from './yaml-tree.js';

export function literal(src: Source, node: unknown, ca: string, via: string[] = []): Candidate {
  src.seen.add(node);
  return { value: { kind: 'literal', ca }, line: lineAt(src, node), via };
}

export function expression(src: Source, node: unknown, missing: string, text = sourceOf(src, node)): Candidate {
  return { value: { kind: 'expression', text, missing }, line: lineAt(src, node), via: [] };
}

/** A literal part of a node's text (the node is not judged by it alone, so it is not marked seen). */
export function literalPart(src: Source, node: unknown, text: string, via: string[] = []): Candidate {
  return { value: { kind: 'literal', ca: text }, line: lineAt(src, node), via };
}

/** The attribute left unset at `line`: AWS's default applies. */
export function absent(line: number, via: string[] = []): Candidate {
  return { value: { kind: 'absent' }, line, via };
}

/**
 * A scalar's candidates: a null scalar (`ca:` with nothing after it) is the attribute left
 * unset, any other `judge` reads from its text; a node that is not a scalar is an expression
 * (`notScalar` says why the reader cannot decide it).
 */
export function scalarCandidates(src: Source, node: unknown, notScalar: string, judge: (text: string) => Candidate[]): Candidate[] {
  if (!isScalar(node)) return [expression(src, node, notScalar)];
  const raw = node.value;
  if (raw === null || raw === undefined) return [absent(lineAt(src, node))];
  return judge(String(raw));
}

/** What a joined value is missing: the first expression part's reason. */
export function missingOf(a: Candidate, b: Candidate): string | undefined {
  return a.value.kind === 'expression' ? a.value.missing : b.value.kind === 'expression' ? b.value.missing : 'part of the value is unset';
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
  let out: Candidate[] = [literalPart(src, node, '')];
  for (const [i, part] of parts.entries()) {
    const next: Candidate[] = [];
    for (const a of out) {
      for (const b of part) {
        if (next.length >= MAX_COMBINATIONS) break;
        const via = [...a.via, ...b.via.filter((v) => !a.via.includes(v))];
        if (a.value.kind === 'literal' && b.value.kind === 'literal') {
          next.push({ value: { kind: 'literal', ca: a.value.ca + (i ? separator : '') + b.value.ca }, line: a.line, via });
        } else {
          next.push({ value: { kind: 'expression', text: sourceOf(src, node), missing: missingOf(a, b) }, line: lineAt(src, node), via });
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

/**
 * Pins of a resource's CA attribute: its candidates when it is set (`undefined` when it is not).
 * Unset, directly or by a null value, is a pin only where `absentMatters` (AWS's default then applies).
 */
export function attributePins(target: Target, candidates: Candidate[] | undefined, absentMatters: boolean): CaPin[] {
  if (candidates)
    return pinsOf(
      target,
      candidates.filter((c) => c.value.kind !== 'absent' || absentMatters),
    );
  return absentMatters ? pinsOf(target, [absent(target.declaredAt.line)]) : [];
}

/** The identifier a declaration names, when it is one literal. */
export function identifierOf(candidates: Candidate[]): string | undefined {
  const literals = candidates.filter((c) => c.value.kind === 'literal');
  return literals.length === 1 && candidates.length === 1 && literals[0].value.kind === 'literal' ? literals[0].value.ca : undefined;
}

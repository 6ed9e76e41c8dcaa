/**
 * What a template's references reach: `Ref` to a parameter (its Default, its only AllowedValue,
 * and every value the repository commits for it at deploy time) and `FindInMap` (every entry
 * when a key is given at deploy time).
 */
import { isMap } from 'yaml';
import { absent, at, expression, withVia } from './candidates.js';
import { intrinsicOf, sectionPair, type TemplateParts } from './cloudformation-syntax.js';
import type { ParameterSetting } from './parameters.js';
import { entries, get, items, lineAt, pairOf, sourceOf, str, type Candidate, type Source } from './yaml-tree.js';

/** The template a reference is read in, and how a value it reaches is judged. */
export interface TemplateScope {
  src: Source;
  parts: TemplateParts;
  /** Values committed for deploys (parameter files, samconfig, deploy commands), by parameter name. */
  overrides?: ReadonlyMap<string, ParameterSetting[]>;
  evaluate(node: unknown, depth: number): Candidate[];
}

/** `Ref name` (also `${name}` in a Sub): a parameter, or a pseudo parameter. */
export function parameterValues(scope: TemplateScope, name: string, node: unknown, depth: number): Candidate[] {
  const src = scope.src;
  if (name === 'AWS::NoValue') return [absent(lineAt(src, node), ['Ref AWS::NoValue'])];
  if (name.startsWith('AWS::')) return [expression(src, node, `the pseudo parameter ${name} is decided by the stack's account and region`)];
  const pair = sectionPair(scope.parts.parameters, name);
  if (!pair) return [expression(src, node, `${name} is not a parameter of this template`)];
  const step = `Ref ${name} (${at(src, pair.key)})`;
  // Values committed for deploys (parameter files, samconfig, deploy commands): each its own candidate.
  const given = (scope.overrides?.get(name) ?? []).map((s): Candidate => ({
    value: { kind: 'literal', ca: s.value },
    line: s.line,
    file: s.file,
    via: [`${s.how} (${s.file}:${s.line})`, step],
  }));
  const fallback = pairOf(pair.value, 'Default');
  if (fallback) return [...withVia(scope.evaluate(fallback.value, depth), step), ...given];
  if (given.length) return given;
  const allowed = items(get(pair.value, 'AllowedValues'));
  // One allowed value is the only value a deploy can give; several are a choice made at deploy time.
  if (allowed.length === 1) return withVia(scope.evaluate(allowed[0], depth), `${step} (its only AllowedValue)`);
  const choices = allowed.length ? ` (AllowedValues: ${allowed.map((a) => str(a) ?? sourceOf(src, a)).join(', ')})` : '';
  return [expression(src, node, `parameter ${name} has no Default; its value is given at deploy time${choices}`, `Ref ${name}`)];
}

/** The keys a FindInMap level takes: the one written, or every entry when it is given at deploy time (`!Ref Env`, `!Ref AWS::Region`). */
function mapKeys(key: unknown, within: unknown): { names: string[]; every: boolean } {
  const literalKey = intrinsicOf(key) ? undefined : str(key);
  if (literalKey !== undefined) return { names: [literalKey], every: false };
  return { names: entries(within).map(([k]) => k), every: true };
}

/** `FindInMap [map, key1, key2]`. */
export function mappingValues(scope: TemplateScope, args: unknown[], node: unknown, depth: number): Candidate[] {
  const src = scope.src;
  const mapName = str(args[0]);
  const mapping = mapName === undefined ? undefined : sectionPair(scope.parts.mappings, mapName)?.value;
  if (mapName === undefined || !isMap(mapping))
    return [expression(src, node, mapName ? `the mapping ${mapName} is not in this template` : 'a FindInMap of a computed mapping')];
  const out: Candidate[] = [];
  const first = mapKeys(args[1], mapping);
  for (const k1 of first.names) {
    const entry = get(mapping, k1);
    const second = mapKeys(args[2], entry);
    for (const k2 of second.names) {
      const pair = pairOf(entry, k2);
      if (!pair) {
        if (!first.every && !second.every) out.push(expression(src, node, `the mapping ${mapName} has no entry ${k1}.${k2}`));
        continue;
      }
      out.push(...withVia(scope.evaluate(pair.value, depth), `FindInMap ${mapName}.${k1}.${k2} (${at(src, pair.key)})`));
    }
  }
  return out.length ? out : [expression(src, node, `the mapping ${mapName} has no such entry`)];
}

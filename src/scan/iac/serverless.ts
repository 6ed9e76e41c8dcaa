/**
 * Serverless Framework variables in serverless.yml: `${self:custom.ca}` follows the path in the
 * same file; `${opt:stage, 'dev'}`, `${env:CA, 'rds-ca-…'}` take their literal fallback (the
 * value a deploy without the option gets, like a parameter's Default); `${ssm:…}`, `${file(…)}`,
 * `${cf:…}` and fallback-less options are decided at deploy time. Variables nest
 * (`${self:custom.ca.${opt:stage, 'dev'}}`).
 */
import { at, combine, expression, literalPart, withVia } from './candidates.js';
import { dig, pairOf, type Candidate, type Source } from './yaml-tree.js';
import { placeholders } from './templated-text.js';
import { unquoted } from '../../base/shell-quote.js';

const MAX_DEPTH = 12;

/** Splits `source, fallback` at the first comma outside quotes and parentheses. */
function splitFallback(inner: string): [string, string | undefined] {
  let quote = '';
  let parens = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(') parens++;
    else if (c === ')') parens--;
    else if (c === ',' && parens === 0) return [inner.slice(0, i).trim(), inner.slice(i + 1).trim()];
  }
  return [inner.trim(), undefined];
}

/** A resolver for strings holding serverless variables; `evaluate` judges the node a `self:` path leads to. */
export function serverlessVariables(
  src: Source,
  root: unknown,
  evaluate: (node: unknown, depth: number) => Candidate[],
): (text: string, node: unknown, depth: number) => Candidate[] {
  const source = (ref: string, fallback: string | undefined, node: unknown, depth: number): Candidate[] => {
    const shown = `\${${fallback === undefined ? ref : `${ref}, ${fallback}`}}`;
    if (ref.startsWith('self:')) {
      const path = ref.slice(5).split('.').filter(Boolean);
      const pair = path.length ? pairOf(dig(root, ...path.slice(0, -1)), path[path.length - 1]) : undefined;
      if (pair) return withVia(evaluate(pair.value, depth + 1), `${ref} (${at(src, pair.key)})`);
    } else {
      const text = unquoted(ref);
      if (text !== undefined) return [literalPart(src, node, text)];
      if (/^-?\d+(?:\.\d+)?$/.test(ref)) return [literalPart(src, node, ref)];
    }
    if (fallback !== undefined) {
      const [next, further] = splitFallback(fallback);
      return withVia(source(next, further, node, depth + 1), `${shown} (fallback)`);
    }
    const missing = ref.startsWith('self:')
      ? `${ref} is not set in this file`
      : `${ref.split(/[:(]/)[0]} variables are resolved by the Serverless Framework at deploy time`;
    return [expression(src, node, missing, shown)];
  };

  const variable = (inner: string, node: unknown, depth: number): Candidate[] => {
    if (depth > MAX_DEPTH) return [expression(src, node, 'the variable refers to itself too deeply to follow', `\${${inner}}`)];
    const expanded = inner.includes('${') ? resolve(inner, node, depth + 1) : [literalPart(src, node, inner)];
    return expanded.flatMap((c) => {
      if (c.value.kind !== 'literal')
        return [
          {
            ...c,
            value: {
              kind: 'expression' as const,
              text: `\${${inner}}`,
              missing: c.value.kind === 'expression' ? c.value.missing : 'part of the variable is unset',
            },
          },
        ];
      const [ref, fallback] = splitFallback(c.value.ca);
      return source(ref, fallback, node, depth).map((r) => ({ ...r, via: [...c.via, ...r.via] }));
    });
  };

  const resolve = (text: string, node: unknown, depth: number): Candidate[] => {
    const parts = placeholders(text, '${', '}').map((part) =>
      'literal' in part ? [literalPart(src, node, part.literal)] : variable(part.inner, node, depth),
    );
    if (parts.length === 1 && parts[0].length === 1 && parts[0][0].value.kind === 'literal' && !parts[0][0].via.length) src.seen.add(node);
    return combine(src, node, parts);
  };

  return resolve;
}

/**
 * TypeScript/JavaScript object literals: property names, `key: value` pairs, and the
 * properties of an object given to a construct, followed through spreads and same-file
 * constants.
 */
import type { Node } from '../../syntax.js';
import type { ConstantTable } from '../constants.js';
import type { Keyed, Props } from '../model.js';
import { field, named } from '../tree.js';

/** Parentheses, `as`, `satisfies`, `!` and `<T>x` removed. */
export function unwrapTypeScript(node: Node): Node | undefined {
  if (['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression'].includes(node.type))
    return named(node)[0];
  if (node.type === 'type_assertion') return named(node).at(-1);
  return undefined;
}

function propertyName(key: Node): string | undefined {
  if (key.type === 'property_identifier' || key.type === 'identifier') return key.text;
  if (key.type === 'string') return key.text.slice(1, -1);
  return undefined;
}

/** A `pair` of an object literal whose key is a plain name or a string. */
export function pairProperty(pair: Node): Keyed | undefined {
  const key = field(pair, 'key');
  const value = field(pair, 'value');
  const name = key && propertyName(key);
  return name && value ? { name, value } : undefined;
}

/** Properties of a TypeScript object literal, following spreads and identifiers to same-file constants. */
export function objectProps(node: Node | undefined, via: string[], constants: ConstantTable, depth: number): Props {
  const props: Props = { entries: [], unknown: [] };
  if (!node) return props;
  while (unwrapTypeScript(node)) node = unwrapTypeScript(node)!;
  if (node.type === 'identifier' && depth < 4) {
    const constant = constants.get(node.text, node);
    if (constant) return objectProps(constant.value, [constants.hop(constant), ...via], constants, depth + 1);
  }
  if (node.type !== 'object') {
    props.unknown.push(node);
    return props;
  }
  for (const child of named(node)) {
    if (child.type === 'pair') {
      const property = pairProperty(child);
      if (property) props.entries.push({ ...property, via });
      else if (field(child, 'key')?.type === 'computed_property_name') props.unknown.push(child);
    } else if (child.type === 'shorthand_property_identifier') {
      props.entries.push({ name: child.text, value: child, via });
    } else if (child.type === 'spread_element') {
      const inner = objectProps(named(child)[0], via, constants, depth + 1);
      props.entries.push(...inner.entries);
      props.unknown.push(...inner.unknown.map((n) => (n.parent?.type === 'spread_element' ? n.parent : n)));
    }
  }
  return props;
}

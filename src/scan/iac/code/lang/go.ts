/**
 * The Go adapter: `awsrds.NewX(…)` constructors and `X_Method(…)` functions, `&X{Key: …}`
 * composite literals, interpreted and raw strings, `CaCertificate_X()` and `CaCertificate_Of(…)`,
 * `const` specs, `func TestX(t *testing.T)`, `jsii.String(…)`-style wrappers.
 */
import { descendants, type Node } from '../../syntax.js';
import { declared } from '../constants.js';
import type { Call, Entry, Keyed, Lang } from '../model.js';
import { compact, field, named } from '../tree.js';
import { CA_CONSTANT_NAME, callParts, plainIdentifier, unparenthesized, wrappedArgument } from './shapes.js';

function goString(node: Node): string | undefined {
  if (node.type === 'interpreted_string_literal') {
    return named(node)
      .map((n) => n.text)
      .join('');
  }
  if (node.type === 'raw_string_literal') return node.text.slice(1, -1);
  return undefined;
}

/** Go's generated names: `NewCfnDBInstance` → [`CfnDBInstance`], `ClusterInstance_Provisioned` → [`ClusterInstance`, `provisioned`]. */
function goPath(name: string): { path: string[]; isNew: boolean } {
  const construct = /^New([A-Z]\w*)$/.exec(name);
  if (construct) return { path: [construct[1]], isNew: true };
  const member = /^([A-Z][A-Za-z0-9]*)_([A-Za-z]\w*)$/.exec(name);
  if (member) return { path: [member[1], member[2][0].toLowerCase() + member[2].slice(1)], isNew: false };
  return { path: [name], isNew: false };
}

function goKeyed(element: Node): Keyed | undefined {
  const [key, value] = named(element);
  const keyNode = key?.type === 'literal_element' ? named(key)[0] : key;
  const valueNode = value?.type === 'literal_element' ? named(value)[0] : value;
  return keyNode && valueNode && ['identifier', 'field_identifier'].includes(keyNode.type)
    ? { name: keyNode.text, value: valueNode }
    : undefined;
}

/** The keyed element a value is written in (through its `literal_element`), if it is one. */
function keyedElementOf(value: Node): Node | undefined {
  const element = value.parent?.type === 'literal_element' ? value.parent.parent : value.parent;
  return element?.type === 'keyed_element' ? element : undefined;
}

export const go: Lang = {
  syntax: 'go',
  imports: (root) => descendants(root, 'import_spec').map((i) => field(i, 'path')?.text ?? ''),
  calls(root) {
    return descendants(root, 'call_expression').flatMap((node): Call[] => {
      const fn = field(node, 'function');
      if (!fn) return [];
      const args = named(field(node, 'arguments'));
      if (fn.type === 'selector_expression') {
        const operand = field(fn, 'operand');
        const name = field(fn, 'field')?.text ?? '';
        if (!operand) return [];
        const { path, isNew } = goPath(name);
        return [{ node, start: node, callee: compact(fn.text), path: [...compact(operand.text).split('.'), ...path], isNew, args }];
      }
      if (fn.type === 'identifier') {
        const { path, isNew } = goPath(fn.text);
        return [{ node, start: node, callee: fn.text, path, isNew, args }];
      }
      return [];
    });
  },
  props(call, index) {
    let arg = call.args[index];
    if (!arg) return { entries: [], unknown: [] };
    const original = arg;
    if (arg.type === 'unary_expression' && field(arg, 'operand')) arg = field(arg, 'operand')!;
    if (arg.type !== 'composite_literal') return { entries: [], unknown: [original] };
    const entries = named(field(arg, 'body'))
      .filter((e) => e.type === 'keyed_element')
      .flatMap((e): Entry[] => {
        const kv = goKeyed(e);
        return kv ? [{ ...kv, via: [] }] : [];
      });
    return { entries, unknown: [] };
  },
  literal: goString,
  interpolated: () => false,
  unwrap: unparenthesized,
  branches: () => undefined,
  caRef(node) {
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    const name = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : fn?.text;
    const match = name ? /^CaCertificate_(\w+)$/.exec(name) : null;
    if (!match) return undefined;
    if (match[1] === 'Of') return { of: named(field(node, 'arguments'))[0] };
    return CA_CONSTANT_NAME.test(match[1]) ? { constant: match[1] } : undefined;
  },
  wrapped: wrappedArgument,
  identifier: plainIdentifier,
  callParts: (node) => callParts(node, 'call_expression'),
  constants(root) {
    return descendants(root, 'const_spec').flatMap((spec) => {
      const names = spec.childrenForFieldName('name').filter((n): n is Node => !!n);
      const values = named(field(spec, 'value'));
      return names.flatMap((n, i) => (values[i] ? [declared(n.text, values[i], spec)] : []));
    });
  },
  keyed(root) {
    return descendants(root, 'keyed_element').flatMap((e) => {
      const kv = goKeyed(e);
      return kv ? [kv] : [];
    });
  },
  owner(value) {
    const literal = keyedElementOf(value)?.parent?.parent;
    const type = literal?.type === 'composite_literal' ? field(literal, 'type') : undefined;
    return literal && type ? { name: compact(type.text), node: literal } : undefined;
  },
  testScopes(root) {
    return descendants(root, 'function_declaration').filter(
      (f) => /^Test/.test(field(f, 'name')?.text ?? '') && /\btesting\.T\b/.test(field(f, 'parameters')?.text ?? ''),
    );
  },
  fallback: () => undefined,
};

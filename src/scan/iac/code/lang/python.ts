/**
 * The Python adapter: calls with keyword arguments and `**` splats (followed to same-file
 * dicts), `…Args(…)`/`…Props(…)` objects, strings (f-strings are computed), `CaCertificate`
 * references, module and function assignments, pytest/unittest test code, `or` fallbacks.
 */
import { descendants, type Node } from '../../syntax.js';
import { identifierConstants } from '../constants.js';
import type { Call, Keyed, Lang, Props } from '../model.js';
import { compact, field, named } from '../tree.js';
import { binaryFallback, callParts, caConstant, isCaMethod, plainIdentifier, unparenthesized, type Member } from './shapes.js';

const MEMBER: Member = { type: 'attribute', object: 'object', member: 'attribute' };

function pythonString(node: Node): string | undefined {
  if (node.type === 'string') {
    const parts = named(node);
    if (parts.some((n) => n.type === 'interpolation')) return undefined;
    const start = parts.find((n) => n.type === 'string_start')?.text ?? '"';
    const end = parts.find((n) => n.type === 'string_end')?.text ?? '"';
    if (/b/i.test(start)) return undefined;
    return node.text.slice(start.length, node.text.length - end.length);
  }
  if (node.type === 'concatenated_string') {
    const parts = named(node).map(pythonString);
    return parts.every((p) => p !== undefined) ? parts.join('') : undefined;
  }
  return undefined;
}

/** A dict's `"key": value` pair whose key is a string. */
function dictPair(pair: Node): Keyed | undefined {
  const key = field(pair, 'key');
  const value = field(pair, 'value');
  const name = key && pythonString(key);
  return name && value ? { name, value } : undefined;
}

function pythonKeywords(call: Node): { keywords: Map<string, Node>; splats: Node[] } {
  const keywords = new Map<string, Node>();
  const splats: Node[] = [];
  for (const arg of named(field(call, 'arguments'))) {
    if (arg.type === 'keyword_argument') {
      const name = field(arg, 'name');
      const value = field(arg, 'value');
      if (name && value) keywords.set(name.text, value);
    } else if (arg.type === 'dictionary_splat') splats.push(arg);
  }
  return { keywords, splats };
}

export const python: Lang = {
  syntax: 'python',
  imports: (root) => descendants(root, 'import_statement', 'import_from_statement').map((i) => i.text),
  calls(root) {
    return descendants(root, 'call').flatMap((node): Call[] => {
      const fn = field(node, 'function');
      if (!fn || !['identifier', 'attribute'].includes(fn.type)) return [];
      const text = compact(fn.text);
      const path = text.split('.');
      const args = named(field(node, 'arguments')).filter((a) => !['keyword_argument', 'dictionary_splat', 'list_splat'].includes(a.type));
      return [
        { node, start: node, callee: text, path, isNew: /^[A-Z]/.test(path.at(-1) ?? ''), args, keywords: pythonKeywords(node).keywords },
      ];
    });
  },
  props(call, index, constants) {
    const props: Props = { entries: [], unknown: [] };
    const add = (node: Node, via: string[]): void => {
      const { keywords, splats } = pythonKeywords(node);
      for (const [name, value] of keywords) props.entries.push({ name, value, via });
      for (const splat of splats) {
        const inner = named(splat)[0];
        const constant = inner?.type === 'identifier' ? constants.get(inner.text, inner) : undefined;
        if (constant?.value.type === 'dictionary') {
          for (const pair of named(constant.value).filter((p) => p.type === 'pair')) {
            const property = dictPair(pair);
            if (property) props.entries.push({ ...property, via: [constants.hop(constant), ...via] });
          }
        } else if (constant?.value.type === 'call' && /^dict$/.test(field(constant.value, 'function')?.text ?? '')) {
          add(constant.value, [constants.hop(constant), ...via]);
        } else props.unknown.push(splat);
      }
    };
    add(call.node, []);
    // Pulumi's `aws.rds.Instance("db", aws.rds.InstanceArgs(…))` and CDK's `props=…Props(…)`.
    const positional = call.args[index];
    const propsArg = positional ?? call.keywords?.get('args') ?? call.keywords?.get('props');
    if (propsArg?.type === 'call' && /(?:Args|Props)$/.test(field(propsArg, 'function')?.text ?? '')) add(propsArg, []);
    else if (propsArg && propsArg !== positional) props.unknown.push(propsArg);
    else if (positional) props.unknown.push(positional);
    props.entries = props.entries.filter((e) => e.name !== 'args' && e.name !== 'props');
    return props;
  },
  literal: pythonString,
  interpolated: (node) => node.type === 'string' && named(node).some((n) => n.type === 'interpolation'),
  unwrap: unparenthesized,
  branches(node) {
    if (node.type !== 'conditional_expression') return undefined;
    const [a, , b] = named(node);
    return [a, b].filter((n): n is Node => !!n);
  },
  caRef(node) {
    if (node.type === 'call' && isCaMethod(field(node, 'function'), MEMBER, 'of')) {
      const args = named(field(node, 'arguments'));
      return { of: args.find((a) => a.type !== 'keyword_argument') ?? (args[0] && field(args[0], 'value')) ?? undefined };
    }
    return caConstant(node, MEMBER);
  },
  wrapped: () => undefined,
  identifier: plainIdentifier,
  callParts: (node) => callParts(node, 'call', (list) => named(list).filter((a) => a.type !== 'keyword_argument')),
  constants(root) {
    // Module-level names, and names a function assigns once (`props = dict(…)` in a stack's __init__).
    const assignments = descendants(root, 'expression_statement').flatMap((s) => named(s).filter((a) => a.type === 'assignment'));
    return identifierConstants(assignments, ['left', 'right'], ['function_definition', 'lambda', 'class_definition']);
  },
  keyed(root) {
    return [
      ...descendants(root, 'keyword_argument').flatMap((k) => {
        const name = field(k, 'name');
        const value = field(k, 'value');
        return name && value ? [{ name: name.text, value }] : [];
      }),
      // {"CACertificateIdentifier": "…"}: boto3 parameters built as a dict.
      ...descendants(root, 'pair').flatMap((p) => {
        const property = dictPair(p);
        return property ? [property] : [];
      }),
    ].sort((a, b) => a.value.startIndex - b.value.startIndex);
  },
  owner(value) {
    let node = value.parent;
    for (;;) {
      while (
        node &&
        ['keyword_argument', 'pair', 'dictionary', 'list', 'tuple', 'parenthesized_expression', 'dictionary_splat'].includes(node.type)
      )
        node = node.parent;
      if (node?.type !== 'argument_list' || node.parent?.type !== 'call') break;
      const call = node.parent;
      const fn = field(call, 'function');
      if (!fn) return undefined;
      if (fn.text !== 'dict') return { name: compact(fn.text), node: call };
      node = call.parent;
    }
    const left = node?.type === 'assignment' ? field(node, 'left') : undefined;
    return node && left && ['identifier', 'attribute'].includes(left.type) ? { name: compact(left.text), node, variable: true } : undefined;
  },
  testScopes(root) {
    return [
      ...descendants(root, 'function_definition').filter((f) => /^test/.test(field(f, 'name')?.text ?? '')),
      // unittest: every method of a TestCase (setUp builds what the tests compare).
      ...descendants(root, 'class_definition').filter((c) => /\bTestCase\b/.test(field(c, 'superclasses')?.text ?? '')),
      ...descendants(root, 'with_statement').filter((w) =>
        named(w).some((c) => c.type === 'with_clause' && /\b(?:raises|assertRaises\w*|assertWarns\w*)\s*\(/.test(c.text)),
      ),
      ...descendants(root, 'assert_statement'),
    ];
  },
  fallback: (node) => binaryFallback(node, ['boolean_operator'], ['or']),
};

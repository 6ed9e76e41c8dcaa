/**
 * The TypeScript/JavaScript adapter: `new X(…)` and calls, object-literal props, string and
 * template literals, `CaCertificate.X` and `.of(…)`, `const` declarations, Jest/Mocha-style
 * test blocks, `??` and `||` fallbacks.
 */
import { descendants, type Node } from '../../syntax.js';
import { identifierConstants } from '../constants.js';
import type { Call, Lang } from '../model.js';
import { compact, field, named } from '../tree.js';
import { binaryFallback, callParts, caReference, conditionalBranches, wrappedArgument, type Member } from './shapes.js';
import { objectProps, pairProperty, unwrapTypeScript } from './typescript-objects.js';

const MEMBER: Member = { type: 'member_expression', object: 'object', member: 'property' };

/** Jest, Mocha, Vitest, Jasmine, node:test: the blocks that hold tests. */
const TEST_BLOCKS = new Set([
  'describe',
  'it',
  'test',
  'suite',
  'beforeEach',
  'beforeAll',
  'afterEach',
  'afterAll',
  'before',
  'after',
  'fdescribe',
  'xdescribe',
  'fit',
  'xit',
]);

/** The first identifier of a callee: `it` of `it.each(t)`, `expect` of `expect(x).toThrow`. */
function rootName(text: string): string {
  return /^[A-Za-z_$][\w$]*/.exec(text)?.[0] ?? '';
}

/** The callee of a `new` or call expression. */
function calleeOf(node: Node): Node | undefined {
  return field(node, node.type === 'new_expression' ? 'constructor' : 'function');
}

/** A callee as one string, `?.` read as `.`. */
function calleeText(callee: Node): string {
  return compact(callee.text).replaceAll('?.', '.');
}

export const typescript: Lang = {
  syntax: 'typescript',
  imports: (root) => [
    ...descendants(root, 'import_statement').map((i) => field(i, 'source')?.text ?? ''),
    // CommonJS: require('aws-cdk-lib')
    ...descendants(root, 'call_expression')
      .filter((c) => field(c, 'function')?.text === 'require')
      .map((c) => named(field(c, 'arguments'))[0]?.text ?? ''),
  ],
  calls(root) {
    return descendants(root, 'new_expression', 'call_expression').flatMap((node): Call[] => {
      const callee = calleeOf(node);
      if (!callee || !['identifier', 'member_expression'].includes(callee.type)) return [];
      const text = calleeText(callee);
      return [
        {
          node,
          start: node,
          callee: text,
          path: text.split('.'),
          isNew: node.type === 'new_expression',
          args: named(field(node, 'arguments')),
        },
      ];
    });
  },
  props(call, index, constants) {
    return objectProps(call.args[index], [], constants, 0);
  },
  literal(node) {
    if (node.type === 'string') return node.text.slice(1, -1);
    if (node.type === 'template_string' && !named(node).some((n) => n.type === 'template_substitution')) return node.text.slice(1, -1);
    return undefined;
  },
  interpolated: (node) => node.type === 'template_string',
  unwrap: unwrapTypeScript,
  branches: (node) => conditionalBranches(node, 'ternary_expression'),
  caRef: (node) => caReference(node, 'call_expression', MEMBER, 'of'),
  wrapped: wrappedArgument,
  identifier: (node) => (node.type === 'identifier' || node.type === 'shorthand_property_identifier' ? node.text : undefined),
  callParts: (node) => callParts(node, 'call_expression'),
  constants(root) {
    const declarators = descendants(root, 'lexical_declaration')
      .filter((d) => d.child(0)?.text === 'const')
      .flatMap((d) => named(d).filter((n) => n.type === 'variable_declarator'));
    return identifierConstants(declarators, ['name', 'value'], ['statement_block', 'class_body', 'switch_case']);
  },
  keyed(root) {
    return descendants(root, 'pair').flatMap((p) => {
      const property = pairProperty(p);
      return property ? [property] : [];
    });
  },
  owner(value) {
    let node = value.parent;
    while (
      node &&
      ['pair', 'object', 'array', 'parenthesized_expression', 'as_expression', 'satisfies_expression', 'spread_element'].includes(node.type)
    )
      node = node.parent;
    if (node?.type === 'arguments' && node.parent && ['call_expression', 'new_expression'].includes(node.parent.type)) {
      const call = node.parent;
      const callee = calleeOf(call);
      return callee ? { name: calleeText(callee), node: call } : undefined;
    }
    const name =
      node?.type === 'variable_declarator' ? field(node, 'name') : node?.type === 'assignment_expression' ? field(node, 'left') : undefined;
    return node && name && ['identifier', 'member_expression'].includes(name.type)
      ? { name: compact(name.text), node, variable: true }
      : undefined;
  },
  testScopes(root) {
    return descendants(root, 'call_expression').filter((c) => {
      const fn = field(c, 'function');
      return (
        !!fn &&
        TEST_BLOCKS.has(rootName(fn.text)) &&
        named(field(c, 'arguments')).some((a) => ['arrow_function', 'function_expression', 'function'].includes(a.type))
      );
    });
  },
  fallback: (node) => binaryFallback(node, ['binary_expression'], ['??', '||']),
};

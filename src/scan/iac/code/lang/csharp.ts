/**
 * The C# adapter: `new X(…) { A = … }` and target-typed `new() { … }` initializers, invocations,
 * regular, verbatim, raw and interpolated strings, `CaCertificate` references, `const` and
 * `readonly` declarations, xUnit/NUnit/MSTest test methods, `??` fallbacks.
 */
import { descendants, type Node } from '../../syntax.js';
import { declared } from '../constants.js';
import type { Call, Keyed, Lang } from '../model.js';
import { compact, field, named } from '../tree.js';
import { binaryFallback, callParts, caReference, conditionalBranches, plainIdentifier, typeName, uncast, type Member } from './shapes.js';

const MEMBER: Member = { type: 'member_access_expression', object: 'expression', member: 'name' };

function csharpArgs(list: Node | undefined): Node[] {
  // `this` is an unnamed node in C#'s grammar: the argument's last child, named or not, is its value.
  return named(list)
    .filter((a) => a.type === 'argument')
    .map((a) => a.child(a.childCount - 1))
    .filter((n): n is Node => !!n);
}

function csharpString(node: Node): string | undefined {
  if (node.type === 'string_literal')
    return named(node)
      .map((n) => n.text)
      .join('');
  if (node.type === 'verbatim_string_literal') return node.text.slice(2, -1).replaceAll('""', '"');
  if (node.type === 'raw_string_literal') return node.text.replace(/^"+/, '').replace(/"+$/, '').trim();
  if (
    node.type === 'interpolated_string_expression' &&
    !named(node).some((n) => n.type === 'interpolation') &&
    !node.text.startsWith('$@') &&
    !node.text.startsWith('@$')
  ) {
    return named(node)
      .filter((n) => n.type === 'string_content')
      .map((n) => n.text)
      .join('');
  }
  return undefined;
}

/** `Name = value` in an object initializer. */
function assignment(node: Node): Keyed | undefined {
  const left = field(node, 'left');
  const right = field(node, 'right');
  return left?.type === 'identifier' && right ? { name: left.text, value: right } : undefined;
}

function csharpCall(node: Node): Call | undefined {
  const isNew = node.type === 'object_creation_expression';
  const callee = field(node, isNew ? 'type' : 'function');
  if (!callee || (!isNew && !['identifier', 'member_access_expression'].includes(callee.type))) return undefined;
  const text = isNew ? typeName(callee) : compact(callee.text);
  return { node, start: node, callee: text, path: text.split('.'), isNew, args: csharpArgs(field(node, 'arguments')) };
}

export const csharp: Lang = {
  syntax: 'c-sharp',
  imports: (root) => descendants(root, 'using_directive').map((i) => i.text),
  calls(root) {
    return descendants(root, 'object_creation_expression', 'invocation_expression').flatMap((node): Call[] => {
      const call = csharpCall(node);
      return call ? [call] : [];
    });
  },
  props(call, index) {
    const arg = call.args[index];
    if (!arg) return { entries: [], unknown: [] };
    if (arg.type === 'object_creation_expression' || arg.type === 'implicit_object_creation_expression') {
      const init =
        arg.type === 'object_creation_expression' ? field(arg, 'initializer') : named(arg).find((n) => n.type === 'initializer_expression');
      const entries = named(init)
        .filter((a) => a.type === 'assignment_expression')
        .flatMap((a) => {
          const property = assignment(a);
          return property ? [{ ...property, via: [] }] : [];
        });
      return { entries, unknown: [] };
    }
    return { entries: [], unknown: [arg] };
  },
  literal: csharpString,
  interpolated: (node) => node.type === 'interpolated_string_expression',
  unwrap: uncast,
  branches: (node) => conditionalBranches(node, 'conditional_expression'),
  caRef: (node) => caReference(node, 'invocation_expression', MEMBER, 'Of', csharpArgs),
  wrapped: () => undefined,
  identifier: plainIdentifier,
  callParts: (node) => callParts(node, 'invocation_expression', csharpArgs),
  constants(root) {
    return descendants(root, 'field_declaration', 'local_declaration_statement')
      .filter((d) => named(d).some((n) => n.type === 'modifier' && /^(?:const|readonly)$/.test(n.text)))
      .flatMap((d) => descendants(d, 'variable_declarator'))
      .flatMap((v) => {
        const name = field(v, 'name');
        const value = named(v)
          .filter((n) => !n.equals(name!))
          .at(-1);
        const init = value?.type === 'equals_value_clause' ? named(value)[0] : value;
        return name && init ? [declared(name.text, init, v)] : [];
      });
  },
  keyed(root) {
    return descendants(root, 'assignment_expression').flatMap((a) => {
      const property = a.parent?.type === 'initializer_expression' ? assignment(a) : undefined;
      return property ? [property] : [];
    });
  },
  owner(value) {
    const init = value.parent?.type === 'assignment_expression' ? value.parent.parent : undefined;
    const creation = init?.type === 'initializer_expression' ? init.parent : undefined;
    const type = creation?.type === 'object_creation_expression' ? field(creation, 'type') : undefined;
    return creation && type ? { name: typeName(type), node: creation } : undefined;
  },
  testScopes(root) {
    return descendants(root, 'method_declaration').filter((m) =>
      named(m).some(
        (n) => n.type === 'attribute_list' && /^\[\s*(?:\w+\.)*(?:Fact|Theory|Test|TestMethod|TestCase|DataTestMethod)\b/.test(n.text),
      ),
    );
  },
  fallback: (node) => binaryFallback(node, ['binary_expression'], ['??']),
};

/**
 * The Java adapter: `new X(…)`, CDK's `X.Builder.create(…).a(…).build()` and
 * `X.builder().a(…).build()` chains, string and text-block literals, `CaCertificate` references,
 * `final` fields and locals, JUnit test methods.
 */
import { descendants, type Node } from '../../syntax.js';
import { declared } from '../constants.js';
import type { Call, Entry, Lang } from '../model.js';
import { ancestor, compact, field, named } from '../tree.js';
import { caConstant, conditionalBranches, isCaMethod, plainIdentifier, typeName, uncast, type Member } from './shapes.js';

const FIELD: Member = { type: 'field_access', object: 'object', member: 'field' };
/** A method call is a member access too: `CaCertificate.of(…)`. */
const INVOCATION: Member = { type: 'method_invocation', object: 'object', member: 'name' };

/** The calls chained onto a call (`.a(…).b(…)`), innermost first. */
function chainedCalls(node: Node): Node[] {
  const chained: Node[] = [];
  for (let outer = node; outer.parent?.type === 'method_invocation' && field(outer.parent, 'object')?.equals(outer);) {
    outer = outer.parent;
    chained.push(outer);
  }
  return chained;
}

/** A builder's property call: `.caCertificateIdentifier("…")` (one argument, not `.build()`). */
function builderProperty(call: Node): Entry[] {
  const args = named(field(call, 'arguments'));
  const name = field(call, 'name')?.text ?? '';
  return name !== 'build' && args.length === 1 ? [{ name, value: args[0], via: [] }] : [];
}

/** `X.builder().a(…).b(…).build()` read from the outside in: the property calls, or undefined when it is no builder. */
function javaBuilder(node: Node): Entry[] | undefined {
  const entries: Entry[] = [];
  let current: Node | undefined = node;
  while (current?.type === 'method_invocation') {
    if (field(current, 'name')?.text === 'builder' && named(field(current, 'arguments')).length === 0) return entries.reverse();
    entries.push(...builderProperty(current));
    current = field(current, 'object');
  }
  return undefined;
}

/** A method call's callee as written: `rds.modifyDBInstance`, `build`. */
function invocationCallee(call: Node): string {
  const object = field(call, 'object');
  const name = field(call, 'name')?.text ?? '';
  return object ? `${compact(object.text)}.${name}` : name;
}

function javaString(node: Node): string | undefined {
  if (node.type !== 'string_literal') return undefined;
  return node.text.startsWith('"""') ? node.text.slice(3, -3).trim() : node.text.slice(1, -1);
}

function javaCalls(root: Node): Call[] {
  const calls: Call[] = [];
  for (const node of descendants(root, 'object_creation_expression', 'method_invocation')) {
    if (node.type === 'object_creation_expression') {
      const type = field(node, 'type');
      if (!type) continue;
      const text = typeName(type);
      calls.push({ node, start: node, callee: text, path: text.split('.'), isNew: true, args: named(field(node, 'arguments')) });
      continue;
    }
    const object = field(node, 'object');
    const name = field(node, 'name')?.text ?? '';
    if (!object) continue;
    const qualifier = compact(object.text);
    if (name === 'create' && qualifier.endsWith('.Builder')) {
      // CfnDBInstance.Builder.create(this, "Db").caCertificateIdentifier("…").build()
      const chained = chainedCalls(node);
      const callee = qualifier.slice(0, -'.Builder'.length);
      calls.push({
        node: chained.at(-1) ?? node,
        start: node,
        callee,
        path: callee.split('.'),
        isNew: true,
        args: named(field(node, 'arguments')),
        chain: chained.flatMap(builderProperty),
      });
    } else if (['identifier', 'field_access'].includes(object.type)) {
      calls.push({
        node,
        start: node,
        callee: `${qualifier}.${name}`,
        path: [...qualifier.split('.'), name],
        isNew: false,
        args: named(field(node, 'arguments')),
      });
    }
  }
  return calls.sort((a, b) => a.start.startIndex - b.start.startIndex);
}

export const java: Lang = {
  syntax: 'java',
  imports: (root) => descendants(root, 'import_declaration').map((i) => i.text),
  calls: javaCalls,
  props(call, index) {
    if (call.chain) return { entries: call.chain, unknown: [] };
    const arg = call.args[index];
    if (!arg) return { entries: [], unknown: [] };
    const entries = javaBuilder(arg);
    return entries ? { entries, unknown: [] } : { entries: [], unknown: [arg] };
  },
  literal: javaString,
  interpolated: () => false,
  unwrap: uncast,
  branches: (node) => conditionalBranches(node, 'ternary_expression'),
  caRef(node) {
    if (isCaMethod(node, INVOCATION, 'of')) return { of: named(field(node, 'arguments'))[0] };
    return caConstant(node, FIELD);
  },
  wrapped: () => undefined,
  identifier: plainIdentifier,
  callParts: (node) =>
    node.type === 'method_invocation' ? { callee: invocationCallee(node), args: named(field(node, 'arguments')) } : undefined,
  constants(root) {
    return descendants(root, 'field_declaration', 'local_variable_declaration')
      .filter((d) => named(d).some((n) => n.type === 'modifiers' && /\bfinal\b/.test(n.text)))
      .flatMap((d) => named(d).filter((n) => n.type === 'variable_declarator'))
      .flatMap((v) => {
        const name = field(v, 'name');
        const value = field(v, 'value');
        return name && value ? [declared(name.text, value, v)] : [];
      });
  },
  keyed(root) {
    return descendants(root, 'method_invocation').flatMap((m) => {
      const args = named(field(m, 'arguments'));
      const name = field(m, 'name')?.text;
      return name && args.length === 1 && field(m, 'object') ? [{ name, value: args[0] }] : [];
    });
  },
  owner(value) {
    // X.builder().a(…).caCertificateIdentifier(…): X; new X().withY(…): X; rds.modifyDBInstance(b -> b.y(…)): rds.modifyDBInstance.
    const call = value.parent?.type === 'argument_list' ? value.parent.parent : undefined;
    if (call?.type !== 'method_invocation') return undefined;
    const outer = chainedCalls(call).at(-1) ?? call;
    let current = field(call, 'object');
    while (current?.type === 'method_invocation') {
      const object = field(current, 'object');
      if (field(current, 'name')?.text === 'builder' && object && !named(field(current, 'arguments')).length)
        return { name: compact(object.text), node: outer };
      current = object;
    }
    if (current?.type === 'object_creation_expression') {
      const type = field(current, 'type');
      return type ? { name: typeName(type), node: outer } : undefined;
    }
    if (current?.type === 'identifier') {
      const lambda = ancestor(current, ['lambda_expression']);
      const list = lambda?.parent;
      const host = list?.type === 'argument_list' ? list.parent : undefined;
      if (lambda && host?.type === 'method_invocation' && field(lambda, 'parameters')?.text.replace(/[()\s]/g, '') === current.text)
        return { name: invocationCallee(host), node: host };
    }
    return undefined;
  },
  testScopes(root) {
    return descendants(root, 'method_declaration').filter((m) =>
      named(m).some((n) => n.type === 'modifiers' && /@(?:Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/.test(n.text)),
    );
  },
  fallback: () => undefined,
};

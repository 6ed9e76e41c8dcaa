/**
 * Syntax shapes several languages share, so each adapter states only what is its own:
 * `CaCertificate` qualifiers, wrapper calls (`jsii.String(…)`), call expressions with
 * `function` and `arguments` fields, conditionals, parentheses and casts, binary fallbacks,
 * generic type names.
 */
import type { Node } from '../../syntax.js';
import type { CaRef } from '../model.js';
import { compact, field, lastSegment, named } from '../tree.js';

/** CDK's `CaCertificate` constant names: `RDS_CA_2019`, `RDS_CA_RSA2048_G1`. */
export const CA_CONSTANT_NAME = /^[A-Z][A-Z0-9_]*$/;

const WRAPPERS = new Set(['jsii.String', 'pulumi.String', 'pulumi.StringPtr', 'aws.String']);

/** Whether a qualifier names CDK's `CaCertificate` class (`rds.CaCertificate`, `CaCertificate`). */
function isCaCertificate(qualifier: Node | undefined): boolean {
  return !!qualifier && lastSegment(compact(qualifier.text)) === 'CaCertificate';
}

/** How a grammar writes `a.b`: the node type, and the fields that hold `a` and `b`. */
export interface Member {
  type: string;
  object: string;
  member: string;
}

/** `CaCertificate.RDS_CA_2019`, written as a member access of a grammar: the constant's name. */
export function caConstant(node: Node, member: Member): CaRef | undefined {
  if (node.type !== member.type) return undefined;
  const name = field(node, member.member)?.text ?? '';
  return CA_CONSTANT_NAME.test(name) && isCaCertificate(field(node, member.object)) ? { constant: name } : undefined;
}

/** Whether `node` is `CaCertificate.<method>` (`of`, C#'s `Of`), written as a member access of a grammar. */
export function isCaMethod(node: Node | undefined, member: Member, method: string): boolean {
  return node?.type === member.type && field(node, member.member)?.text === method && isCaCertificate(field(node, member.object));
}

/**
 * `CaCertificate.X` or `CaCertificate.<method>(x)`, for a grammar whose calls of type `call` have
 * fields `function` and `arguments`.
 */
export function caReference(
  node: Node,
  call: string,
  member: Member,
  method: string,
  argsOf: (list: Node | undefined) => Node[] = named,
): CaRef | undefined {
  if (node.type === call && isCaMethod(field(node, 'function'), member, method)) return { of: argsOf(field(node, 'arguments'))[0] };
  return caConstant(node, member);
}

/** A plain identifier's name. */
export function plainIdentifier(node: Node): string | undefined {
  return node.type === 'identifier' ? node.text : undefined;
}

/** A generic type's name without its type arguments: `List<String>` → `List`. */
export function typeName(type: Node): string {
  return compact(type.text).replace(/<.*>$/, '');
}

/** `a ?? b`, `a or b`: a binary expression of one of `types` whose operator is one of `operators`. */
export function binaryFallback(node: Node, types: string[], operators: string[]): [Node, Node] | undefined {
  if (!types.includes(node.type)) return undefined;
  const left = field(node, 'left');
  const right = field(node, 'right');
  const operator = field(node, 'operator')?.text;
  return left && right && operator && operators.includes(operator) ? [left, right] : undefined;
}

/** The consequence and alternative of a conditional expression of type `type`. */
export function conditionalBranches(node: Node, type: string): Node[] | undefined {
  return node.type === type ? [field(node, 'consequence'), field(node, 'alternative')].filter((n): n is Node => !!n) : undefined;
}

/** The expression inside parentheses. */
export function unparenthesized(node: Node): Node | undefined {
  return node.type === 'parenthesized_expression' ? named(node)[0] : undefined;
}

/** The expression inside parentheses or a cast (Java, C#). */
export function uncast(node: Node): Node | undefined {
  return node.type === 'parenthesized_expression' ? named(node)[0] : node.type === 'cast_expression' ? field(node, 'value') : undefined;
}

/** The callee and arguments of a call of type `type` whose fields are `function` and `arguments` (all but Java). */
export function callParts(
  node: Node,
  type: string,
  argsOf: (list: Node | undefined) => Node[] = named,
): { callee: string; args: Node[] } | undefined {
  if (node.type !== type) return undefined;
  const fn = field(node, 'function');
  return fn ? { callee: compact(fn.text), args: argsOf(field(node, 'arguments')) } : undefined;
}

/** TypeScript and Go: `jsii.String(x)`, `pulumi.String(x)`, `aws.String(x)`: x. */
export function wrappedArgument(node: Node): Node | undefined {
  if (node.type !== 'call_expression') return undefined;
  const fn = field(node, 'function');
  return fn && WRAPPERS.has(compact(fn.text)) ? named(field(node, 'arguments'))[0] : undefined;
}

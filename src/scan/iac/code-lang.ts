/**
 * The shapes of program code that carry a database's CA, read from tree-sitter trees in each
 * language CDK and Pulumi programs are written in: constructor calls and their properties
 * (object literals, keyword arguments, Java builders, C# initializers, Go composite literals),
 * string literals, `CaCertificate` references, conditionals, wrappers such as `jsii.String(…)`
 * and same-file constants. Structure comes from the tree only; comments are their own nodes and
 * never match.
 */
import { descendants, type Node } from './syntax.js';

export type CodeSyntax = 'typescript' | 'python' | 'go' | 'java' | 'c-sharp';

/** A call that may construct something: `new rds.CfnDBInstance(…)`, `rds.ClusterInstance.provisioned(…)`, `awsrds.NewCfnDBInstance(…)`. */
export interface Call {
  /** The whole expression (for a Java builder, the outermost call of the chain). */
  node: Node;
  /** Where the call starts. */
  start: Node;
  /** The callee as written, whitespace removed: `rds.CfnDBInstance`, `CfnDBInstance` (Java builder), `awsrds.NewCfnDBInstance`. */
  callee: string;
  /** The callee's path with Go's conventions undone: `NewCfnDBInstance` → `CfnDBInstance`, `ClusterInstance_Provisioned` → `ClusterInstance`, `provisioned`. */
  path: string[];
  /** A constructor (`new`, a Python class call, Go `NewX`, Java `X.Builder.create`), not a method call. */
  isNew: boolean;
  /** Positional arguments. */
  args: Node[];
  /** Python keyword arguments, by name. */
  keywords?: Map<string, Node>;
  /** Java `X.Builder.create(…).a(…).b(…)`: the chained property calls. */
  chain?: Entry[];
}

/** A property given to a construct: `caCertificateIdentifier: 'rds-ca-2019'`. */
export interface Entry {
  /** As written: `caCertificateIdentifier`, `ca_cert_identifier`, `CaCertIdentifier`. */
  name: string;
  value: Node;
  /** Same-file objects the property was spread from (`...instanceProps`), innermost first. */
  via: string[];
}

export interface Props {
  entries: Entry[];
  /** Properties the file does not show: `...props`, `**kwargs`, a props variable built elsewhere. */
  unknown: Node[];
}

/** A same-file constant: its value and the line it is declared on. */
export interface Constant {
  name: string;
  value: Node;
  line: number;
  /** The function or block the name is declared in (none: the whole file). */
  scope?: Node;
}

/** What a `name: value` is written in: a call's or a type's properties, or an object assigned to a variable. */
export interface Owner {
  /** The callee or type as written (`rds.modify_db_instance`, `ModifyDBInstanceCommand`, `rds.ModifyDBInstanceInput`), or the variable. */
  name: string;
  /** The call or literal; for a variable, its declaration. */
  node: Node;
  variable?: true;
}

export type CaRef = { constant: string } | { of: Node | undefined };

export interface Lang {
  syntax: CodeSyntax;
  /** Every call or creation expression in the file, in source order. */
  calls(root: Node): Call[];
  /** The properties of a call: from positional argument `index` (or keywords, or a builder chain). */
  props(call: Call, index: number, constants: ConstantTable): Props;
  /** The text of a string literal without substitutions. */
  literal(node: Node): string | undefined;
  /** A string with substitutions (template literal, f-string, C# `$"…"`). */
  interpolated(node: Node): boolean;
  /** Parentheses, casts and type assertions removed. */
  unwrap(node: Node): Node | undefined;
  /** The branches of a conditional expression. */
  branches(node: Node): Node[] | undefined;
  /** `CaCertificate.RDS_CA_2019`, `CaCertificate.of(x)`, Go `awsrds.CaCertificate_RDS_CA_2019()`. */
  caRef(node: Node): CaRef | undefined;
  /** The node types `caRef` may match. */
  refTypes: string[];
  /** The modules the file imports, as written: `aws-cdk-lib/aws-rds`, `pulumi_aws`. */
  imports(root: Node): string[];
  /** `jsii.String(x)`, `pulumi.String(x)`, `aws.String(x)`: x. */
  wrapped(node: Node): Node | undefined;
  /** The name a plain identifier refers to. */
  identifier(node: Node): string | undefined;
  /** The callee and arguments of a call expression, for saying what a computed value needs. */
  callParts(node: Node): { callee: string; args: Node[] } | undefined;
  /** Same-file constants with an initializer (a name declared twice is left out: it is not one value). */
  constants(root: Node): Constant[];
  /** Every `name: value` written in the file (object pair, keyword argument, builder call, initializer, keyed element). */
  keyed(root: Node): Array<{ name: string; value: Node }>;
  /** The property name a value is written under, if any. */
  keyOf(value: Node): string | undefined;
  /** What a keyed value is a property of: the call, typed literal or builder, or the variable an object is assigned to. */
  owner(value: Node): Owner | undefined;
  /** Test code: test functions and blocks (`it(…)`, `def test_…`, `@Test`, `func TestX`), `with pytest.raises(…)`, `assert …`. */
  testScopes(root: Node): Node[];
  /** `a ?? b`, `a || b`, `a or b`: the value and its fallback. */
  fallback(node: Node): [Node, Node] | undefined;
}

/** The first identifier of a callee: `it` of `it.each(t)`, `expect` of `expect(x).toThrow`. */
function rootName(text: string): string {
  return /^[A-Za-z_$][\w$]*/.exec(text)?.[0] ?? '';
}

function binaryFallback(node: Node, types: string[], operators: string[]): [Node, Node] | undefined {
  if (!types.includes(node.type)) return undefined;
  const left = field(node, 'left');
  const right = field(node, 'right');
  const operator = field(node, 'operator')?.text;
  return left && right && operator && operators.includes(operator) ? [left, right] : undefined;
}

export class ConstantTable {
  private readonly byName = new Map<string, Constant[]>();
  constructor(
    constants: Constant[],
    private readonly file: string,
  ) {
    for (const c of constants) this.byName.set(c.name, [...(this.byName.get(c.name) ?? []), c]);
  }
  /**
   * The constant a name refers to at a place: among its declarations in scopes around `at`, the
   * innermost; a name declared twice in that scope is not one value.
   */
  get(name: string, at?: Node): Constant | undefined {
    const declared = this.byName.get(name) ?? [];
    if (!at) return declared.length === 1 ? declared[0] : undefined;
    const visible = declared.filter((c) => !c.scope || within(c.scope, at));
    const size = (c: Constant): number => (c.scope ? c.scope.endIndex - c.scope.startIndex : Infinity);
    const innermost = Math.min(...visible.map(size));
    const found = visible.filter((c) => size(c) === innermost);
    return found.length === 1 ? found[0] : undefined;
  }
  /** Every declaration of every name (for finding a variable's uses). */
  all(): Constant[] {
    return [...this.byName.values()].flat();
  }
  /** How a value travels through the constant: `CA (lib/db.ts:3)`. */
  hop(constant: Constant): string {
    return `${constant.name} (${this.file}:${constant.line})`;
  }
}

const WRAPPERS = new Set(['jsii.String', 'pulumi.String', 'pulumi.StringPtr', 'aws.String']);
const UPPER = /^[A-Z][A-Z0-9_]*$/;

function within(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** The nearest ancestor of one of `types`. */
function ancestor(node: Node, types: string[]): Node | undefined {
  for (let p = node.parent; p; p = p.parent) if (types.includes(p.type)) return p;
  return undefined;
}

function named(node: Node | null | undefined): Node[] {
  return node ? node.namedChildren.filter((n) => n.type !== 'comment') : [];
}

function field(node: Node, name: string): Node | undefined {
  return node.childForFieldName(name) ?? undefined;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

function lastSegment(text: string): string {
  return text.slice(text.lastIndexOf('.') + 1);
}

function isCaCertificate(qualifier: Node | undefined): boolean {
  return !!qualifier && lastSegment(compact(qualifier.text)) === 'CaCertificate';
}

/* ---------------------------------- TypeScript / JavaScript ---------------------------------- */

const typescript: Lang = {
  syntax: 'typescript',
  refTypes: ['member_expression', 'call_expression'],
  imports: (root) => [
    ...descendants(root, 'import_statement').map((i) => field(i, 'source')?.text ?? ''),
    // CommonJS: require('aws-cdk-lib')
    ...descendants(root, 'call_expression')
      .filter((c) => field(c, 'function')?.text === 'require')
      .map((c) => named(field(c, 'arguments'))[0]?.text ?? ''),
  ],
  calls(root) {
    return descendants(root, 'new_expression', 'call_expression').flatMap((node): Call[] => {
      const callee = field(node, node.type === 'new_expression' ? 'constructor' : 'function');
      if (!callee || !['identifier', 'member_expression'].includes(callee.type)) return [];
      const text = compact(callee.text).replaceAll('?.', '.');
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
  unwrap(node) {
    if (['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression'].includes(node.type))
      return named(node)[0];
    if (node.type === 'type_assertion') return named(node).at(-1);
    return undefined;
  },
  branches: (node) =>
    node.type === 'ternary_expression' ? [field(node, 'consequence'), field(node, 'alternative')].filter((n): n is Node => !!n) : undefined,
  caRef(node) {
    if (node.type === 'member_expression') {
      const property = field(node, 'property')?.text ?? '';
      if (UPPER.test(property) && isCaCertificate(field(node, 'object'))) return { constant: property };
    }
    if (node.type === 'call_expression') {
      const fn = field(node, 'function');
      if (fn?.type === 'member_expression' && field(fn, 'property')?.text === 'of' && isCaCertificate(field(fn, 'object')))
        return { of: named(field(node, 'arguments'))[0] };
    }
    return undefined;
  },
  wrapped(node) {
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    return fn && WRAPPERS.has(compact(fn.text)) ? named(field(node, 'arguments'))[0] : undefined;
  },
  identifier: (node) => (node.type === 'identifier' || node.type === 'shorthand_property_identifier' ? node.text : undefined),
  callParts(node) {
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    return fn ? { callee: compact(fn.text), args: named(field(node, 'arguments')) } : undefined;
  },
  constants(root) {
    return descendants(root, 'lexical_declaration')
      .filter((d) => d.child(0)?.text === 'const')
      .flatMap((d) => named(d).filter((n) => n.type === 'variable_declarator'))
      .flatMap((v) => {
        const name = field(v, 'name');
        const value = field(v, 'value');
        const scope = ancestor(v, ['statement_block', 'class_body', 'switch_case']);
        return name?.type === 'identifier' && value
          ? [{ name: name.text, value, line: v.startPosition.row + 1, ...(scope ? { scope } : {}) }]
          : [];
      });
  },
  keyed(root) {
    return descendants(root, 'pair').flatMap((p) => {
      const key = field(p, 'key');
      const value = field(p, 'value');
      const name = key && propertyName(key);
      return name && value ? [{ name, value }] : [];
    });
  },
  keyOf(value) {
    const parent = value.parent;
    if (value.type === 'shorthand_property_identifier') return value.text;
    if (parent?.type === 'pair' && field(parent, 'value')?.equals(value)) {
      const key = field(parent, 'key');
      return key ? propertyName(key) : undefined;
    }
    return undefined;
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
      const callee = field(call, call.type === 'new_expression' ? 'constructor' : 'function');
      return callee ? { name: compact(callee.text).replaceAll('?.', '.'), node: call } : undefined;
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
        TS_TEST_BLOCKS.has(rootName(fn.text)) &&
        named(field(c, 'arguments')).some((a) => ['arrow_function', 'function_expression', 'function'].includes(a.type))
      );
    });
  },
  fallback: (node) => binaryFallback(node, ['binary_expression'], ['??', '||']),
};

/** Jest, Mocha, Vitest, Jasmine, node:test: the blocks that hold tests. */
const TS_TEST_BLOCKS = new Set([
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

function propertyName(key: Node): string | undefined {
  if (key.type === 'property_identifier' || key.type === 'identifier') return key.text;
  if (key.type === 'string') return key.text.slice(1, -1);
  return undefined;
}

/** Properties of a TypeScript object literal, following spreads and identifiers to same-file constants. */
function objectProps(node: Node | undefined, via: string[], constants: ConstantTable, depth: number): Props {
  const props: Props = { entries: [], unknown: [] };
  if (!node) return props;
  while (typescript.unwrap(node)) node = typescript.unwrap(node)!;
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
      const key = field(child, 'key');
      const value = field(child, 'value');
      const name = key && propertyName(key);
      if (name && value) props.entries.push({ name, value, via });
      else if (key?.type === 'computed_property_name') props.unknown.push(child);
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

/* ------------------------------------------ Python ------------------------------------------- */

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

const python: Lang = {
  syntax: 'python',
  refTypes: ['attribute', 'call'],
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
            const key = field(pair, 'key');
            const value = field(pair, 'value');
            const name = key && pythonString(key);
            if (name && value) props.entries.push({ name, value, via: [constants.hop(constant), ...via] });
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
  unwrap: (node) => (node.type === 'parenthesized_expression' ? named(node)[0] : undefined),
  branches(node) {
    if (node.type !== 'conditional_expression') return undefined;
    const [a, , b] = named(node);
    return [a, b].filter((n): n is Node => !!n);
  },
  caRef(node) {
    if (node.type === 'attribute') {
      const attribute = field(node, 'attribute')?.text ?? '';
      if (UPPER.test(attribute) && isCaCertificate(field(node, 'object'))) return { constant: attribute };
    }
    if (node.type === 'call') {
      const fn = field(node, 'function');
      if (fn?.type === 'attribute' && field(fn, 'attribute')?.text === 'of' && isCaCertificate(field(fn, 'object'))) {
        const args = named(field(node, 'arguments'));
        return { of: args.find((a) => a.type !== 'keyword_argument') ?? (args[0] && field(args[0], 'value')) ?? undefined };
      }
    }
    return undefined;
  },
  wrapped: () => undefined,
  identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
  callParts(node) {
    if (node.type !== 'call') return undefined;
    const fn = field(node, 'function');
    return fn
      ? { callee: compact(fn.text), args: named(field(node, 'arguments')).filter((a) => a.type !== 'keyword_argument') }
      : undefined;
  },
  constants(root) {
    // Module-level names, and names a function assigns once (`props = dict(…)` in a stack's __init__).
    return descendants(root, 'expression_statement')
      .flatMap((s) => named(s).filter((a) => a.type === 'assignment'))
      .flatMap((a) => {
        const left = field(a, 'left');
        const right = field(a, 'right');
        const scope = ancestor(a, ['function_definition', 'lambda', 'class_definition']);
        return left?.type === 'identifier' && right
          ? [{ name: left.text, value: right, line: a.startPosition.row + 1, ...(scope ? { scope } : {}) }]
          : [];
      });
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
        const key = field(p, 'key');
        const value = field(p, 'value');
        const name = key && pythonString(key);
        return name && value ? [{ name, value }] : [];
      }),
    ].sort((a, b) => a.value.startIndex - b.value.startIndex);
  },
  keyOf(value) {
    const parent = value.parent;
    if (parent?.type === 'pair' && field(parent, 'value')?.equals(value)) {
      const key = field(parent, 'key');
      return key ? pythonString(key) : undefined;
    }
    return parent?.type === 'keyword_argument' && field(parent, 'value')?.equals(value) ? field(parent, 'name')?.text : undefined;
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

/* ------------------------------------------- Java -------------------------------------------- */

/** `X.builder().a(…).b(…).build()` read from the outside in: the property calls, or undefined when it is no builder. */
function javaBuilder(node: Node): Entry[] | undefined {
  const entries: Entry[] = [];
  let current: Node | undefined = node;
  while (current?.type === 'method_invocation') {
    const name = field(current, 'name')?.text ?? '';
    const args = named(field(current, 'arguments'));
    if (name === 'builder' && args.length === 0) return entries.reverse();
    if (name !== 'build' && args.length === 1) entries.push({ name, value: args[0], via: [] });
    current = field(current, 'object');
  }
  return undefined;
}

function javaString(node: Node): string | undefined {
  if (node.type !== 'string_literal') return undefined;
  return node.text.startsWith('"""') ? node.text.slice(3, -3).trim() : node.text.slice(1, -1);
}

const java: Lang = {
  syntax: 'java',
  refTypes: ['field_access', 'method_invocation'],
  imports: (root) => descendants(root, 'import_declaration').map((i) => i.text),
  calls(root) {
    const calls: Call[] = [];
    for (const node of descendants(root, 'object_creation_expression', 'method_invocation')) {
      if (node.type === 'object_creation_expression') {
        const type = field(node, 'type');
        if (!type) continue;
        const text = compact(type.text).replace(/<.*>$/, '');
        calls.push({ node, start: node, callee: text, path: text.split('.'), isNew: true, args: named(field(node, 'arguments')) });
        continue;
      }
      const object = field(node, 'object');
      const name = field(node, 'name')?.text ?? '';
      if (!object) continue;
      const qualifier = compact(object.text);
      if (name === 'create' && qualifier.endsWith('.Builder')) {
        // CfnDBInstance.Builder.create(this, "Db").caCertificateIdentifier("…").build()
        const chain: Entry[] = [];
        let outer = node;
        while (outer.parent?.type === 'method_invocation' && field(outer.parent, 'object')?.equals(outer)) {
          outer = outer.parent;
          const args = named(field(outer, 'arguments'));
          const method = field(outer, 'name')?.text ?? '';
          if (method !== 'build' && args.length === 1) chain.push({ name: method, value: args[0], via: [] });
        }
        const callee = qualifier.slice(0, -'.Builder'.length);
        calls.push({
          node: outer,
          start: node,
          callee,
          path: callee.split('.'),
          isNew: true,
          args: named(field(node, 'arguments')),
          chain,
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
  },
  props(call, index) {
    if (call.chain) return { entries: call.chain, unknown: [] };
    const arg = call.args[index];
    if (!arg) return { entries: [], unknown: [] };
    const entries = javaBuilder(arg);
    return entries ? { entries, unknown: [] } : { entries: [], unknown: [arg] };
  },
  literal: javaString,
  interpolated: () => false,
  unwrap: (node) =>
    node.type === 'parenthesized_expression' ? named(node)[0] : node.type === 'cast_expression' ? field(node, 'value') : undefined,
  branches: (node) =>
    node.type === 'ternary_expression' ? [field(node, 'consequence'), field(node, 'alternative')].filter((n): n is Node => !!n) : undefined,
  caRef(node) {
    if (node.type === 'field_access') {
      const name = field(node, 'field')?.text ?? '';
      if (UPPER.test(name) && isCaCertificate(field(node, 'object'))) return { constant: name };
    }
    if (node.type === 'method_invocation' && field(node, 'name')?.text === 'of' && isCaCertificate(field(node, 'object')))
      return { of: named(field(node, 'arguments'))[0] };
    return undefined;
  },
  wrapped: () => undefined,
  identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
  callParts(node) {
    if (node.type !== 'method_invocation') return undefined;
    const object = field(node, 'object');
    const name = field(node, 'name')?.text ?? '';
    return { callee: object ? `${compact(object.text)}.${name}` : name, args: named(field(node, 'arguments')) };
  },
  constants(root) {
    return descendants(root, 'field_declaration', 'local_variable_declaration')
      .filter((d) => named(d).some((n) => n.type === 'modifiers' && /\bfinal\b/.test(n.text)))
      .flatMap((d) => named(d).filter((n) => n.type === 'variable_declarator'))
      .flatMap((v) => {
        const name = field(v, 'name');
        const value = field(v, 'value');
        return name && value ? [{ name: name.text, value, line: v.startPosition.row + 1 }] : [];
      });
  },
  keyed(root) {
    return descendants(root, 'method_invocation').flatMap((m) => {
      const args = named(field(m, 'arguments'));
      const name = field(m, 'name')?.text;
      return name && args.length === 1 && field(m, 'object') ? [{ name, value: args[0] }] : [];
    });
  },
  keyOf(value) {
    const list = value.parent;
    const call = list?.parent;
    return list?.type === 'argument_list' && call?.type === 'method_invocation' && named(list).length === 1
      ? field(call, 'name')?.text
      : undefined;
  },
  owner(value) {
    // X.builder().a(…).caCertificateIdentifier(…): X; new X().withY(…): X; rds.modifyDBInstance(b -> b.y(…)): rds.modifyDBInstance.
    const call = value.parent?.type === 'argument_list' ? value.parent.parent : undefined;
    if (call?.type !== 'method_invocation') return undefined;
    let outer = call;
    while (outer.parent?.type === 'method_invocation' && field(outer.parent, 'object')?.equals(outer)) outer = outer.parent;
    let current = field(call, 'object');
    while (current?.type === 'method_invocation') {
      const object = field(current, 'object');
      if (field(current, 'name')?.text === 'builder' && object && !named(field(current, 'arguments')).length)
        return { name: compact(object.text), node: outer };
      current = object;
    }
    if (current?.type === 'object_creation_expression') {
      const type = field(current, 'type');
      return type ? { name: compact(type.text).replace(/<.*>$/, ''), node: outer } : undefined;
    }
    if (current?.type === 'identifier') {
      const lambda = ancestor(current, ['lambda_expression']);
      const list = lambda?.parent;
      const host = list?.type === 'argument_list' ? list.parent : undefined;
      if (lambda && host?.type === 'method_invocation' && field(lambda, 'parameters')?.text.replace(/[()\s]/g, '') === current.text) {
        const object = field(host, 'object');
        const name = field(host, 'name')?.text ?? '';
        return { name: object ? `${compact(object.text)}.${name}` : name, node: host };
      }
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

/* -------------------------------------------- C# --------------------------------------------- */

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

const csharp: Lang = {
  syntax: 'c-sharp',
  refTypes: ['member_access_expression', 'invocation_expression'],
  imports: (root) => descendants(root, 'using_directive').map((i) => i.text),
  calls(root) {
    return descendants(root, 'object_creation_expression', 'invocation_expression').flatMap((node): Call[] => {
      if (node.type === 'object_creation_expression') {
        const type = field(node, 'type');
        if (!type) return [];
        const text = compact(type.text).replace(/<.*>$/, '');
        return [{ node, start: node, callee: text, path: text.split('.'), isNew: true, args: csharpArgs(field(node, 'arguments')) }];
      }
      const fn = field(node, 'function');
      if (!fn || !['identifier', 'member_access_expression'].includes(fn.type)) return [];
      const text = compact(fn.text);
      return [{ node, start: node, callee: text, path: text.split('.'), isNew: false, args: csharpArgs(field(node, 'arguments')) }];
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
        .flatMap((a): Entry[] => {
          const left = field(a, 'left');
          const right = field(a, 'right');
          return left?.type === 'identifier' && right ? [{ name: left.text, value: right, via: [] }] : [];
        });
      return { entries, unknown: [] };
    }
    return { entries: [], unknown: [arg] };
  },
  literal: csharpString,
  interpolated: (node) => node.type === 'interpolated_string_expression',
  unwrap: (node) =>
    node.type === 'parenthesized_expression' ? named(node)[0] : node.type === 'cast_expression' ? field(node, 'value') : undefined,
  branches: (node) =>
    node.type === 'conditional_expression'
      ? [field(node, 'consequence'), field(node, 'alternative')].filter((n): n is Node => !!n)
      : undefined,
  caRef(node) {
    if (node.type === 'member_access_expression') {
      const name = field(node, 'name')?.text ?? '';
      if (UPPER.test(name) && isCaCertificate(field(node, 'expression'))) return { constant: name };
    }
    if (node.type === 'invocation_expression') {
      const fn = field(node, 'function');
      if (fn?.type === 'member_access_expression' && field(fn, 'name')?.text === 'Of' && isCaCertificate(field(fn, 'expression')))
        return { of: csharpArgs(field(node, 'arguments'))[0] };
    }
    return undefined;
  },
  wrapped: () => undefined,
  identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
  callParts(node) {
    if (node.type !== 'invocation_expression') return undefined;
    const fn = field(node, 'function');
    return fn ? { callee: compact(fn.text), args: csharpArgs(field(node, 'arguments')) } : undefined;
  },
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
        return name && init ? [{ name: name.text, value: init, line: v.startPosition.row + 1 }] : [];
      });
  },
  keyed(root) {
    return descendants(root, 'assignment_expression').flatMap((a) => {
      const left = field(a, 'left');
      const right = field(a, 'right');
      return left?.type === 'identifier' && right && a.parent?.type === 'initializer_expression' ? [{ name: left.text, value: right }] : [];
    });
  },
  keyOf(value) {
    const parent = value.parent;
    return parent?.type === 'assignment_expression' && field(parent, 'right')?.equals(value) && field(parent, 'left')?.type === 'identifier'
      ? field(parent, 'left')?.text
      : undefined;
  },
  owner(value) {
    const init = value.parent?.type === 'assignment_expression' ? value.parent.parent : undefined;
    const creation = init?.type === 'initializer_expression' ? init.parent : undefined;
    const type = creation?.type === 'object_creation_expression' ? field(creation, 'type') : undefined;
    return creation && type ? { name: compact(type.text).replace(/<.*>$/, ''), node: creation } : undefined;
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

/* -------------------------------------------- Go --------------------------------------------- */

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

function goKeyed(element: Node): { name: string; value: Node } | undefined {
  const [key, value] = named(element);
  const keyNode = key?.type === 'literal_element' ? named(key)[0] : key;
  const valueNode = value?.type === 'literal_element' ? named(value)[0] : value;
  return keyNode && valueNode && ['identifier', 'field_identifier'].includes(keyNode.type)
    ? { name: keyNode.text, value: valueNode }
    : undefined;
}

const go: Lang = {
  syntax: 'go',
  refTypes: ['call_expression'],
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
  unwrap: (node) => (node.type === 'parenthesized_expression' ? named(node)[0] : undefined),
  branches: () => undefined,
  caRef(node) {
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    const name = fn?.type === 'selector_expression' ? field(fn, 'field')?.text : fn?.text;
    const match = name ? /^CaCertificate_(\w+)$/.exec(name) : null;
    if (!match) return undefined;
    if (match[1] === 'Of') return { of: named(field(node, 'arguments'))[0] };
    return UPPER.test(match[1]) ? { constant: match[1] } : undefined;
  },
  wrapped(node) {
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    return fn && WRAPPERS.has(compact(fn.text)) ? named(field(node, 'arguments'))[0] : undefined;
  },
  identifier: (node) => (node.type === 'identifier' ? node.text : undefined),
  callParts(node) {
    if (node.type !== 'call_expression') return undefined;
    const fn = field(node, 'function');
    return fn ? { callee: compact(fn.text), args: named(field(node, 'arguments')) } : undefined;
  },
  constants(root) {
    return descendants(root, 'const_spec').flatMap((spec) => {
      const names = spec.childrenForFieldName('name').filter((n): n is Node => !!n);
      const values = named(field(spec, 'value'));
      return names.flatMap((n, i) => (values[i] ? [{ name: n.text, value: values[i], line: spec.startPosition.row + 1 }] : []));
    });
  },
  keyed(root) {
    return descendants(root, 'keyed_element').flatMap((e) => {
      const kv = goKeyed(e);
      return kv ? [kv] : [];
    });
  },
  keyOf(value) {
    const element = value.parent?.type === 'literal_element' ? value.parent.parent : value.parent;
    return element?.type === 'keyed_element' ? goKeyed(element)?.name : undefined;
  },
  owner(value) {
    const element = value.parent?.type === 'literal_element' ? value.parent.parent : value.parent;
    const literal = element?.type === 'keyed_element' ? element.parent?.parent : undefined;
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

export const LANGS: Record<CodeSyntax, Lang> = { typescript, python, java, 'c-sharp': csharp, go };

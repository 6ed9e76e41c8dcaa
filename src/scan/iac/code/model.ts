/**
 * The shapes of program code that carry a database's CA, as every language adapter reports
 * them: constructor calls and their properties (object literals, keyword arguments, Java
 * builders, C# initializers, Go composite literals), string literals, `CaCertificate`
 * references, conditionals, wrappers such as `jsii.String(…)` and same-file constants.
 * Structure comes from the tree only; comments are their own nodes and never match.
 */
import type { Node } from '../syntax.js';
import type { Constant, ConstantTable } from './constants.js';

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

/** What a `name: value` is written in: a call's or a type's properties, or an object assigned to a variable. */
export interface Owner {
  /** The callee or type as written (`rds.modify_db_instance`, `ModifyDBInstanceCommand`, `rds.ModifyDBInstanceInput`), or the variable. */
  name: string;
  /** The call or literal; for a variable, its declaration. */
  node: Node;
  variable?: true;
}

export type CaRef = { constant: string } | { of: Node | undefined };

/** A `name: value` written in a file. */
export interface Keyed {
  name: string;
  value: Node;
}

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
  keyed(root: Node): Keyed[];
  /** What a keyed value is a property of: the call, typed literal or builder, or the variable an object is assigned to. */
  owner(value: Node): Owner | undefined;
  /** Test code: test functions and blocks (`it(…)`, `def test_…`, `@Test`, `func TestX`), `with pytest.raises(…)`, `assert …`. */
  testScopes(root: Node): Node[];
  /** `a ?? b`, `a || b`, `a or b`: the value and its fallback. */
  fallback(node: Node): [Node, Node] | undefined;
}

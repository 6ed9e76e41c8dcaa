/**
 * CA properties outside a known construct: a props object built apart, a construct of the
 * program's own (a wrapper), an AWS SDK call. `caCertificate` and other CA-named properties
 * count when their value is a `CaCertificate` (or an `rds-ca-…` id); the CA identifier
 * properties count whatever their value. A `CaCertificate` that is no property's value (a
 * library defining the constants, a log line) chooses nothing. Test code is not infrastructure.
 */
import { sameProperty } from '../cdk.js';
import { CA_PROPERTY_NAMES, type Place } from '../../../model/iac.js';
import { lineOf, type Node } from '../syntax.js';
import type { Construct } from './constructs.js';
import type { CodeFile } from './file.js';
import type { Owner } from './model.js';
import { contains, key } from './tree.js';

/** Text that builds a collection, not a value: a dict, list, set or object literal. */
const COLLECTION = /^(?:(?:dict|list|set|tuple|map)\s*\(|[{[])/;
const PULUMI_IMPORT = /pulumi/i;
/** Properties named for a CA (`caCertificate`, `ca`, `dbCa`, `default_ca`): a `CaCertificate` given to one is a choice. */
const CA_NAMED = /certificate|(?:^|_)ca(?:_|$)|^ca(?=[A-Z])|[a-z]Ca(?=[A-Z]|$)/i;
/** Imports of an AWS SDK: boto3, the JavaScript SDK v2/v3, Go, Java v1/v2, .NET. */
const SDK_IMPORT = /boto3|botocore|@aws-sdk\/|['"]aws-sdk|aws-sdk-go|software\.amazon\.awssdk|com\.amazonaws|Amazon\.RDS|Amazon\.DocDB/;
/** Calls that hold values rather than declare resources: `jsii.String(…)`, `…Props(…)`, `CaCertificate.of(…)`. */
const VALUE_HOLDER = /^(?:jsii\.String|pulumi\.String\w*|aws\.String)$|(?:Props|Args|Property|CaCertificate)$/;

/** An AWS SDK operation or its request: `rds.modify_db_instance`, `ModifyDBInstanceCommand`, `rds.ModifyDBInstanceInput`, `ModifyDbInstanceRequest`. */
function sdkOperation(name: string): boolean {
  const last = name.replace(/<.*>$/, '').split('.').at(-1) ?? '';
  return /^(?:modify|create|restore)db(?:instance|cluster)/.test(
    last
      .replaceAll('_', '')
      .toLowerCase()
      .replace(/(?:command|input|request|async)$/, ''),
  );
}

interface Target {
  resource: string;
  via: string[];
  declaredAt?: Place;
  sdk?: true;
}

/** Pins for the CA properties no construct read. */
export function readStrayProperties(code: CodeFile, constructs: Construct[]): void {
  const pulumi = code.importsMatch(PULUMI_IMPORT);
  const sdk = code.importsMatch(SDK_IMPORT) && !code.isIacProgram();
  for (const { name, value } of code.lang.keyed(code.root)) {
    if (code.values.isEvaluated(value) || code.inTest(value)) continue;
    const identifier = CA_PROPERTY_NAMES.some((p) => sameProperty(name, p));
    if (!identifier && !CA_NAMED.test(name)) continue;
    let outcomes = code.values.evaluate(value, []);
    if (!identifier) outcomes = outcomes.filter((o) => o.ref || (o.value.kind === 'literal' && /^rds-ca-/i.test(o.value.ca)));
    // A collection is no CA: `ca_certificate_identifier=dict(type="str")` describes an option (an Ansible module's argument spec).
    outcomes = outcomes.filter((o) => o.value.kind !== 'expression' || !COLLECTION.test(o.value.text));
    if (!outcomes.length) continue;
    const target = targetOf(code, name, value, constructs, identifier && sdk);
    if (!target) continue;
    const tool = target.sdk ? 'aws-sdk' : sameProperty(name, 'caCertIdentifier') || pulumi ? 'pulumi' : 'cdk';
    for (const outcome of outcomes) {
      code.pin(
        { resource: target.resource, attribute: name, tool, syntax: code.lang.syntax },
        { ...outcome, via: [...outcome.via, ...target.via] },
        target.declaredAt,
      );
    }
  }
}

/**
 * What a stray CA property belongs to: the AWS SDK call or request it is a parameter of, the
 * construct around it, or the same-file object it is written in, followed to the call that
 * uses that object. Undefined when only tests use the object.
 */
function targetOf(code: CodeFile, name: string, value: Node, constructs: Construct[], sdkSpelling: boolean): Target | undefined {
  const { file } = code;
  const owner = code.lang.owner(value);
  let at = value;
  const via: string[] = [];
  let declaredAt: Place | undefined;
  if (owner?.variable) {
    const uses = usesOf(code, owner);
    if (uses.length && uses.every((u) => code.inTest(u))) return undefined;
    const use = uses.find((u) => !code.inTest(u));
    if (!use) return { resource: owner.name, via, ...(sdkSpelling ? { sdk: true } : {}) };
    via.push(`${owner.name} (${file}:${lineOf(owner.node)})`);
    at = use;
    declaredAt = { file, line: lineOf(use) };
  }
  const call =
    owner && !owner.variable
      ? owner.name
      : code.calls.filter((c) => contains(c.node, at)).sort((a, b) => b.node.startIndex - a.node.startIndex)[0]?.callee;
  if (call && sdkOperation(call)) return { resource: call.replace(/^&/, ''), via, sdk: true, ...(declaredAt ? { declaredAt } : {}) };
  const resource = enclosing(code, at, constructs) ?? owner?.name ?? `${name} (${file}:${lineOf(value)})`;
  return { resource, via, ...(sdkSpelling ? { sdk: true } : {}), ...(declaredAt ? { declaredAt } : {}) };
}

/** Where a same-file object is used after its declaration (its name, in the scope that sees it). */
function usesOf(code: CodeFile, owner: Owner): Node[] {
  const declared = code.constants
    .all()
    .find((c) => c.name === owner.name && lineOf(c.value) >= lineOf(owner.node) && contains(owner.node, c.value));
  return code.root.descendantsOfType('identifier').filter((n): n is Node => {
    if (!n || n.text !== owner.name || n.startIndex < owner.node.endIndex) return false;
    const seen = code.constants.get(owner.name, n);
    return !declared || seen === declared;
  });
}

/** The innermost construct call around a node: a database construct, or any other constructor call. */
function enclosing(code: CodeFile, node: Node, constructs: Construct[]): string | undefined {
  const known = new Map(constructs.map((c) => [key(c.call.node), c.resource]));
  const around = code.calls
    .filter((c) => contains(c.node, node) && (known.has(key(c.node)) || (c.isNew && !VALUE_HOLDER.test(c.callee))))
    .sort((a, b) => a.node.endIndex - a.node.startIndex - (b.node.endIndex - b.node.startIndex))[0];
  if (!around) return undefined;
  const named = known.get(key(around.node));
  if (named) return named;
  const id = around.args
    .slice(0, 3)
    .map((a) => (code.lang.literal(a) !== undefined ? a.text : undefined))
    .find((t) => t !== undefined);
  return id ? `${around.callee} ${id}` : around.callee;
}

/**
 * Database construct calls (CDK's and Pulumi's): each is a declaration, and its CA property a
 * pin, whose value is read by values.ts; an instance that leaves the CA out is an `absent` pin,
 * and one whose props are built elsewhere an expression saying where they come from.
 */
import { cdkSpec, sameProperty, spell, type ConstructSpec } from '../cdk.js';
import type { Declaration } from '../../../model/iac.js';
import { pulumiSpec } from '../pulumi.js';
import { lineOf } from '../syntax.js';
import type { CodeFile } from './file.js';
import type { Call, Entry } from './model.js';
import { contains } from './tree.js';
import { short } from './values.js';

export interface Construct {
  call: Call;
  spec: ConstructSpec;
  /** The construct id (CDK) or resource name (Pulumi), when literal. */
  id?: string;
  resource: string;
}

/** The database constructs a file calls, outside test code. */
export function findConstructs(code: CodeFile): Construct[] {
  const syntax = code.lang.syntax;
  return code.calls.flatMap((call): Construct[] => {
    if (code.inTest(call.node)) return [];
    const spec = cdkSpec(call) ?? pulumiSpec(call, syntax);
    if (!spec) return [];
    const idNode =
      call.args[spec.idIndex] ?? call.keywords?.get('id') ?? call.keywords?.get('construct_id') ?? call.keywords?.get('resource_name');
    const id = idNode && code.values.stringOf(idNode);
    return [{ call, spec, id: id?.value, resource: id ? `${call.callee} ${id.written}` : call.callee }];
  });
}

/** A database construct: its declaration, and its CA (set, computed, or left out). */
export function readConstruct(code: CodeFile, { call, spec, id, resource }: Construct, constructs: Construct[]): void {
  const { file } = code;
  const syntax = code.lang.syntax;
  const line = lineOf(call.start);
  const props = code.lang.props(call, spec.propsIndex, code.constants);
  const attribute = spell(spec.caProperty, syntax);
  const identifierEntry = props.entries.find((e) => sameProperty(e.name, spec.identifierProperty));
  const identifier = identifierEntry && code.values.stringOf(identifierEntry.value)?.value;
  const declaration: Declaration = { file, line, tool: spec.tool, syntax, resource, kind: spec.kind, attribute };
  if (identifier !== undefined) declaration.identifier = identifier;
  const logical = spec.tool === 'cdk' ? logicalId(call, spec, id, constructs) : undefined;
  if (logical) declaration.logicalId = logical;
  code.declare(declaration);

  const entry: Entry | undefined = [...props.entries].reverse().find((e) => sameProperty(e.name, spec.caProperty));
  const site = { resource, attribute, tool: spec.tool, syntax } as const;
  if (entry) {
    for (const outcome of code.values.evaluate(entry.value, entry.via)) code.pin(site, outcome, { file, line });
  } else if (props.unknown.length && spec.absentMatters) {
    // Properties built elsewhere may carry the CA; an Aurora cluster's would not be one anyway.
    const text = short(props.unknown.map((n) => n.text).join(', '));
    code.add({
      file,
      line,
      ...site,
      value: {
        kind: 'expression',
        text,
        missing: `${attribute} is not written in this call; it may come from \`${text}\`, which is built outside it`,
      },
    });
  } else if (spec.absentMatters) {
    code.add({ file, line, ...site, value: { kind: 'absent' } });
  }
}

/**
 * CDK's logical id starts with the construct id (then a hash); an Aurora writer or reader's
 * with its cluster's id. Non-alphanumerics are dropped, as CDK does. A construct nested in a
 * construct of the program's own has that construct's id first, which this file may not show.
 */
function logicalId(call: Call, spec: ConstructSpec, id: string | undefined, constructs: Construct[]): string | undefined {
  if (id === undefined) return undefined;
  let logical = id;
  if (spec.clusterMember) {
    const cluster = constructs
      .filter((c) => c.spec.kind === 'cluster' && c.spec.tool === 'cdk' && contains(c.call.node, call.node))
      .sort((a, b) => b.call.node.startIndex - a.call.node.startIndex)[0];
    if (cluster?.id === undefined) return undefined;
    logical = cluster.id + id;
  }
  return logical.replace(/[^A-Za-z0-9]/g, '') || undefined;
}

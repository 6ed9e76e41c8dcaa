/** Databases the Terraform code declares (resources and registry modules), with the identifier it gives them when it is one literal. */
import type { Declaration } from '../../../model/iac.js';
import { syntaxOf } from './pins.js';
import type { Project } from './project.js';
import type { Attr, Block } from './syntax-model.js';
import type { Scope } from './values.js';

/** The one literal an attribute evaluates to, if exactly one. */
export async function oneLiteral(project: Project, attr: Attr | undefined, scope: Scope): Promise<string | undefined> {
  if (!attr) return undefined;
  const values = new Set((await project.evalExpr(attr.value, scope)).map((o) => (o.v.k === 'str' ? o.v.s : '\u0000')));
  const [only] = values;
  return values.size === 1 && only !== '\u0000' ? only : undefined;
}

/** The declaration of `block` (a resource or module call) as `resource`, identified by the literal of `identifier`. */
export async function declarationOf(
  project: Project,
  block: Block,
  resource: string,
  kind: Declaration['kind'],
  attribute: string,
  identifier: Attr | undefined,
  scope: Scope,
): Promise<Declaration> {
  const literal = await oneLiteral(project, identifier, scope);
  return {
    file: block.file,
    line: block.line,
    tool: 'terraform',
    syntax: syntaxOf(block.file),
    resource,
    kind,
    attribute,
    ...(literal !== undefined ? { identifier: literal } : {}),
  };
}

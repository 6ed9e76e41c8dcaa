/**
 * CA-named assignments that reach no judged resource (tfvars, Terragrunt `inputs`, a local
 * module's argument, a variable CI sets): each is a pin of its own unless a resource's pin
 * already passed through it.
 */
import type { CaPin, Declaration, IacProblem } from '../../../model/iac.js';
import type { DeclaredProxy } from '../../../model/proxies.js';
import { CA_NAME } from './ca-attributes.js';
import { pinsOf, type Receiver } from './pins.js';
import type { Project } from './project.js';
import type { Expr, Loc, ParsedFile } from './syntax-model.js';
import { withHops, type Scope } from './values.js';

export interface Loose {
  /** Where the name is assigned; the assignment counts as used when any resource's pin passed through it. */
  at: Loc;
  receiver: Receiver;
  value: Expr;
  scope: Scope;
  /** The route to the value's receiver, when it is not the value's own. */
  via?: string[];
}

/** What the readers of a repository's Terraform gather: pins, declarations, problems, and the loose assignments judged last. */
export interface Gathered {
  pins: CaPin[];
  declarations: Declaration[];
  problems: IacProblem[];
  loose: Loose[];
  /** RDS proxies and proxy endpoints (aws_db_proxy, aws_db_proxy_endpoint). */
  proxies?: DeclaredProxy[];
}

/** The CA-named assignments of a tfvars file. */
export function tfvarsAssignments(f: ParsedFile): Loose[] {
  const path = f.file;
  return [...f.body.attrs.values()]
    .filter((attr) => CA_NAME.test(attr.name))
    .map((attr): Loose => ({
      at: attr,
      receiver: {
        resource: `var.${attr.name}`,
        attribute: attr.name,
        block: { file: path, line: attr.line, endLine: attr.line },
        absentMatters: false,
        set: { file: path, line: attr.line, text: attr.value.text },
      },
      value: attr.value,
      scope: { kind: 'tfvars', file: path },
    }));
}

/** Pins of the loose assignments no resource's pin passed through (by its value's place or a hop of its route). */
export async function judgeLoose(project: Project, gathered: Gathered): Promise<void> {
  const used = new Set<string>();
  for (const p of gathered.pins) {
    used.add(`${p.file}:${p.line}`);
    for (const h of p.via ?? []) {
      const m = /\(([^()]*:\d+)\)$/.exec(h);
      if (m) used.add(m[1]);
    }
  }
  for (const l of gathered.loose) {
    if (!used.has(`${l.at.file}:${l.at.line}`))
      gathered.pins.push(...pinsOf(l.receiver, withHops(await project.evalExpr(l.value, l.scope), ...(l.via ?? []))));
  }
}

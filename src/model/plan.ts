/** The CAs Terraform plans give databases (terraform-plan input), and where a finding about one is shown. */

/** The directory of a workspace path ('' at the top). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

export interface PlannedCa {
  /** The plan file, relative to the workspace. */
  plan: string;
  /** The resource address: `module.db.aws_db_instance.this[0]`. */
  address: string;
  type: string;
  /** `aws_db_instance.this`: the resource block that declares it, whatever module instance. */
  block: string;
  attribute: string;
  kind: 'instance' | 'cluster' | 'account';
  /** `create`, `update`, `delete`+`create` (replace), `no-op`, … as Terraform lists them. */
  actions: string[];
  before: string | null;
  after: string | null;
  /** The value is known only after apply: the attribute is unset, and AWS picks it. */
  afterUnknown: boolean;
  /** The database identifier the plan gives it (`identifier`, `cluster_identifier`), when known. */
  identifier?: string;
}

export interface PlanFacts {
  /** The globs of terraform-plan, as given. */
  globs: string[];
  /** Each plan file read, relative to the workspace. */
  files: string[];
  changes: PlannedCa[];
  /** A glob with no file, a file that is not a plan: nothing was checked there. */
  problems: Array<{ file: string; reason: string }>;
}

/**
 * Where a planned change shows: the block that declares it, when the plan is written in its root
 * module's directory (`terraform show -json plan.out > plan.json` where terraform runs) and the
 * resource is in that root module; else the plan file. A resource of a child module
 * (`module.db.…`) shows on the plan: the same block name in another directory may be another database.
 */
export function planPlace(
  change: PlannedCa,
  declarations: ReadonlyArray<{ resource: string; file: string; line: number; tool: string }>,
): { file: string; line?: number } {
  const dir = dirOf(change.plan);
  const inRoot = change.address.startsWith(`${change.block}[`) || change.address === change.block;
  const blocks = inRoot ? declarations.filter((d) => d.tool === 'terraform' && d.resource === change.block && dirOf(d.file) === dir) : [];
  return blocks.length === 1 ? { file: blocks[0].file, line: blocks[0].line } : { file: change.plan };
}

/** `update`, `create`, `replace` (delete and create): what the plan does to the resource. */
export function planVerb(change: PlannedCa): string {
  return change.actions.includes('delete') && change.actions.includes('create') ? 'replace' : change.actions.join('+');
}

/**
 * Which infrastructure code declares a live database: its CloudFormation logical id tag (also
 * what CDK, SAM and Serverless synthesise), else its identifier as the code writes it. A live
 * finding is shown on that line, with the change in that tool's syntax beside the CLI command.
 */
import type { Declaration } from './iac.js';
import { caSetting } from './ca-setting.js';
import type { Database } from './fleet.js';
import { type PlannedCa, planPlace } from './plan.js';

/** CDK's logical ids are the construct path's ids (without `Resource`) and an 8-hex-digit hash. */
function cdkLogicalIdOf(constructId: string, logicalId: string): boolean {
  const m = /^([A-Za-z0-9]+)([0-9A-F]{8})$/.exec(logicalId);
  return !!m && m[1].endsWith(constructId.replace(/[^A-Za-z0-9]/g, ''));
}

/** The declarations of a database, best match first; none when the code does not name it. */
export function declarationsOf(db: Database, declarations: readonly Declaration[], planned: readonly PlannedCa[] = []): Declaration[] {
  const candidates = declarations.filter((d) => d.kind === db.kind);
  const logicalId = db.tags['aws:cloudformation:logical-id'];
  if (logicalId) {
    const exact = candidates.filter((d) => d.logicalId === logicalId);
    if (exact.length) return exact;
    const cdk = candidates.filter((d) => d.tool === 'cdk' && d.logicalId && cdkLogicalIdOf(d.logicalId, logicalId));
    if (cdk.length) return cdk;
  }
  const id = db.id.toLowerCase();
  const named = candidates.filter((d) => d.identifier?.toLowerCase() === id);
  if (named.length) return named;
  // A Terraform plan names the identifier the code computes: its address leads to the block.
  const places = planned
    .filter((p) => p.identifier?.toLowerCase() === id)
    .map((p) => planPlace(p, candidates))
    .filter((p) => p.line !== undefined);
  return candidates.filter((d) => places.some((p) => p.file === d.file && p.line === d.line));
}

/** Where a live finding about `db` belongs: the first declaration's file and line, if any. */
export function declaredAt(
  db: Database,
  declarations: readonly Declaration[],
  planned?: readonly PlannedCa[],
): { file: string; line: number } | Record<string, never> {
  const [first] = declarationsOf(db, declarations, planned);
  return first ? { file: first.file, line: first.line } : {};
}

/** The code change that keeps `db` on `ca`, in each declaring tool's syntax; undefined when no code declares it. */
export function codeChange(
  db: Database,
  declarations: readonly Declaration[],
  ca: string,
  planned?: readonly PlannedCa[],
): string | undefined {
  const found = declarationsOf(db, declarations, planned);
  if (!found.length) return undefined;
  return `In the code that declares it: ${found.map((d) => `\`${caSetting(d, ca)}\` on ${d.resource} (${d.file}:${d.line})`).join('; ')}.`;
}

/**
 * A database's command cell, in the plan's tables (the job summary's and the tracking issue's):
 * the rows come from the plan (src/plan/remediation-rows.ts).
 */
import { type RemediationRow } from '../plan/remediation-rows.js';
import { code, proseCell } from './markdown.js';

export { remediationRows, type RemediationRow } from '../plan/remediation-rows.js';

/** The Command column's cell: the command as code, else what comes first, as text; then the code to change, if any. */
export function commandCell(row: RemediationRow): string {
  const declared = row.code ? `<br>${proseCell(`and in ${row.code.file}:${row.code.line}:`)} ${code(row.code.setting)}` : '';
  return (row.command ? code(row.command) : proseCell(row.blockedBy ?? '')) + declared;
}

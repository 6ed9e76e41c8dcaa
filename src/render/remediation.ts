/**
 * The databases-to-rotate table's cells, the summary's and the tracking issue's: the rows come
 * from the plan (src/plan/remediation-rows.ts).
 */
import { type RemediationRow } from '../plan/remediation-rows.js';
import { cell, code, proseCell } from './markdown.js';

export { remediationRows, type RemediationRow } from '../plan/remediation-rows.js';

/** The databases-to-rotate table's header and a row's cells (the job summary's and the tracking issue's), with an Account column or not. */
export function databaseHeader(withAccount: boolean): string[] {
  return ['Database', ...(withAccount ? ['Account'] : []), 'Region', 'Engine', 'CA → target', 'Restart', 'Deadline', 'Command'];
}

export function databaseCells(r: RemediationRow, withAccount: boolean): string[] {
  return [
    cell(r.id),
    ...(withAccount ? [cell(r.account ?? '')] : []),
    cell(r.region),
    cell(r.engine),
    `${cell(r.ca)} → ${r.target}`,
    r.restart ? 'yes' : 'no',
    deadlineCell(r),
    commandCell(r),
  ];
}

/** The Command column's cell: the command as code, else what comes first, as text; then the code to change, if any. */
export function commandCell(row: RemediationRow): string {
  const declared = row.code ? `<br>${proseCell(`and in ${row.code.file}:${row.code.line}:`)} ${code(row.code.setting)}` : '';
  return (row.command ? code(row.command) : proseCell(row.blockedBy ?? '')) + declared;
}

/** The Deadline column's cell: the date, and what sets it. */
export function deadlineCell(row: RemediationRow): string {
  return row.deadline ? `${cell(row.deadline.date.slice(0, 10))} (${row.deadline.source})` : '';
}

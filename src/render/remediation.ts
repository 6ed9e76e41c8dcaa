/**
 * The remediation table: every database that must move to the target CA, soonest deadline
 * first (in a multi-account run, by account and region first), with the exact command. Pure:
 * facts in, rows out, and the cells the summary and the tracking issue both show.
 */
import { multiAccount, restartNeeded } from '../model/fleet.js';
import { byCodePoint } from '../model/iac.js';
import { declarationsOf } from '../model/declarations.js';
import { caSetting } from '../model/ca-setting.js';
import type { Facts } from '../model/facts.js';
import { fleet } from '../model/fleet-walk.js';
import { caValidTill, needsMove, rotationDeadline, targetUnsupported } from '../model/database-ca.js';
import { modifyCommand } from '../model/commands.js';
import { cell, code, proseCell } from './markdown.js';

export interface RemediationRow {
  arn: string;
  id: string;
  account: string;
  region: string;
  engine: string;
  ca: string;
  target: string;
  restart: boolean;
  /** ISO date, and what sets it. */
  deadline?: { date: string; source: 'pending maintenance' | 'CA expiry' };
  /** The command that moves it; none when its engine version cannot take the target CA. */
  command?: string;
  /** Why there is no command: what to do first. */
  blockedBy?: string;
  /** The infrastructure code that declares the database, and the CA setting to write there (in its syntax). */
  code?: { file: string; line: number; setting: string };
}

/** The Command column's cell: the command as code, else what comes first, as text; then the code to change, if any. */
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

export function commandCell(row: RemediationRow): string {
  const declared = row.code ? `<br>${proseCell(`and in ${row.code.file}:${row.code.line}:`)} ${code(row.code.setting)}` : '';
  return (row.command ? code(row.command) : proseCell(row.blockedBy ?? '')) + declared;
}

/** The Deadline column's cell: the date, and what sets it. */
export function deadlineCell(row: RemediationRow): string {
  return row.deadline ? `${cell(row.deadline.date.slice(0, 10))} (${row.deadline.source})` : '';
}

export function remediationRows(facts: Facts): RemediationRow[] {
  const target = facts.approvedCa[0];
  const rows = fleet(facts)
    .filter(({ db }) => needsMove(db, facts))
    .map(({ db, inventory }): RemediationRow => {
      // The nearer of AWS's own rotation date and the CA's expiry (already past for rds-ca-2019;
      // null when neither AWS nor the catalog knows the CA any more: gone, so due now).
      const pending = rotationDeadline(db, inventory);
      const expiry = db.ca ? caValidTill(facts, inventory, db.ca) : undefined;
      const candidates = [
        ...(pending ? [{ date: pending, source: 'pending maintenance' as const }] : []),
        ...(expiry !== undefined ? [{ date: expiry ?? facts.now, source: 'CA expiry' as const }] : []),
      ].sort((a, b) => a.date.localeCompare(b.date));
      const deadline = candidates[0];
      // No rotate command for an engine version that cannot take the target CA: it would fail.
      const supported = targetUnsupported(db, inventory, target);
      const [declared] = declarationsOf(db, facts.repository.declarations, facts.plans?.changes);
      return {
        arn: db.arn,
        id: db.id,
        account: db.account,
        region: db.region,
        engine: `${db.engine} ${db.engineVersion}`,
        ca: db.ca ?? 'unknown',
        target,
        restart: restartNeeded(db, inventory),
        deadline,
        ...(supported
          ? {
              blockedBy: `Upgrade the engine first: ${db.engine} ${db.engineVersion} does not support ${target} (it supports ${supported.join(', ')}).`,
            }
          : { command: modifyCommand(db, inventory, target) }),
        ...(declared ? { code: { file: declared.file, line: declared.line, setting: caSetting(declared, target) } } : {}),
      };
    });
  // Several accounts: grouped by account, then region (each needs its own credentials and --region).
  const multi = multiAccount(facts.aws);
  return rows.sort(
    (a, b) =>
      (multi ? byCodePoint(a.account, b.account) || byCodePoint(a.region, b.region) : 0) ||
      (a.deadline?.date ?? '9999').localeCompare(b.deadline?.date ?? '9999') ||
      a.region.localeCompare(b.region) ||
      a.id.localeCompare(b.id),
  );
}

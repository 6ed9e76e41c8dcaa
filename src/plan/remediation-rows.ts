/**
 * The databases to rotate, one row each: every database that must move to the target CA, soonest
 * deadline first (in a multi-account run, by account and region first), with the exact command.
 * Pure: facts in, rows out. The plan groups them; the renderers' tables show them.
 */
import { multiAccount, restartNeeded } from '../model/fleet.js';
import { byCodePoint } from '../model/iac.js';
import { declarationsOf } from '../model/declarations.js';
import { caSetting } from '../model/ca-setting.js';
import type { Facts } from '../model/facts.js';
import { fleet } from '../model/fleet-walk.js';
import { caValidTill, needsMove, rotationDeadline, targetUnsupported } from '../model/database-ca.js';
import { modifyCommand } from '../model/commands.js';

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
      ].sort((a, b) => byCodePoint(a.date, b.date));
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
      byCodePoint(a.deadline?.date ?? '9999', b.deadline?.date ?? '9999') ||
      byCodePoint(a.region, b.region) ||
      byCodePoint(a.id, b.id),
  );
}

/**
 * The remediation table: every database that must move to the target CA, soonest deadline
 * first, with the exact command. Pure: facts in, rows out (the summary and the tracking
 * issue render them).
 */
import { restartNeeded } from '../fleet/inventory.js';
import { caValidTill, fleet, modifyCommand, needsMove, rotationDeadline } from '../rules/fleet.js';
import type { Facts } from '../rules/rule.js';

export interface RemediationRow {
  arn: string;
  id: string;
  account?: string;
  region: string;
  engine: string;
  ca: string;
  target: string;
  restart: boolean;
  /** ISO date, and what sets it. */
  deadline?: { date: string; source: 'pending maintenance' | 'CA expiry' };
  command: string;
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
      return {
        arn: db.arn,
        id: db.id,
        account: facts.aws?.account,
        region: db.region,
        engine: `${db.engine} ${db.engineVersion}`,
        ca: db.ca ?? 'unknown',
        target,
        restart: restartNeeded(db, inventory),
        deadline,
        command: modifyCommand(db, inventory, target),
      };
    });
  return rows.sort((a, b) => (a.deadline?.date ?? '9999').localeCompare(b.deadline?.date ?? '9999') || a.region.localeCompare(b.region) || a.id.localeCompare(b.id));
}

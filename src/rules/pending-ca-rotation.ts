import { shellQuote } from '../base/shell-quote.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { databasePlace, fleet } from '../model/fleet-walk.js';
import { rotationDeadline } from '../model/database-ca.js';

export const pendingCaRotation: Rule = {
  id: 'pending-ca-rotation',
  severity: 'notice',
  title: 'AWS has a CA rotation pending',
  why: 'A pending ca-certificate-rotation (the console\'s "CertificateUpdate") is applied by AWS on its date if nobody applies it first: clients must trust the new root by then.',
  remediation:
    'Apply it yourself when clients are ready: `aws rds apply-pending-maintenance-action --apply-action ca-certificate-rotation --opt-in-type immediate` (or next-maintenance).',
  check(facts) {
    return fleet(facts).flatMap(({ db, inventory }): Finding[] => {
      const pending = inventory.pending?.[db.arn];
      if (!pending) return [];
      const deadline = rotationDeadline(db, inventory);
      return [
        {
          rule: this.id,
          severity: 'notice',
          ...databasePlace(db, facts),
          message:
            `${db.id} (${db.region}) has a pending ca-certificate-rotation` +
            (deadline ? ` that AWS applies on ${deadline.slice(0, 10)}` : '') +
            (pending.optInStatus ? ` (opt-in: ${pending.optInStatus})` : '') +
            '.',
          remediation: `When its clients trust the new root: \`aws rds apply-pending-maintenance-action --resource-identifier ${shellQuote(db.arn)} --apply-action ca-certificate-rotation --opt-in-type immediate --region ${shellQuote(db.region)}\`.`,
        },
      ];
    });
  },
};

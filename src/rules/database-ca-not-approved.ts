import { codeChange } from '../model/declarations.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { databasePlace, fleet } from '../model/fleet-walk.js';
import { movingToApprovedCa, onApprovedCa, rotationDeadline } from '../model/database-ca.js';
import { modifyCommand, restartClause, terraformAttribute } from '../model/commands.js';

export const databaseCaNotApproved: Rule = {
  id: 'database-ca-not-approved',
  severity: 'error',
  title: 'Database on a CA outside approved-ca',
  why: 'A database on an unapproved CA (rds-ca-2019 expired on 2024-08-22) presents a certificate that clients verifying the server reject, now or when that CA expires. A pending move to an approved CA is reported as in progress.',
  remediation:
    'Move the database to the target CA with modify-db-instance (or modify-db-cluster), after its clients trust the target root; change the CA in the infrastructure code too.',
  check(facts) {
    const target = facts.approvedCa[0];
    return fleet(facts).flatMap(({ db, inventory }): Finding[] => {
      if (onApprovedCa(db, facts)) return [];
      const what = `${db.id} (${db.engine} ${db.engineVersion}, ${db.region})`;
      if (movingToApprovedCa(db, facts)) {
        return [
          {
            rule: this.id,
            severity: 'notice',
            ...databasePlace(db, facts),
            message: `${what} is moving from ${db.ca ?? 'an unknown CA'} to ${db.pendingCa}: the modification is pending (in progress).`,
            remediation: `Nothing to start; it applies in the next maintenance window, or now with \`${modifyCommand(db, inventory, db.pendingCa!)}\`.`,
          },
        ];
      }
      const deadline = rotationDeadline(db, inventory);
      return [
        {
          rule: this.id,
          severity: 'error',
          ...databasePlace(db, facts),
          message:
            `${what} uses ${db.ca ?? 'an unknown CA'}, which is not in approved-ca (${facts.approvedCa.join(', ')}).` +
            (deadline ? ` AWS will rotate it itself on ${deadline.slice(0, 10)} (pending ca-certificate-rotation).` : ''),
          remediation:
            `\`${modifyCommand(db, inventory, target)}\` (or --no-apply-immediately for the next maintenance window); ` +
            `${restartClause(db, inventory)}. ${codeChange(db, facts.repository.declarations, target, facts.plans?.changes) ?? `In Terraform set ${terraformAttribute(db)} to "${target}".`} Make sure its clients trust the ${target} root for ${db.region} first.`,
        },
      ];
    });
  },
};

import { codeChange } from '../model/declarations.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { databasePlace, fleet } from '../model/fleet-walk.js';
import { caValidTill, daysBetween, onApprovedCa } from '../model/database-ca.js';
import { modifyCommand } from '../model/commands.js';

export const databaseCaExpiry: Rule = {
  id: 'database-ca-expiry',
  severity: 'error',
  title: 'The CA a database uses expires soon',
  why: "When the CA expires, clients that verify the server reject the database. The expiry is the CA's (DescribeCertificates ValidTill), not the server certificate's. A CA AWS no longer describes (rds-ca-2019 today) has expired.",
  remediation: 'Move the database to another approved CA, or drop the expiring CA from approved-ca to have it flagged for rotation.',
  check(facts) {
    return fleet(facts).flatMap(({ db, inventory }): Finding[] => {
      if (!db.ca || !onApprovedCa(db, facts)) return []; // an unapproved CA is database-ca-not-approved's
      const till = caValidTill(facts, inventory, db.ca);
      if (till === undefined) return [];
      const days = till === null ? -1 : daysBetween(facts.now, till);
      if (days > facts.expiryWarningDays) return [];
      const severity = days <= facts.expiryErrorDays ? 'error' : 'warning';
      const when =
        till === null
          ? 'has expired: AWS no longer describes it'
          : days < 0
            ? `expired on ${till.slice(0, 10)}`
            : `expires on ${till.slice(0, 10)} (${days} days)`;
      const change = codeChange(db, facts.repository.declarations, '<approved-ca>', facts.plans?.changes);
      return [
        {
          rule: this.id,
          severity,
          ...databasePlace(db, facts),
          message: `${db.id} (${db.region}) uses ${db.ca}, which ${when}.`,
          remediation: `Move ${db.id} to another approved CA (\`${modifyCommand(db, inventory, '<approved-ca>')}\`), after its clients trust that CA's root.${change ? ` ${change}` : ''}`,
        },
      ];
    });
  },
};

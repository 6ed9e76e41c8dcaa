import { restartNeeded } from '../model/fleet.js';
import { shellQuote } from '../base/shell-quote.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { databasePlace, fleet } from '../model/fleet-walk.js';
import { daysBetween } from '../model/database-ca.js';

export const serverCertificateExpiry: Rule = {
  id: 'server-certificate-expiry',
  severity: 'error',
  title: 'Server certificate near expiry on an engine that must restart to rotate it',
  why: 'G1 CAs rotate the server certificate automatically; an engine version that cannot rotate without a restart needs the restart before the certificate (CertificateDetails.ValidTill, not the CA) expires.',
  remediation:
    'Reboot the database in a maintenance window (or upgrade to an engine version that rotates without a restart) before the server certificate expires.',
  check(facts) {
    return fleet(facts).flatMap(({ db, inventory }): Finding[] => {
      if (!db.serverCertValidTill || !restartNeeded(db, inventory)) return [];
      const days = daysBetween(facts.now, db.serverCertValidTill);
      if (days > facts.expiryWarningDays) return [];
      return [
        {
          rule: this.id,
          severity: days < facts.expiryErrorDays ? 'error' : 'warning',
          ...databasePlace(db, facts),
          message: `${db.id} (${db.region}): its server certificate ${days < 0 ? 'expired' : 'expires'} on ${db.serverCertValidTill.slice(0, 10)}${days < 0 ? '' : ` (${days} days)`}, and ${db.engine} ${db.engineVersion} cannot rotate it without a restart.`,
          remediation: `Reboot it in a maintenance window (\`aws rds reboot-db-instance --db-instance-identifier ${shellQuote(db.id)} --region ${shellQuote(db.region)}\`), or upgrade to an engine version that rotates without a restart.`,
        },
      ];
    });
  },
};

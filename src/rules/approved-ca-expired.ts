import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';

export const approvedCaExpired: Rule = {
  id: 'approved-ca-expired',
  severity: 'error',
  title: 'approved-ca lists an expired CA',
  why: 'A CA whose roots have expired verifies nothing; approving it lets databases stay on it. As the target (the first), nothing can be judged or rotated against it.',
  remediation: 'Remove it from approved-ca.',
  check(facts) {
    return facts.approvedCa.flatMap((caId, i): Finding[] => {
      const till = facts.catalog.validTill(caId);
      if (!till || till >= facts.now) return [];
      const target = i === 0;
      return [
        {
          rule: this.id,
          severity: target ? 'error' : 'warning',
          resource: caId,
          message: target
            ? `approved-ca's target (its first entry) is ${caId}, which expired on ${till.slice(0, 10)}: no bundle or database can be judged against it.`
            : `approved-ca lists ${caId}, which expired on ${till.slice(0, 10)}.`,
          remediation: target
            ? `Put a current CA first in approved-ca (e.g. rds-ca-rsa2048-g1), and remove ${caId}.`
            : `Remove ${caId} from approved-ca.`,
        },
      ];
    });
  },
};

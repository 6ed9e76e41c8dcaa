import { type Finding, type Rule } from './rule.js';

export const approvedCaExpired: Rule = {
  id: 'approved-ca-expired',
  severity: 'warning',
  title: 'approved-ca lists an expired CA',
  why: 'A CA whose roots have expired verifies nothing; approving it lets databases stay on it.',
  remediation: 'Remove it from approved-ca.',
  check(facts) {
    return facts.approvedCa.flatMap((caId): Finding[] => {
      const till = facts.catalog.validTill(caId);
      return till && till < facts.now
        ? [{ rule: this.id, severity: 'warning', resource: caId, message: `approved-ca lists ${caId}, which expired on ${till.slice(0, 10)}.`, remediation: `Remove ${caId} from approved-ca.` }]
        : [];
    });
  },
};

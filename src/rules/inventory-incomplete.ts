import { regionName } from '../model/fleet-walk.js';
import type { Rule } from '../model/rule.js';

export const inventoryIncomplete: Rule = {
  id: 'inventory-incomplete',
  severity: 'warning',
  title: 'Some checks were skipped in a region',
  why: 'An auxiliary call (certificates, pending maintenance, engine versions) failed: the databases were inspected, but the checks that need that call were skipped, and the stated assumption was made.',
  remediation:
    'Do what the message of the failed call says (add the IAM statement it names, or re-run once AWS or the network recovers), then re-run.',
  check(facts) {
    return (facts.aws?.inspected ?? []).flatMap((inv) =>
      inv.skipped.map((text) => ({
        rule: this.id,
        severity: 'warning' as const,
        account: inv.account,
        resource: inv.region,
        message: `${regionName(inv, facts)}: ${text}.`,
        remediation: inv.fixes?.join(' ') || this.remediation,
      })),
    );
  },
};

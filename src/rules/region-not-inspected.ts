import type { Rule } from './rule.js';

export const regionNotInspected: Rule = {
  id: 'region-not-inspected',
  severity: 'error',
  title: 'Region not inspected',
  why: 'DescribeDBInstances or DescribeDBClusters failed in this region (access denied, timeout, no route): its databases were not checked, so the gate does not pass.',
  remediation: 'Grant the role the documented RDS read actions in that region (check SCPs and region opt-in), or remove the region from `regions`.',
  check(facts) {
    return (facts.aws?.failed ?? []).map((f) => ({
      rule: this.id,
      severity: 'error' as const,
      resource: f.region,
      message: `${f.region} was not inspected: ${f.reason}.`,
      remediation: this.remediation,
    }));
  },
};

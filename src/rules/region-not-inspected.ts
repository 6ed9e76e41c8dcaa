import { regionName } from '../model/fleet-walk.js';
import type { Rule } from '../model/rule.js';

export const regionNotInspected: Rule = {
  id: 'region-not-inspected',
  severity: 'error',
  title: 'Region not inspected',
  why: "DescribeDBInstances or DescribeDBClusters failed in this region (access denied, throttling, an AWS failure, no route, no answer in time, or something other than AWS answered), or the inspection's deadline passed first: its databases were not checked, so the gate does not pass.",
  remediation: 'Do what the message says for the failed call (each kind of failure has its own fix), or remove the region from `regions`.',
  check(facts) {
    return (facts.aws?.failed ?? []).map((f) => ({
      rule: this.id,
      severity: 'error' as const,
      account: f.account,
      resource: f.region,
      message: `${regionName(f, facts)} was not inspected: ${f.reason}.`,
      remediation: f.remediation ?? this.remediation,
    }));
  },
};

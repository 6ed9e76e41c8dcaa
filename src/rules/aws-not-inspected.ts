import type { Rule } from '../model/rule.js';

export const awsNotInspected: Rule = {
  id: 'aws-not-inspected',
  severity: 'error',
  title: 'AWS databases were not inspected',
  why: 'The gate was asked to check the databases and could not; it does not pass what it could not see.',
  remediation:
    'Give the job AWS credentials (role-to-assume with `id-token: write`, or a configure-aws-credentials step), or set `offline: true` to check the repository alone.',
  check(facts) {
    return facts.awsNotInspected
      ? [
          {
            rule: this.id,
            severity: 'error',
            message: `AWS was not inspected: ${facts.awsNotInspected}`,
            remediation: facts.awsNotInspectedRemediation ?? this.remediation,
          },
        ]
      : [];
  },
};

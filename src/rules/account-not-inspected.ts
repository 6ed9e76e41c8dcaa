import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';

export const accountNotInspected: Rule = {
  id: 'account-not-inspected',
  severity: 'error',
  title: 'Member account not inspected',
  why: "In a multi-account run (`accounts`), the member role could not be assumed in this account (its trust policy, the hub's permissions, an account outside allowed-account-ids, no answer in time), or nothing of it could be listed: none of its databases were checked, so the gate does not pass.",
  remediation:
    "Let the hub identity assume `member-role` in the account (the role's trust policy allows the hub's role to call sts:AssumeRole, and the hub role may call it on that role), or leave the account out of `accounts`.",
  check(facts) {
    return (facts.aws?.members ?? []).flatMap(({ account, role, notInspected }): Finding[] =>
      notInspected
        ? [
            {
              rule: this.id,
              severity: 'error',
              account,
              resource: role,
              message: `Account ${account} was not inspected: ${notInspected.reason.replace(/\.?$/, '.')}`,
              remediation: notInspected.remediation ?? this.remediation,
            },
          ]
        : [],
    );
  },
};

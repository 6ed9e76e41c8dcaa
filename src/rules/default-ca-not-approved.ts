import { shellQuote } from '../base/shell-quote.js';
import type { Finding } from '../model/finding.js';
import { regionName } from '../model/fleet-walk.js';
import type { Rule } from '../model/rule.js';

export const defaultCaNotApproved: Rule = {
  id: 'default-ca-not-approved',
  severity: 'warning',
  title: 'New databases in a region get a CA outside approved-ca',
  why: "The account's default CA for new launches (or its customer override) decides what every new database uses until someone changes it.",
  remediation: "Set the account's override to the target CA with `aws rds modify-certificates`.",
  check(facts) {
    const target = facts.approvedCa[0];
    return (facts.aws?.inspected ?? []).flatMap((inv): Finding[] =>
      inv.defaultCa && !facts.approvedCa.includes(inv.defaultCa)
        ? [
            {
              rule: this.id,
              severity: 'warning',
              account: inv.account,
              resource: inv.region,
              message: `New databases in ${regionName(inv, facts)} get ${inv.defaultCa}, which is not in approved-ca.`,
              remediation: `\`aws rds modify-certificates --certificate-identifier ${target} --region ${shellQuote(inv.region)}\` (in Terraform: aws_rds_certificate with certificate_identifier = "${target}").`,
            },
          ]
        : [],
    );
  },
};

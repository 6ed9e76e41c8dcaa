import type { Rule } from '../model/rule.js';
import { planPlace, planVerb } from '../model/plan.js';

export const plannedCaNotApproved: Rule = {
  id: 'planned-ca-not-approved',
  severity: 'error',
  title: 'A Terraform plan puts a database on a CA outside approved-ca',
  why: 'Applying the plan would move the database off an approved CA (or keep or create it on an unapproved one): clients verifying the server fail when that CA is not in their bundle, and rds-ca-2019 expired on 2024-08-22.',
  remediation:
    "Set the CA attribute to the target CA where the plan's value comes from (a variable, tfvars, module argument or the resource), then plan again.",
  check(facts) {
    const target = facts.approvedCa[0];
    return (facts.plans?.changes ?? []).flatMap((change) => {
      if (change.after === null || facts.approvedCa.includes(change.after)) return [];
      const off = change.before !== null && facts.approvedCa.includes(change.before);
      const move =
        change.before === change.after
          ? `keeps ${change.attribute} = "${change.after}"`
          : `changes ${change.attribute} from ${change.before === null ? '(unset)' : `"${change.before}"`} to "${change.after}"`;
      return [
        {
          rule: this.id,
          severity: 'error' as const,
          ...planPlace(change, facts.repository.declarations),
          resource: change.address,
          message: `The plan ${change.plan} (${planVerb(change)} ${change.address}) ${move}${off ? ', moving it off an approved CA' : ''}; "${change.after}" is not in approved-ca (${facts.approvedCa.join(', ')}).`,
          remediation: `Make ${change.address} plan \`${change.attribute} = "${target}"\`: change the value where it comes from (the resource, a variable, a tfvars file or the module call), then run terraform plan again.`,
        },
      ];
    });
  },
};

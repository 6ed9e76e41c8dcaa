import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { planPlace, planVerb } from '../model/plan.js';

export const plannedCaChange: Rule = {
  id: 'planned-ca-change',
  severity: 'notice',
  title: 'A Terraform plan moves a database to an approved CA, or leaves the CA to AWS',
  why: "Moving onto the target CA rotates the server certificate: its clients must trust the new root first. A CA known only after apply is AWS's default for the region, which the plan cannot show.",
  remediation: "Make sure the database's clients trust the new root before applying; pin the CA to leave nothing to the region's default.",
  check(facts) {
    const target = facts.approvedCa[0];
    return (facts.plans?.changes ?? []).flatMap((change): Finding[] => {
      const place = planPlace(change, facts.repository.declarations);
      const base = { rule: this.id, severity: 'notice' as const, ...place, resource: change.address };
      if (change.after !== null && facts.approvedCa.includes(change.after) && change.before !== change.after) {
        return [
          {
            ...base,
            message: `The plan ${change.plan} (${planVerb(change)} ${change.address}) moves ${change.attribute} from ${change.before === null ? '(unset)' : `"${change.before}"`} to "${change.after}"${change.after === target ? ', the target CA' : ''}.`,
            remediation: `Apply it once the database's clients trust the ${change.after} root (the gate's bundle checks); it restarts the database unless the engine version rotates without one.`,
          },
        ];
      }
      if (change.after === null && change.afterUnknown && change.kind === 'instance') {
        return [
          {
            ...base,
            message: `The plan ${change.plan} (${planVerb(change)} ${change.address}) leaves ${change.attribute} to be known after apply: AWS gives ${change.actions.includes('create') ? "a new database the region's default CA" : 'it the CA it has'}.`,
            remediation: `Set \`${change.attribute} = "${target}"\` so the plan shows the CA.`,
          },
        ];
      }
      return [];
    });
  },
};

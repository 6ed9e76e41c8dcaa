import { caSetting } from '../model/ca-setting.js';
import { pinRoute } from './iac-ca-not-approved.js';
import type { Rule } from '../model/rule.js';

export const iacCaUnverifiable: Rule = {
  id: 'iac-ca-unverifiable',
  severity: 'notice',
  title: 'Infrastructure code leaves the CA unset or computed',
  why: "Without a literal CA the repository alone cannot tell which CA the database gets: an unset attribute means the region's default for new launches (and existing databases keep theirs); an expression is decided at deploy time. The live gate (or a Terraform plan, terraform-plan) checks what is deployed.",
  remediation:
    'Pin the target CA explicitly, or run the gate with AWS access (offline: false) or a Terraform plan (terraform-plan) to check the deployed databases.',
  check(facts) {
    const target = facts.approvedCa[0];
    return facts.repository.pins.flatMap((pin) => {
      if (pin.value.kind === 'literal') return [];
      const message =
        pin.value.kind === 'absent'
          ? `${pin.resource} does not set ${pin.attribute}: the CA is AWS's default for new launches in that region, or whatever the existing database has.`
          : `${pin.resource} sets ${pin.attribute} from \`${pin.value.text}\`${pinRoute(pin)}, which was not checked: ${pin.value.missing ?? 'the repository alone cannot evaluate it'}.`;
      return [
        {
          rule: this.id,
          severity: 'notice' as const,
          file: pin.file,
          line: pin.line,
          resource: pin.resource,
          message,
          remediation: `Set \`${caSetting(pin, target)}\` explicitly, or check the deployed databases with the live gate or a Terraform plan.`,
        },
      ];
    });
  },
};

import type { CaPin } from '../model/iac.js';
import { caSetting } from '../model/ca-setting.js';
import type { Facts } from '../model/facts.js';
import type { Rule } from '../model/rule.js';

/** How the value reached the resource, when it is written elsewhere: ` through var.ca → module.db`. */
export function pinRoute(pin: CaPin): string {
  const declared = pin.declaredAt ? `, declared at ${pin.declaredAt.file}:${pin.declaredAt.line}` : '';
  return pin.via?.length ? ` (through ${pin.via.join(' → ')}${declared})` : declared ? ` (${declared.slice(2)})` : '';
}

function fix(pin: CaPin, target: string): string {
  if (pin.via?.length)
    return `Change the value written at ${pin.file}:${pin.line} to "${target}" (it reaches ${pin.attribute} of ${pin.resource} through ${pin.via.join(' → ')}).`;
  return `Set \`${caSetting(pin, target)}\` on ${pin.resource}.`;
}

export const iacCaNotApproved: Rule = {
  id: 'iac-ca-not-approved',
  severity: 'error',
  title: 'Infrastructure code pins a CA outside approved-ca',
  why: 'The next apply would put (or keep) the database on that CA, undoing any rotation. rds-ca-2019 expired on 2024-08-22.',
  remediation: 'Change the pinned CA to the target CA (the first of approved-ca).',
  check(facts: Facts) {
    const target = facts.approvedCa[0];
    return facts.repository.pins.flatMap((pin) => {
      if (pin.value.kind !== 'literal' || facts.approvedCa.includes(pin.value.ca)) return [];
      const expired = facts.catalog.validTill(pin.value.ca);
      const when = expired && expired < facts.now ? ` (expired ${expired.slice(0, 10)})` : '';
      return [
        {
          rule: this.id,
          severity: 'error' as const,
          file: pin.file,
          line: pin.line,
          resource: pin.resource,
          message: `${pin.resource} pins ${pin.attribute} to "${pin.value.ca}"${when}${pinRoute(pin)}, which is not in approved-ca (${facts.approvedCa.join(', ')}).`,
          remediation: fix(pin, target),
        },
      ];
    });
  },
};

import type { CaPin } from '../scan/iac/pin.js';
import { type Facts, type Rule } from './rule.js';

function fix(pin: CaPin, target: string): string {
  switch (pin.tool) {
    case 'terraform':
      return `Set \`${pin.attribute} = "${target}"\` on ${pin.resource}.`;
    case 'cloudformation':
      return `Set \`CACertificateIdentifier: ${target}\` on ${pin.resource}.`;
    case 'cdk':
      return `Use \`CaCertificate.${target.replace('rds-ca-', 'RDS_CA_').replaceAll('-', '_').toUpperCase()}\` (or \`CaCertificate.of('${target}')\`).`;
  }
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
      return [{
        rule: this.id,
        severity: 'error' as const,
        file: pin.file,
        line: pin.line,
        resource: pin.resource,
        message: `${pin.resource} pins ${pin.attribute} to "${pin.value.ca}"${when}, which is not in approved-ca (${facts.approvedCa.join(', ')}).`,
        remediation: fix(pin, target),
      }];
    });
  },
};

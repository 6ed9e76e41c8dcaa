import { bundleName } from '../trust/bundle-origin.js';
import type { Rule } from '../model/rule.js';
import { shortFingerprint } from '../base/text.js';

export const lookalikeCertificate: Rule = {
  id: 'lookalike-certificate',
  severity: 'error',
  title: 'Certificate imitates an AWS RDS CA',
  why: 'It carries the exact subject of a genuine RDS CA but another key. Clients trusting it would trust whoever holds that key, and it does not verify real RDS servers.',
  remediation: "Remove it and use AWS's published bundle; find out where it came from.",
  check(facts) {
    return facts.bundles.flatMap((bundle) =>
      bundle.certificates.flatMap((c) => {
        if (c.classification.kind !== 'lookalike') return [];
        const real = c.classification.imitates;
        return [
          {
            rule: this.id,
            severity: 'error' as const,
            file: bundle.path,
            line: c.line,
            resource: c.cert.subjectCn,
            message: `Certificate #${c.index} in ${bundleName(bundle)} has the subject of AWS's "${real.subjectCn}" (${real.caId}) but is not it: sha256 ${shortFingerprint(c.cert.sha256)}, AWS's is ${shortFingerprint(real.sha256)}.`,
            remediation: `Remove certificate #${c.index} from ${bundleName(bundle)} and take the root from AWS's bundle.`,
          },
        ];
      }),
    );
  },
};

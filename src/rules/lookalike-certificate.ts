import { bundleName } from '../trust/bundle-origin.js';
import { amazonTrustRootOf } from '../trust/amazon-trust.js';
import type { Facts } from '../model/facts.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { shortFingerprint } from '../base/text.js';

const RULE = 'lookalike-certificate';

/** Certificates with an Amazon Trust Services root's subject but another key, in any file clients may load. */
function amazonTrustLookalikes(facts: Facts): Finding[] {
  return facts.repository.certificateFiles
    .filter((file) => !file.documentation)
    .flatMap((file) =>
      file.certificates.flatMap((c) => {
        const found = amazonTrustRootOf(c.cert);
        if (found?.kind !== 'lookalike') return [];
        const real = found.imitates;
        return [
          {
            rule: RULE,
            severity: 'error' as const,
            file: file.path,
            line: c.line,
            resource: c.cert.subjectCn,
            message: `Certificate #${c.index} in ${file.path} has the subject of Amazon Trust Services' "${real.name}" but not its key: sha256 ${shortFingerprint(c.cert.sha256)}, Amazon's is ${shortFingerprint(real.sha256)}. Clients that trust it do not verify RDS Proxy endpoints, and trust whoever holds its key.`,
            remediation: `Remove certificate #${c.index} from ${file.path} and take ${real.name} from ${real.url}.`,
          },
        ];
      }),
    );
}

export const lookalikeCertificate: Rule = {
  id: RULE,
  severity: 'error',
  title: 'Certificate imitates an AWS RDS CA or an Amazon Trust Services root',
  why: 'It carries the exact subject of a genuine RDS CA, or of an Amazon Trust Services root (what RDS Proxy endpoints chain to), but another key. Clients trusting it would trust whoever holds that key, and it does not verify real RDS servers or proxies.',
  remediation: "Remove it and use AWS's published bundle (or Amazon Trust Services' published root); find out where it came from.",
  check(facts) {
    const rds = facts.bundles.flatMap((bundle) =>
      bundle.certificates.flatMap((c) => {
        if (c.classification.kind !== 'lookalike') return [];
        const real = c.classification.imitates;
        return [
          {
            rule: RULE,
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
    return [...rds, ...amazonTrustLookalikes(facts)];
  },
};

import { bundleName } from '../trust/bundle-origin.js';
import type { Rule } from '../model/rule.js';
import { REFRESH_CATALOG } from '../catalog/urls.js';
import { shortFingerprint } from '../base/text.js';

export const unknownRdsCa: Rule = {
  id: 'unknown-rds-ca',
  severity: 'warning',
  title: 'RDS-looking CA not in the catalog',
  why: "Its subject names Amazon RDS, but the embedded catalog does not know it: either AWS published a CA after this build, or it is not AWS's.",
  remediation: `Refresh the catalog from AWS's trust store (\`${REFRESH_CATALOG}\`) or upgrade the action; if it is still unknown, remove the certificate.`,
  check(facts) {
    return facts.bundles.flatMap((bundle) =>
      bundle.certificates.flatMap((c) =>
        // A library's profile carries its own extras (other partitions' roots): the user cannot edit them.
        c.classification.kind !== 'unknown-rds' || bundle.origin?.kind === 'profile'
          ? []
          : [
              {
                rule: this.id,
                severity: 'warning' as const,
                file: bundle.path,
                line: c.line,
                resource: c.cert.subjectCn,
                message: `Certificate #${c.index} in ${bundleName(bundle)}, "${c.cert.subjectCn}" (sha256 ${shortFingerprint(c.cert.sha256)}), looks like an RDS CA but is not in the catalog; the catalog may be out of date.`,
                remediation: this.remediation,
              },
            ],
      ),
    );
  },
};

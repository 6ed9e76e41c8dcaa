import { bundleName } from '../trust/bundle-origin.js';
import type { Rule } from '../model/rule.js';
import { REFRESH_CATALOG, refreshCatalogCommand } from '../catalog/urls.js';
import { parseRdsName } from '../catalog/names.js';
import { shortFingerprint } from '../base/text.js';

/** The region a certificate's name places it in, when it names a plain one (not Beta/Preview). */
function regionOf(cert: { subjectCn: string; issuerCn: string }): string | undefined {
  const region = parseRdsName(cert.subjectCn, cert.issuerCn)?.region;
  return region && !region.includes(':') ? region : undefined;
}

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
                remediation: `Refresh the catalog from AWS's trust store for its partition (\`${refreshCatalogCommand(regionOf(c.cert))}\`) or upgrade the action; if it is still unknown, remove the certificate.`,
              },
            ],
      ),
    );
  },
};

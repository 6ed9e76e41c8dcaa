import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { REFRESH_CATALOG } from '../catalog/urls.js';

export const regionNotInCatalog: Rule = {
  id: 'region-not-in-catalog',
  severity: 'error',
  title: 'Region in scope has no target root in the catalog',
  why: 'Bundles cannot be checked for a region whose roots the catalog does not know (GovCloud and China publish separate bundles; a new region may be newer than this build).',
  remediation: `Refresh the catalog with that region's bundle (\`${REFRESH_CATALOG}\`, or the region's bundle URL), or remove the region from \`regions\`.`,
  check(facts) {
    const target = facts.approvedCa[0];
    // A region AWS described live is judged by its thumbprints (bundle-trusts-database-ca).
    const live = new Set(
      (facts.aws?.inspected ?? []).filter((i) => i.certificates?.some((c) => c.caId === target && c.thumbprint)).map((i) => i.region),
    );
    const unknown = facts.regions.filter((r) => !facts.catalog.root(target, r) && !live.has(r));
    return unknown.map((region): Finding => ({
      rule: this.id,
      severity: 'error',
      resource: region,
      message: `The catalog has no ${target} root for ${region}: bundles were not checked for it.`,
      remediation: this.remediation,
    }));
  },
};

import { REFRESH_CATALOG, type Finding, type Rule } from './rule.js';

export const regionNotInCatalog: Rule = {
  id: 'region-not-in-catalog',
  severity: 'error',
  title: 'Region in scope has no target root in the catalog',
  why: 'Bundles cannot be checked for a region whose roots the catalog does not know (GovCloud and China publish separate bundles; a new region may be newer than this build).',
  remediation: `Refresh the catalog with that region's bundle (\`${REFRESH_CATALOG}\`, or the region's bundle URL), or remove the region from \`regions\`.`,
  check(facts) {
    const target = facts.approvedCa[0];
    const unknown = facts.regions.filter((r) => !facts.catalog.root(target, r));
    return unknown.map((region): Finding => ({
      rule: this.id,
      severity: 'error',
      resource: region,
      message: `The catalog has no ${target} root for ${region}: bundles were not checked for it.`,
      remediation: this.remediation,
    }));
  },
};

export const approvedCaExpired: Rule = {
  id: 'approved-ca-expired',
  severity: 'warning',
  title: 'approved-ca lists an expired CA',
  why: 'A CA whose roots have expired verifies nothing; approving it lets databases stay on it.',
  remediation: 'Remove it from approved-ca.',
  check(facts) {
    return facts.approvedCa.flatMap((caId): Finding[] => {
      const till = facts.catalog.validTill(caId);
      return till && till < facts.now
        ? [{ rule: this.id, severity: 'warning', resource: caId, message: `approved-ca lists ${caId}, which expired on ${till.slice(0, 10)}.`, remediation: `Remove ${caId} from approved-ca.` }]
        : [];
    });
  },
};

export const awsNotInspected: Rule = {
  id: 'aws-not-inspected',
  severity: 'error',
  title: 'AWS databases were not inspected',
  why: 'The gate was asked to check the databases and could not; it does not pass what it could not see.',
  remediation: 'Give the job AWS credentials (role-to-assume with `id-token: write`, or a configure-aws-credentials step), or set `offline: true` to check the repository alone.',
  check(facts) {
    return facts.awsNotInspected
      ? [{ rule: this.id, severity: 'error', message: `AWS was not inspected: ${facts.awsNotInspected}`, remediation: this.remediation }]
      : [];
  },
};

import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import type { Catalog } from '../catalog/catalog.js';
import { partitionOf } from '../base/partition.js';
import { globalBundleUrl, partitionName, refreshCatalogCommand, regionalBundleUrl } from '../catalog/urls.js';

/** Whether the catalog holds any `caId` root of the partition `region` belongs to. */
function knowsPartition(catalog: Catalog, caId: string, region: string): boolean {
  const name = partitionOf(region).name;
  return catalog.entries.some((e) => e.caId === caId && e.role === 'root' && e.region !== null && partitionOf(e.region).name === name);
}

/** Why the catalog lacks the root, and how to add it: from the region's own partition, never another's. */
function explain(catalog: Catalog, caId: string, region: string): { why: string; fix: string } {
  const partition = partitionName(region);
  const url = globalBundleUrl(region);
  const command = `\`${refreshCatalogCommand(region)}\``;
  const drop = `or remove ${region} from \`regions\`.`;
  if (!url) {
    return {
      why: `${region} is in the ${partition} partition, whose RDS bundle AWS does not publish on the internet and this build does not hold`,
      fix: `Copy AWS's ${partition} RDS bundle from inside that partition and add it to the catalog with ${command}, ${drop}`,
    };
  }
  const regional = regionalBundleUrl(region)!;
  if (!knowsPartition(catalog, caId, region)) {
    return {
      why: `this build holds no roots of the ${partition} partition, whose bundles AWS publishes apart from the commercial ones`,
      fix: `Add the ${partition} bundle to the catalog: ${command} (the region's own bundle: ${regional}), ${drop}`,
    };
  }
  return {
    why: `the ${partition} bundle this build was made from predates the region`,
    fix: `Refresh the catalog from the ${partition} bundle: ${command} (the region's own bundle: ${regional}), ${drop}`,
  };
}

export const regionNotInCatalog: Rule = {
  id: 'region-not-in-catalog',
  severity: 'error',
  title: 'Region in scope has no target root in the catalog',
  why: 'Bundles cannot be checked for a region whose roots the catalog does not know (each AWS partition publishes its own bundles; a new region may be newer than this build).',
  remediation:
    "Add the bundle of the region's own partition to the catalog (`npm run catalog -- <that partition's bundle URL or file> && npm run build`), or remove the region from `regions`.",
  check(facts) {
    const target = facts.approvedCa[0];
    // A region AWS described live is judged by its thumbprints (bundle-trusts-database-ca).
    const live = new Set(
      (facts.aws?.inspected ?? []).filter((i) => i.certificates?.some((c) => c.caId === target && c.thumbprint)).map((i) => i.region),
    );
    const unknown = facts.regions.filter((r) => !facts.catalog.root(target, r) && !live.has(r));
    return unknown.map((region): Finding => {
      const { why, fix } = explain(facts.catalog, target, region);
      return {
        rule: this.id,
        severity: 'error',
        resource: region,
        message: `The catalog has no ${target} root for ${region}: ${why}, so bundles were not checked for it.`,
        remediation: fix,
      };
    });
  },
};

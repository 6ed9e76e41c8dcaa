/** What a bundle covers: the regions it serves in scope, the roots it holds or lacks. */
import type { RdsBundle } from '../trust/bundles.js';
import type { Facts } from './facts.js';
import type { RegionInventory } from './fleet.js';
import { caInRegion } from './database-ca.js';

/** Does the bundle hold the root of `caId` in the region? The live thumbprint first, the catalog second; undefined when neither names it. */
export function bundleHoldsRoot(bundle: RdsBundle, facts: Facts, inventory: RegionInventory, caId: string): boolean | undefined {
  const thumbprint = caInRegion(inventory, caId)?.thumbprint;
  if (thumbprint) return bundle.thumbprints.has(thumbprint);
  const root = facts.catalog.root(caId, inventory.region);
  return root ? bundle.fingerprints.has(root.sha256) : undefined;
}

/** The bundles that serve a region (one-region bundles, and all-region ones). */
export function bundlesServing(facts: Facts, region: string): RdsBundle[] {
  return facts.bundles.filter((b) => b.serves === 'all' || b.serves === region);
}

/** The regions in scope that a bundle serves. */
export function servedRegions(bundle: RdsBundle, facts: Facts): string[] {
  return bundle.serves === 'all' ? [...facts.regions] : facts.regions.filter((r) => r === bundle.serves);
}

/** Line of the bundle's first RDS certificate, for annotations. */
export function firstLine(bundle: RdsBundle): number | undefined {
  return bundle.certificates.find((c) => c.line !== undefined)?.line;
}

/** Which of CA `caId`'s regional roots the bundle lacks, for the regions it serves in scope. */
export function missingRoots(bundle: RdsBundle, facts: Facts, caId: string): { region: string; cn: string; sha256: string }[] {
  const missing = [];
  for (const region of servedRegions(bundle, facts)) {
    const root = facts.catalog.root(caId, region);
    if (root && !bundle.fingerprints.has(root.sha256)) missing.push({ region, cn: root.subjectCn, sha256: root.sha256 });
  }
  return missing;
}

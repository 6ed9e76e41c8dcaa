import type { Facts } from './rule.js';
import type { RdsBundle } from '../trust/bundles.js';

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

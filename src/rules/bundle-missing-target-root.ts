import type { RdsBundle } from '../trust/bundles.js';
import { bundleName, replaceForScope } from '../trust/bundle-origin.js';
import type { Facts } from '../model/facts.js';
import type { Rule } from '../model/rule.js';
import { globalBundleUrl, globalBundleUrls, PARTITION_BUNDLES, partitionName, regionalBundleUrl } from '../catalog/urls.js';
import type { CatalogEntry } from '../catalog/entry.js';
import { partitionOf } from '../base/partition.js';
import { list, shortFingerprint } from '../base/text.js';
import { firstLine, missingRoots, servedRegions } from '../model/bundle-coverage.js';

const day = (iso: string): string => iso.slice(0, 10);

/**
 * The missing regions of partitions the bundle holds no G1 root of, said as such: it is another partition's
 * bundle, not an out-of-date one. Each partition named with the bundle AWS publishes for it.
 */
function otherPartition(current: readonly CatalogEntry[], missing: readonly { region: string }[]): { text: string; rest: string[] } {
  const held = new Map(current.flatMap((e) => (e.region ? [[partitionOf(e.region).name, partitionName(e.region)] as const] : [])));
  const foreign = new Map<string, string[]>();
  const rest: string[] = [];
  for (const { region } of missing) {
    if (held.has(partitionOf(region).name)) rest.push(region);
    else foreign.set(partitionName(region), [...(foreign.get(partitionName(region)) ?? []), region]);
  }
  if (!foreign.size) return { text: '', rest };
  const theirs = [...foreign].map(([name, regions]) => {
    const url = globalBundleUrl(regions[0]);
    return `${list(regions)} ${regions.length > 1 ? 'are' : 'is'} in ${name}, whose bundle is ${url ?? 'published only inside that partition'}`;
  });
  const text = ` It is AWS's bundle for the ${list([...held.values()])} partition, which holds no root of the regions in scope: ${theirs.join('; ')}.`;
  return { text, rest };
}

/** What the bundle is, said by what it holds: an old era's bundle, another partition's, or one made before regions were added. */
function describe(bundle: RdsBundle, missing: readonly { region: string; sha256: string }[], facts: Facts): string {
  const genuine = bundle.certificates.flatMap((c) => (c.classification.kind === 'genuine' ? [c.classification.entry] : []));
  const current = genuine.filter((e) => e.caId.endsWith('-g1'));
  if (!current.length && genuine.length) {
    const eras = [...new Set(genuine.map((e) => e.caId))].sort().map((id) => `${id} (expired ${day(facts.catalog.validTill(id) ?? '')})`);
    return ` It is an old bundle: it holds only certificates of ${list(eras)}.`;
  }
  if (!current.length) return '';
  const { text, rest } = otherPartition(current, missing);
  const newest = current.reduce((last, e) => (e.notBefore > last ? e.notBefore : last), '');
  const added = missing
    .filter((m) => rest.includes(m.region) && (facts.catalog.bySha256(m.sha256)?.notBefore ?? '') > newest)
    .map((m) => m.region);
  if (!added.length) return text;
  return `${text} It lacks the roots of ${list(added)}, region(s) added since it was made (its newest root dates from ${day(newest)}); today's ${bundle.serves === 'all' ? 'global' : 'regional'} bundle has them.`;
}

export const bundleMissingTargetRoot: Rule = {
  id: 'bundle-missing-target-root',
  severity: 'error',
  title: 'RDS bundle lacks the target CA root',
  why: "Clients that verify the server trust only the roots in their bundle. When a database moves to the target CA, clients whose bundle lacks that region's root fail to connect.",
  remediation: `Replace the bundle with AWS's current global bundle of the regions' partition (${PARTITION_BUNDLES}), or the region's bundle, before any database rotates.`,
  check(facts) {
    const target = facts.approvedCa[0];
    return facts.bundles.flatMap((bundle) => {
      const missing = missingRoots(bundle, facts, target);
      if (!missing.length) return [];
      const regions = missing.map((m) => m.region);
      const roots = missing.slice(0, 3).map((m) => `"${m.cn}" (sha256 ${shortFingerprint(m.sha256)})`);
      const urls = bundle.serves !== 'all' ? [regionalBundleUrl(bundle.serves) ?? ''].filter(Boolean) : globalBundleUrls(facts.regions);
      return [
        {
          rule: this.id,
          severity: 'error' as const,
          file: bundle.path,
          line: firstLine(bundle),
          message:
            `${bundleName(bundle)} does not hold the ${target} root for ${regions.length} region(s) in scope: ${list(regions)}. Missing: ${list(roots, 3)}.` +
            describe(bundle, missing, facts),
          remediation:
            `${replaceForScope(bundle, urls, servedRegions(bundle, facts))} Deploy it to clients before databases rotate to ${target}.`.trimStart(),
        },
      ];
    });
  },
};

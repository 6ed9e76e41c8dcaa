import type { RdsBundle } from '../trust/bundles.js';
import { bundleName, replaceBundle } from '../trust/bundle-origin.js';
import type { Facts } from '../model/facts.js';
import type { Rule } from '../model/rule.js';
import { globalBundleUrls, PARTITION_BUNDLES, regionalBundleUrl } from '../catalog/urls.js';
import { list, shortFingerprint } from '../base/text.js';
import { firstLine, missingRoots } from '../model/bundle-coverage.js';

const day = (iso: string): string => iso.slice(0, 10);

/** What the bundle is, said by what it holds: an old era's bundle, or one made before regions were added. */
function describe(bundle: RdsBundle, missing: readonly { region: string; sha256: string }[], facts: Facts): string {
  const genuine = bundle.certificates.flatMap((c) => (c.classification.kind === 'genuine' ? [c.classification.entry] : []));
  const current = genuine.filter((e) => e.caId.endsWith('-g1'));
  if (!current.length && genuine.length) {
    const eras = [...new Set(genuine.map((e) => e.caId))].sort().map((id) => `${id} (expired ${day(facts.catalog.validTill(id) ?? '')})`);
    return ` It is an old bundle: it holds only certificates of ${list(eras)}.`;
  }
  if (!current.length) return '';
  const newest = current.reduce((last, e) => (e.notBefore > last ? e.notBefore : last), '');
  const added = missing.filter((m) => (facts.catalog.bySha256(m.sha256)?.notBefore ?? '') > newest).map((m) => m.region);
  if (!added.length) return '';
  return ` It lacks the roots of ${list(added)}, region(s) added since it was made (its newest root dates from ${day(newest)}); today's ${bundle.serves === 'all' ? 'global' : 'regional'} bundle has them.`;
}

/**
 * The bundle(s) to put there: its partition's (a download keeps its own current address); where the regions
 * span partitions, each partition's bundle, since each has its own roots.
 */
function fix(bundle: RdsBundle, urls: readonly string[]): string {
  const own = bundle.origin?.kind === 'download' ? bundle.origin : undefined;
  const keep = own !== undefined && urls.includes(own.url);
  const rest = keep ? urls.filter((u) => u !== own.url) : urls.slice(1);
  const first = keep || !urls.length ? '' : `${replaceBundle(bundle, own && urls.includes(own.replacement) ? own.replacement : urls[0])} `;
  const more = rest.length
    ? `Its regions span AWS partitions, each with its own roots: add ${list(rest)} to what ${bundle.path} holds. `
    : '';
  return first + more;
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
          remediation: `${fix(bundle, urls)}Deploy it to clients before databases rotate to ${target}.`,
        },
      ];
    });
  },
};

import type { RdsBundle } from '../trust/bundles.js';
import { multiAccount, type RegionInventory } from '../model/fleet.js';
import { bundleName, replaceBundle } from '../trust/bundle-origin.js';
import type { Finding } from '../model/finding.js';
import type { Facts } from '../model/facts.js';
import type { Rule } from '../model/rule.js';
import { globalBundleUrl, PARTITION_BUNDLES, partitionName, regionalBundleUrl } from '../catalog/urls.js';
import { list } from '../base/text.js';
import { fleet } from '../model/fleet-walk.js';
import { caInRegion, onApprovedCa } from '../model/database-ca.js';
import { bundleHoldsRoot, bundlesServing } from '../model/bundle-coverage.js';

/** bundle-missing-target-root already reports a missing target root the catalog knows, unless AWS names another root. */
function reportedOffline(facts: Facts, inventory: RegionInventory, caId: string): boolean {
  const root = facts.catalog.root(caId, inventory.region);
  const thumbprint = caInRegion(inventory, caId)?.thumbprint;
  return caId === facts.approvedCa[0] && Boolean(root) && (!thumbprint || thumbprint === root!.sha1);
}

/** The bundle of the region's own partition, or where AWS publishes none on the internet, that it must come from inside. */
function fix(bundle: RdsBundle, region: string): string {
  const url = globalBundleUrl(region);
  if (!url)
    return `Put AWS's ${partitionName(region)} RDS bundle, published inside that partition, in ${bundle.path}. Deploy it before rotating.`;
  return `${replaceBundle(bundle, url)} (Or the region's own: ${regionalBundleUrl(region)}.) Deploy it before rotating.`;
}

export const bundleTrustsDatabaseCa: Rule = {
  id: 'bundle-trusts-database-ca',
  severity: 'error',
  title: 'A bundle cannot verify the databases it serves',
  why: "For each database in scope, the repository's bundles for its region must hold the root of the CA it uses, and of the target CA, so that neither today's connections nor the rotation break verifying clients. Roots are matched by the live DescribeCertificates thumbprint, then by the embedded catalog.",
  remediation: `Replace the bundle with AWS's current global bundle for the databases' partition (${PARTITION_BUNDLES}).`,
  check(facts) {
    // Two accounts can both have an `orders` there: in a multi-account run each is named with its account.
    const multi = multiAccount(facts.aws);
    const missing = new Map<string, { bundle: RdsBundle; caId: string; region: string; dbs: string[]; unknown: boolean }>();
    for (const { db, inventory } of fleet(facts)) {
      const cas = new Set([facts.approvedCa[0], ...(db.ca && onApprovedCa(db, facts) ? [db.ca] : [])]);
      for (const bundle of bundlesServing(facts, db.region)) {
        for (const caId of cas) {
          const held = bundleHoldsRoot(bundle, facts, inventory, caId);
          if (held === true || (held === false && reportedOffline(facts, inventory, caId))) continue;
          const key = `${bundle.path}\0${bundle.origin?.line ?? ''}\0${caId}\0${db.region}`;
          const entry = missing.get(key) ?? { bundle, caId, region: db.region, dbs: [], unknown: held === undefined };
          entry.dbs.push(multi ? `${db.id} (${db.account})` : db.id);
          missing.set(key, entry);
        }
      }
    }
    return [...missing.values()].map(({ bundle, caId, region, dbs, unknown }): Finding => ({
      rule: this.id,
      severity: unknown ? 'warning' : 'error',
      file: bundle.path,
      ...(bundle.origin ? { line: bundle.origin.line } : {}),
      resource: region,
      message: unknown
        ? `Neither AWS (DescribeCertificates) nor the catalog names the ${caId} root for ${region}: ${bundleName(bundle)} could not be checked for ${dbs.length} database(s) (${list(dbs, 5)}).`
        : `${bundleName(bundle)} does not hold the ${caId} root for ${region}, which ${dbs.length} database(s) there ${caId === facts.approvedCa[0] ? 'will use after rotation' : 'use'}: ${list(dbs, 5)}.`,
      remediation: fix(bundle, region),
    }));
  },
};

/**
 * One region's inventory, every call fully paginated and none per database: the calls
 * grow with pages and distinct engine versions, not with databases. DescribeDBInstances
 * and DescribeDBClusters must answer or the region is not inspected; the auxiliary calls
 * may fail, and each failure says which checks were skipped and what was assumed.
 */
import {
  DescribeDBEngineVersionsCommand,
  paginateDescribeCertificates,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribePendingMaintenanceActions,
  type DBCluster,
  type DBInstance,
  type RDSClient,
} from '@aws-sdk/client-rds';
import { databasesFrom, withClusters } from '../fleet/databases.js';
import { engineVersionKey, type CaInRegion, type Database, type EngineVersionFacts, type PendingRotation, type RegionInventory } from '../fleet/inventory.js';
import { sortedList } from '../rules/order.js';
import { describeAwsError } from './errors.js';

const PAGE = 100;
/** AWS's name for the pending maintenance action behind the console's "CertificateUpdate". */
export const CA_ROTATION_ACTION = 'ca-certificate-rotation';

const iso = (d: Date | undefined): string | undefined => (d ? d.toISOString().replace('.000Z', 'Z') : undefined);

async function collect<T, P>(pages: AsyncIterable<P>, items: (page: P) => T[] | undefined): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(...(items(page) ?? []));
  return out;
}

async function certificates(rds: RDSClient): Promise<{ list: CaInRegion[]; defaultCa?: string }> {
  const list: CaInRegion[] = [];
  let defaultCa: string | undefined;
  for await (const page of paginateDescribeCertificates({ client: rds, pageSize: PAGE }, {})) {
    defaultCa ??= page.DefaultCertificateForNewLaunches;
    for (const c of page.Certificates ?? []) {
      if (!c.CertificateIdentifier) continue;
      list.push({
        caId: c.CertificateIdentifier,
        thumbprint: c.Thumbprint?.toLowerCase(),
        validFrom: iso(c.ValidFrom),
        validTill: iso(c.ValidTill),
        customerOverride: c.CustomerOverride === true,
        customerOverrideValidTill: iso(c.CustomerOverrideValidTill),
      });
    }
  }
  const override = list.find((c) => c.customerOverride)?.caId;
  return { list, defaultCa: override ?? defaultCa };
}

async function pendingRotations(rds: RDSClient): Promise<Record<string, PendingRotation>> {
  const pending: Record<string, PendingRotation> = {};
  for await (const page of paginateDescribePendingMaintenanceActions({ client: rds, pageSize: PAGE }, {})) {
    for (const resource of page.PendingMaintenanceActions ?? []) {
      const action = resource.PendingMaintenanceActionDetails?.find((a) => a.Action === CA_ROTATION_ACTION);
      if (!resource.ResourceIdentifier || !action) continue;
      pending[resource.ResourceIdentifier] = {
        autoAppliedAfter: iso(action.AutoAppliedAfterDate),
        forcedApply: iso(action.ForcedApplyDate),
        currentApply: iso(action.CurrentApplyDate),
        optInStatus: action.OptInStatus,
      };
    }
  }
  return pending;
}

async function engineVersion(rds: RDSClient, engine: string, version: string): Promise<EngineVersionFacts | undefined> {
  const out = await rds.send(new DescribeDBEngineVersionsCommand({ Engine: engine, EngineVersion: version }));
  const v = out.DBEngineVersions?.[0];
  return v ? { rotatesWithoutRestart: v.SupportsCertificateRotationWithoutRestart, supportedCas: v.SupportedCACertificateIdentifiers ?? [] } : undefined;
}

export async function inspectRegion(region: string, rds: RDSClient, inScope: (db: Database) => boolean): Promise<RegionInventory> {
  const settled = <T>(p: Promise<T>) => p.then((value) => ({ value }), (error: unknown) => ({ error }));
  // Instances are reduced to plain facts page by page, so the SDK's full objects do not pile up;
  // clusters are few and needed whole to tell Multi-AZ DB clusters from Aurora.
  const [instances, clusters, certs, pending] = await Promise.all([
    collect<Database, { DBInstances?: DBInstance[] }>(paginateDescribeDBInstances({ client: rds, pageSize: PAGE }, {}), (p) => databasesFrom(p.DBInstances ?? [], [], region)),
    collect<DBCluster, { DBClusters?: DBCluster[] }>(paginateDescribeDBClusters({ client: rds, pageSize: PAGE }, {}), (p) => p.DBClusters),
    settled(certificates(rds)),
    settled(pendingRotations(rds)),
  ]);
  const inventory: RegionInventory = { region, databases: withClusters(instances, clusters, region).filter(inScope), engineVersions: {}, skipped: [] };
  if ('value' in certs) {
    inventory.certificates = certs.value.list;
    inventory.defaultCa = certs.value.defaultCa;
  } else {
    inventory.skipped.push(`DescribeCertificates failed (${describeAwsError(certs.error)}): CA expiry and the default CA for new launches were not checked, and trust was judged by the embedded catalog alone`);
  }
  if ('value' in pending) inventory.pending = pending.value;
  else inventory.skipped.push(`DescribePendingMaintenanceActions failed (${describeAwsError(pending.error)}): pending ca-certificate-rotation deadlines are not shown`);

  const versions = new Map(inventory.databases.map((d) => [engineVersionKey(d.engine, d.engineVersion), d]));
  const failures: string[] = [];
  await Promise.all([...versions].map(async ([key, db]) => {
    try {
      const facts = await engineVersion(rds, db.engine, db.engineVersion);
      if (facts) inventory.engineVersions[key] = facts;
      else failures.push(`${key}: not described`);
    } catch (error) {
      failures.push(`${key}: ${describeAwsError(error)}`);
    }
  }));
  if (failures.length) {
    // Sorted: the calls finish in any order, the message must not change with it.
    inventory.skipped.push(`DescribeDBEngineVersions failed for ${sortedList(failures).join('; ')}: a restart was assumed for those versions and support for the target CA was not checked`);
  }
  return inventory;
}

/**
 * One region's inventory, every call fully paginated and none per database: the calls
 * grow with pages and distinct engine versions, not with databases. DescribeDBInstances
 * and DescribeDBClusters must answer or the region is not inspected; the auxiliary calls
 * may fail, and each failure says which checks were skipped and what was assumed. Every call
 * carries the inspection's deadline; a call cut by it leaves the whole region not inspected.
 * The calls overlap as far as their dependencies allow: only the DescribeDBInstances pages
 * follow each other (through Marker); clusters, certificates and pending maintenance go beside
 * the first page, and each engine version is described as soon as a database runs it.
 */
import {
  paginateDescribeCertificates,
  paginateDescribeDBClusters,
  paginateDescribeDBInstances,
  paginateDescribePendingMaintenanceActions,
  type DBCluster,
  type DBInstance,
  type RDSClient,
} from '@aws-sdk/client-rds';
import { databasesFrom, isoInstant as iso, withClusters, type Where } from './databases.js';
import { EngineVersionRound, engineVersion, settled } from './engine-versions.js';
import type { CaInRegion, Database, PendingRotation, RegionInventory } from '../model/fleet.js';
import type { AwsCall, CallContext } from './aws-problem.js';
import { awsCall, AwsCallError } from './errors.js';
import { collectPages } from './pages.js';
import { describeProxies } from './proxies.js';
import { sortedList } from '../verdict/order.js';

const PAGE = 100;
/** AWS's name for the pending maintenance action behind the console's "CertificateUpdate". */
export const CA_ROTATION_ACTION = 'ca-certificate-rotation';

/** Send options of every call: the inspection's deadline. */
const sendOptions = (context: CallContext) => ({ abortSignal: context.deadline });

async function certificates(rds: RDSClient, context: CallContext): Promise<{ list: CaInRegion[]; defaultCa?: string }> {
  const list: CaInRegion[] = [];
  let defaultCa: string | undefined;
  for await (const page of paginateDescribeCertificates({ client: rds, pageSize: PAGE }, {}, sendOptions(context))) {
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

async function pendingRotations(rds: RDSClient, context: CallContext): Promise<Record<string, PendingRotation>> {
  const pending: Record<string, PendingRotation> = {};
  for await (const page of paginateDescribePendingMaintenanceActions({ client: rds, pageSize: PAGE }, {}, sendOptions(context))) {
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

/** An auxiliary call's failure in words (its fix kept in `fixes`); the deadline's cut fails the whole region instead. */
function auxiliaryFailure(error: unknown, fixes: Set<string>): string {
  if (error instanceof AwsCallError && error.problem.kind === 'deadline') throw error;
  if (!(error instanceof AwsCallError)) throw error;
  fixes.add(error.problem.remediation);
  return error.problem.text;
}

export async function inspectRegion(
  { account, region }: Where,
  rds: RDSClient,
  inScope: (db: Database) => boolean,
  context: CallContext = {},
): Promise<RegionInventory> {
  const call = (action: string): AwsCall => ({ service: 'RDS', action, region });
  // Engine versions are described as the databases that run them become known, beside the instance pages.
  const round = new EngineVersionRound(
    (engine, version) => awsCall(call('DescribeDBEngineVersions'), context, () => engineVersion(rds, engine, version, context)),
    inScope,
    { account, region },
  );
  // Instances are reduced to plain facts page by page, so the SDK's full objects do not pile up;
  // clusters are few and needed whole to tell Multi-AZ DB clusters from Aurora.
  const [instancesCall, clustersCall, certs, pending, proxies] = await Promise.all([
    settled(
      awsCall(call('DescribeDBInstances'), context, () =>
        collectPages<Database, { DBInstances?: DBInstance[] }>(
          paginateDescribeDBInstances({ client: rds, pageSize: PAGE }, {}, sendOptions(context)),
          (p) => round.instances(databasesFrom(p.DBInstances ?? [], [], { account, region })),
        ),
      ),
    ),
    settled(
      awsCall(call('DescribeDBClusters'), context, () =>
        collectPages<DBCluster, { DBClusters?: DBCluster[] }>(
          paginateDescribeDBClusters({ client: rds, pageSize: PAGE }, {}, sendOptions(context)),
          (p) => p.DBClusters,
        ).then((clusters) => round.clusters(clusters)),
      ),
    ),
    settled(awsCall(call('DescribeCertificates'), context, () => certificates(rds, context))),
    settled(awsCall(call('DescribePendingMaintenanceActions'), context, () => pendingRotations(rds, context))),
    settled(describeProxies(rds, { account, region }, inScope, context, (action, work) => awsCall(call(action), context, work))),
  ]);
  // Nothing is judged, and no failure thrown, while an engine-version call is still in flight.
  await round.settle();
  // Both must answer; when both fail, the same one is named every run.
  if ('error' in instancesCall) throw instancesCall.error;
  if ('error' in clustersCall) throw clustersCall.error;
  const [instances, clusters] = [instancesCall.value, clustersCall.value];
  const inventory: RegionInventory = {
    account,
    region,
    databases: withClusters(instances, clusters, { account, region }).filter(inScope),
    engineVersions: {},
    skipped: [],
  };
  const fixes = new Set<string>();
  if ('value' in certs) {
    inventory.certificates = certs.value.list;
    inventory.defaultCa = certs.value.defaultCa;
  } else {
    inventory.skipped.push(
      `DescribeCertificates failed (${auxiliaryFailure(certs.error, fixes)}): CA expiry and the default CA for new launches were not checked, and trust was judged by the embedded catalog alone`,
    );
  }
  if ('value' in pending) inventory.pending = pending.value;
  else
    inventory.skipped.push(
      `DescribePendingMaintenanceActions failed (${auxiliaryFailure(pending.error, fixes)}): pending ca-certificate-rotation deadlines are not shown`,
    );

  if ('value' in proxies) {
    if (proxies.value.length) inventory.proxies = proxies.value;
  } else
    inventory.skipped.push(
      `RDS Proxy was not described (${auxiliaryFailure(proxies.error, fixes)}): whether clients of its proxies trust the Amazon Trust Services roots was not checked`,
    );

  const failures: string[] = [];
  const described = await round.described(inventory.databases);
  for (const r of described) {
    if ('error' in r) failures.push(`${r.key}: ${auxiliaryFailure(r.error, fixes)}`);
    else if (r.value) inventory.engineVersions[r.key] = r.value;
    else failures.push(`${r.key}: not described`);
  }
  if (failures.length) {
    // Sorted: the calls finish in any order, the message must not change with it.
    inventory.skipped.push(
      `DescribeDBEngineVersions failed for ${sortedList(failures).join('; ')}: a restart was assumed for those versions and support for the target CA was not checked`,
    );
  }
  if (fixes.size) inventory.fixes = [...fixes].sort();
  return inventory;
}

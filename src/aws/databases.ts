/**
 * From DescribeDBInstances and DescribeDBClusters answers to the databases whose CA can be
 * judged: instances carry their CA (Aurora and DocumentDB per member instance), Multi-AZ DB
 * clusters carry it at cluster level (their member instances are not judged twice).
 */
import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import type { Database } from '../model/fleet.js';

/** An AWS date as the reports write instants: ISO-8601, whole seconds without `.000`. */
export const isoInstant = (d: Date | undefined): string | undefined => (d ? d.toISOString().replace('.000Z', 'Z') : undefined);
const tagsOf = (list: { Key?: string; Value?: string }[] | undefined): Record<string, string> =>
  Object.fromEntries((list ?? []).filter((t) => t.Key).map((t) => [t.Key!, t.Value ?? '']));

/** Multi-AZ DB clusters (not Aurora, not DocumentDB) have an instance class at cluster level. */
export function isMultiAzDbCluster(cluster: DBCluster): boolean {
  return Boolean(cluster.DBClusterInstanceClass) && !cluster.Engine?.startsWith('aurora') && cluster.Engine !== 'docdb';
}

/** Where the answers came from: the account whose credentials asked, and the region. */
export interface Where {
  account: string;
  region: string;
}

export function databasesFrom(instances: readonly DBInstance[], clusters: readonly DBCluster[], where: Where): Database[] {
  return withClusters(
    instances.map((i) => instanceFacts(i, where)),
    clusters,
    where,
  );
}

function instanceFacts(i: DBInstance, { account, region }: Where): Database {
  return {
    arn: i.DBInstanceArn ?? `${region}:${i.DBInstanceIdentifier}`,
    account,
    id: i.DBInstanceIdentifier ?? '?',
    kind: 'instance',
    region,
    engine: i.Engine ?? 'unknown',
    engineVersion: i.EngineVersion ?? 'unknown',
    ca: i.CACertificateIdentifier ?? i.CertificateDetails?.CAIdentifier,
    pendingCa: i.PendingModifiedValues?.CACertificateIdentifier,
    serverCertValidTill: isoInstant(i.CertificateDetails?.ValidTill),
    clusterId: i.DBClusterIdentifier,
    status: i.DBInstanceStatus,
    tags: tagsOf(i.TagList),
    endpoint: i.Endpoint?.Address ? { address: i.Endpoint.Address, port: i.Endpoint.Port ?? 0 } : undefined,
  };
}

/** Instances' facts plus the Multi-AZ DB clusters, whose member instances are judged at cluster level. */
export function withClusters(instances: readonly Database[], clusters: readonly DBCluster[], { account, region }: Where): Database[] {
  const multiAz = new Map(clusters.filter(isMultiAzDbCluster).map((c) => [c.DBClusterIdentifier, c]));
  const out = instances.filter((i) => !(i.clusterId && multiAz.has(i.clusterId)));
  for (const c of multiAz.values()) {
    out.push({
      arn: c.DBClusterArn ?? `${region}:${c.DBClusterIdentifier}`,
      account,
      id: c.DBClusterIdentifier ?? '?',
      kind: 'cluster',
      region,
      engine: c.Engine ?? 'unknown',
      engineVersion: c.EngineVersion ?? 'unknown',
      ca: c.CertificateDetails?.CAIdentifier,
      pendingCa: c.PendingModifiedValues?.CertificateDetails?.CAIdentifier,
      serverCertValidTill: isoInstant(c.CertificateDetails?.ValidTill),
      status: c.Status,
      tags: tagsOf(c.TagList),
      endpoint: c.Endpoint ? { address: c.Endpoint, port: c.Port ?? 0 } : undefined,
    });
  }
  return out;
}

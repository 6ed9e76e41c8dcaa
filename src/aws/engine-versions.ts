/**
 * One region's DescribeDBEngineVersions round, started version by version as the databases
 * become known instead of after every other call: a version is described once, as soon as a
 * database that will be judged runs it. Which databases will be judged depends on the
 * clusters (a Multi-AZ DB cluster's member instances are judged at cluster level), so an
 * instance that belongs to a cluster waits for DescribeDBClusters; an instance on its own
 * does not. The versions described are exactly those of the judged databases, as if the
 * round had waited for everything.
 */
import { DescribeDBEngineVersionsCommand, type DBCluster, type RDSClient } from '@aws-sdk/client-rds';
import { isMultiAzDbCluster, withClusters, type Where } from './databases.js';
import { engineVersionKey, type Database, type EngineVersionFacts } from '../model/fleet.js';
import type { CallContext } from './aws-problem.js';
import { byCodePoint } from '../model/iac.js';

/** A call's outcome, kept so that a failure is judged after the other calls, not when it happens. */
export type Settled<T> = { value: T } | { error: unknown };

export const settled = <T>(p: Promise<T>): Promise<Settled<T>> =>
  p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/** One engine version's facts, or undefined when AWS does not describe it. */
export async function engineVersion(
  rds: RDSClient,
  engine: string,
  version: string,
  context: CallContext,
): Promise<EngineVersionFacts | undefined> {
  const out = await rds.send(new DescribeDBEngineVersionsCommand({ Engine: engine, EngineVersion: version }), {
    abortSignal: context.deadline,
  });
  const v = out.DBEngineVersions?.[0];
  return v
    ? { rotatesWithoutRestart: v.SupportsCertificateRotationWithoutRestart, supportedCas: v.SupportedCACertificateIdentifiers ?? [] }
    : undefined;
}

export type Described = Settled<EngineVersionFacts | undefined> & { key: string };

export class EngineVersionRound {
  private readonly calls = new Map<string, Promise<Settled<EngineVersionFacts | undefined>>>();
  /** Identifiers of the Multi-AZ DB clusters, once DescribeDBClusters has answered. */
  private multiAz?: Set<string | undefined>;
  /** Instances in a cluster, read before the clusters were known. */
  private waiting: Database[] = [];

  constructor(
    private readonly describe: (engine: string, version: string) => Promise<EngineVersionFacts | undefined>,
    private readonly inScope: (db: Database) => boolean,
    private readonly where: Where,
  ) {}

  /** One page of instances: the versions of those that will be judged are described now (or once the clusters are known). */
  instances(page: Database[]): Database[] {
    for (const db of page) {
      if (!this.inScope(db)) continue;
      if (!db.clusterId) this.want(db);
      else if (!this.multiAz) this.waiting.push(db);
      else if (!this.multiAz.has(db.clusterId)) this.want(db);
    }
    return page;
  }

  /** Every cluster: the Multi-AZ DB clusters' versions, and those of the instances that waited for them. */
  clusters(clusters: DBCluster[]): DBCluster[] {
    this.multiAz = new Set(clusters.filter(isMultiAzDbCluster).map((c) => c.DBClusterIdentifier));
    for (const db of withClusters([], clusters, this.where)) if (this.inScope(db)) this.want(db);
    const waiting = this.waiting;
    this.waiting = [];
    this.instances(waiting);
    return clusters;
  }

  private want(db: Database): Promise<Settled<EngineVersionFacts | undefined>> {
    const key = engineVersionKey(db.engine, db.engineVersion);
    let call = this.calls.get(key);
    if (!call) this.calls.set(key, (call = settled(this.describe(db.engine, db.engineVersion))));
    return call;
  }

  /** The versions of the judged databases, sorted by key (every one was started as its database became known). */
  async described(databases: readonly Database[]): Promise<Described[]> {
    const first = new Map(databases.map((d) => [engineVersionKey(d.engine, d.engineVersion), d]));
    const keys = [...first.keys()].sort(byCodePoint);
    return Promise.all(keys.map(async (key) => ({ key, ...(await this.want(first.get(key)!)) })));
  }

  /** Resolves once every call started has answered or failed (nothing is left in flight when a region fails). */
  async settle(): Promise<void> {
    await Promise.all(this.calls.values());
  }
}

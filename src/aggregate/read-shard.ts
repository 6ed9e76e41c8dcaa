/** One shard report read and checked: a shard to merge, or why it is refused (naming what is wrong). */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../base/version.js';
import type { Finding } from '../model/finding.js';
import type { Database, RegionInventory } from '../model/fleet.js';
import type { ProbeRun } from '../model/probe.js';
import type { ShardRefusal } from '../model/shards.js';
import {
  inspectedAws,
  reportHeader,
  shardReport,
  type RegionFacts,
  type ReportHeader,
  type Resource,
  type ShardAws,
  type ShardReport,
} from './report-schema.js';
import { describeMismatch } from './shape.js';

/** A report larger than this is not read (a shard of 10,000 databases writes about 15 MB). */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export interface Shard {
  /** Relative to the workspace. */
  file: string;
  generatedAt: string;
  regions: string[];
  /** As the shard rendered it, for comparing with the aggregate's own scan. */
  repository: Record<string, unknown>;
  aws: Omit<ShardAws, 'inventories'> & { inventories: RegionInventory[] };
  probes?: ProbeRun;
  findings: Finding[];
}

const SAME_VERSION =
  'Run the shards and the aggregate job with the same version of the action (pin one tag or commit for the whole workflow), then run the shards again.';

function readJson(workspace: string, file: string): { value: unknown } | { reason: string } {
  const path = join(workspace, file);
  let text: string;
  try {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return { reason: 'it is a symbolic link; shard reports are read only from regular files' };
    if (stat.size > MAX_REPORT_BYTES) return { reason: `it is ${stat.size} bytes, over the ${MAX_REPORT_BYTES}-byte limit of a report` };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { reason: `it could not be read (${e.code ?? 'error'}: ${e.message})` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { reason: `it is not JSON (${(error as Error).message})` };
  }
}

/** A database as gathered, from its `resources` entry (null fields unset, derived ones left). Field by field: 50,000 of them. */
function databaseOf(r: Resource): Database {
  const db: Database = {
    arn: r.arn,
    account: r.account,
    id: r.id,
    kind: r.kind,
    region: r.region,
    engine: r.engine,
    engineVersion: r.engineVersion,
    tags: r.tags,
  };
  if (r.ca !== null) db.ca = r.ca;
  if (r.pendingCa !== null) db.pendingCa = r.pendingCa;
  if (r.serverCertValidTill !== null) db.serverCertValidTill = r.serverCertValidTill;
  if (r.clusterId !== null) db.clusterId = r.clusterId;
  if (r.status !== null) db.status = r.status;
  if (r.endpoint !== null) db.endpoint = r.endpoint;
  return db;
}

/** The inventories with their databases back in them; a database of no inventory is a reason to refuse the report. */
function withDatabases(inventories: RegionFacts[], resources: Resource[]): RegionInventory[] | string {
  const byPlace = new Map(inventories.map((i): [string, RegionInventory] => [`${i.account} ${i.region}`, { ...i, databases: [] }]));
  if (byPlace.size < inventories.length) return 'aws.inventories lists an account and region twice';
  for (const [n, r] of resources.entries()) {
    const inventory = byPlace.get(`${r.account} ${r.region}`);
    if (!inventory) return `resources.${n}: ${r.arn} is in no inventory of aws.inventories (account ${r.account}, ${r.region})`;
    inventory.databases.push(databaseOf(r));
  }
  return [...byPlace.values()];
}

/** The shard in `file` (relative to the workspace), or its refusal. */
export function readShard(workspace: string, file: string): { shard: Shard } | { refusal: ShardRefusal } {
  const refuse = (reason: string, remediation: string) => ({ refusal: { file, reason, remediation } });
  const notReport = (why: string) =>
    refuse(
      `it is not a report this build reads (${why})`,
      "Give `reports` globs that match only the shards' `report-file` outputs, uploaded unchanged.",
    );
  const read = readJson(workspace, file);
  if ('reason' in read) return refuse(read.reason, "Check the artifact upload and download steps of the shards' reports.");
  const headerMismatch = reportHeader(read.value);
  if (headerMismatch) return notReport(`not an RDS CA Guard JSON report: ${describeMismatch(headerMismatch)}`);
  const header = read.value as ReportHeader;
  if (header.version !== 1)
    return refuse(`it has report version ${JSON.stringify(header.version)}; this build reads version 1`, SAME_VERSION);
  if (header.tool.version !== VERSION)
    return refuse(`it was written by rds-ca-guard ${header.tool.version}; this is ${VERSION}`, SAME_VERSION);
  const mismatch = shardReport(read.value);
  if (mismatch) return notReport(describeMismatch(mismatch));
  const { aws, ...rest } = read.value as ShardReport;
  // An aggregate's own report would carry its merge, not its refusals: only the shards' reports are merged.
  if ('aggregate' in (read.value as object))
    return refuse(
      'it is the report of an aggregate run, not of a shard (merging it again would lose the shards it refused)',
      "Give `reports` globs that match the shards' own reports; to merge in two levels, give the top aggregate every shard's report.",
    );
  if (aws.inspected === false) {
    const reason = typeof aws.reason === 'string' ? aws.reason : undefined;
    const cause = rest.findings.find((f) => f.rule === 'aws-not-inspected');
    return reason === 'offline' || !reason
      ? refuse(
          'its AWS databases were not inspected (it ran with `offline: true`)',
          'Run the shards without `offline`: aggregate mode judges the databases the shards inspected.',
        )
      : refuse(`its AWS databases were not inspected: ${reason}`, cause?.remediation ?? "Fix the shard's AWS access, then run it again.");
  }
  if (!('inventories' in aws)) return notReport('aws.inventories is missing: the report was written by a build without aggregate mode');
  const awsMismatch = inspectedAws(aws);
  if (awsMismatch) return notReport(`aws.${describeMismatch(awsMismatch)}`);
  const shardAws = aws as unknown as ShardAws;
  const inventories = withDatabases(shardAws.inventories, rest.resources);
  if (typeof inventories === 'string') return notReport(inventories);
  return {
    shard: {
      file,
      generatedAt: rest.generatedAt,
      regions: rest.scope.regions,
      repository: rest.repository,
      aws: { ...shardAws, inventories },
      ...(rest.probes ? { probes: rest.probes } : {}),
      findings: rest.findings,
    },
  };
}

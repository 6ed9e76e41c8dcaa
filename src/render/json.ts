/**
 * The JSON report (`report-file`): version 1, stable for other tools to read. Additions keep the
 * version: the facts as gathered, so that aggregate mode can judge a shard's databases again:
 * `resources` (every field of each database) and `aws.inventories` (the rest of each region's
 * inventory: CAs, pending rotations, engine versions, skipped calls), `aws.members`, `probes`.
 */
import { multiAccount, restartNeeded } from '../model/fleet.js';
import { VERSION } from '../base/version.js';
import { clientTrust } from './clients.js';
import type { Config } from '../config.js';
import type { Facts } from '../model/facts.js';
import type { CheckOutcome } from '../model/outcome.js';

/** The repository's section: what aggregate mode compares between a shard and its own scan. */
export function repositorySection(facts: Facts) {
  return {
    listedBy: facts.repository.listedBy,
    filesScanned: facts.repository.filesScanned,
    bundles: facts.bundles.map((b) => ({
      path: b.path,
      format: b.format,
      ...(b.origin ? { origin: b.origin } : {}),
      serves: b.serves,
      certificates: b.certificates.map((c) => ({
        index: c.index,
        line: c.line,
        subject: c.cert.subjectCn,
        sha256: c.cert.sha256,
        notAfter: c.cert.notAfter,
        kind: c.classification.kind,
        caId: c.classification.kind === 'genuine' ? c.classification.entry.caId : undefined,
        region: c.classification.kind === 'genuine' ? c.classification.entry.region : undefined,
      })),
    })),
    pins: facts.repository.pins,
  };
}

function awsSection(facts: Facts, config: Config): object {
  const aws = facts.aws;
  if (!aws) return { inspected: false, reason: config.offline ? 'offline' : facts.awsNotInspected };
  const multi = multiAccount(aws);
  return {
    account: aws.account,
    principal: aws.principal,
    via: aws.via,
    regions: [...new Set(aws.inspected.map((i) => i.region))],
    failed: aws.failed,
    // By region; with several accounts by `<account>:<region>`, as each account has its own default.
    defaultCa: Object.fromEntries(aws.inspected.map((i) => [multi ? `${i.account}:${i.region}` : i.region, i.defaultCa ?? null])),
    ...(aws.members ? { members: aws.members } : {}),
    // Each database once, in `resources`: a report of 50,000 databases would be half as large again.
    inventories: aws.inspected.map(({ databases: _inResources, ...inventory }) => inventory),
  };
}

export function jsonReport(outcome: CheckOutcome, config: Config): object {
  const { facts, findings, verdict } = outcome;
  return {
    version: 1,
    tool: { name: 'rds-ca-guard', version: VERSION },
    generatedAt: facts.now,
    result: verdict.result,
    failOn: config.failOn,
    counts: verdict.counts,
    scope: { regions: facts.regions, approvedCa: facts.approvedCa, targetCa: facts.approvedCa[0], offline: config.offline },
    repository: repositorySection(facts),
    clients: clientTrust(facts, findings),
    aws: awsSection(facts, config),
    resources: (facts.aws?.inspected ?? []).flatMap((inv) =>
      inv.databases.map((d) => ({
        arn: d.arn,
        account: d.account,
        id: d.id,
        region: d.region,
        engine: d.engine,
        engineVersion: d.engineVersion,
        ca: d.ca ?? null,
        pendingCa: d.pendingCa ?? null,
        serverCertValidTill: d.serverCertValidTill ?? null,
        restartNeeded: restartNeeded(d, inv),
        tags: d.tags,
        kind: d.kind,
        clusterId: d.clusterId ?? null,
        status: d.status ?? null,
        endpoint: d.endpoint ?? null,
      })),
    ),
    ...(facts.probes ? { probes: facts.probes } : {}),
    ...(facts.shards ? { aggregate: { shards: facts.shards.merged, refused: facts.shards.refused } } : {}),
    timingsMs: outcome.timings,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      resource: f.resource,
      ...(f.account ? { account: f.account } : {}),
      remediation: f.remediation,
    })),
  };
}

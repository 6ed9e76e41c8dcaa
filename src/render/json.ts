/** The JSON report (`report-file`): version 1, stable for other tools to read. */
import { restartNeeded } from '../model/fleet.js';
import { VERSION } from '../base/version.js';
import { clientTrust } from './clients.js';
import type { Config } from '../config.js';
import type { CheckOutcome } from '../model/outcome.js';

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
    repository: {
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
    },
    clients: clientTrust(facts, findings),
    aws: facts.aws
      ? {
          account: facts.aws.account,
          principal: facts.aws.principal,
          via: facts.aws.via,
          regions: facts.aws.inspected.map((i) => i.region),
          failed: facts.aws.failed,
          defaultCa: Object.fromEntries(facts.aws.inspected.map((i) => [i.region, i.defaultCa ?? null])),
        }
      : { inspected: false, reason: config.offline ? 'offline' : facts.awsNotInspected },
    resources: (facts.aws?.inspected ?? []).flatMap((inv) =>
      inv.databases.map((d) => ({
        arn: d.arn,
        id: d.id,
        region: d.region,
        engine: d.engine,
        engineVersion: d.engineVersion,
        ca: d.ca ?? null,
        pendingCa: d.pendingCa ?? null,
        serverCertValidTill: d.serverCertValidTill ?? null,
        restartNeeded: restartNeeded(d, inv),
        tags: d.tags,
      })),
    ),
    timingsMs: outcome.timings,
    findings: findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      resource: f.resource,
      remediation: f.remediation,
    })),
  };
}

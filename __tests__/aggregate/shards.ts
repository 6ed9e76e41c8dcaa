/**
 * Shard reports as the shards write them, made in-process: this workspace scanned by the real check,
 * with the shard's AWS facts in place of AWS, judged and rendered by src/render/json.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { embeddedCatalog } from '../../src/catalog/catalog.js';
import type { Config } from '../../src/config.js';
import { parseInputs, type InputName } from '../../src/inputs/index.js';
import { runCheck } from '../../src/modes/check.js';
import type { AwsFacts } from '../../src/model/fleet.js';
import type { Facts } from '../../src/model/facts.js';
import type { Finding } from '../../src/model/finding.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { jsonReport } from '../../src/render/json.js';
import { runRules } from '../../src/rules/index.js';
import { verdict } from '../../src/verdict/verdict.js';
import { ACCOUNT, database, regionInventory } from '../helpers/builders.js';

export const catalog = embeddedCatalog();
export const NOW = new Date('2026-11-29T03:00:00Z');
export const REGIONS = ['us-east-1', 'eu-west-1'];

export function config(workspace: string, inputs: Partial<Record<InputName, string>>): Config {
  return parseInputs((name) => inputs[name], {}, catalog, workspace);
}

/** One account's fleet: in each region an `orders` database on rds-ca-2019 and a `billing` one on the target CA. */
export function accountFacts(account: string, regions = REGIONS): AwsFacts {
  return {
    account,
    principal: `arn:aws:sts::${account}:assumed-role/rds-ca-guard-read/gha`,
    via: 'role',
    inspected: regions.map((region) =>
      regionInventory({
        account,
        region,
        databases: [database({ account, region, id: 'orders', ca: 'rds-ca-2019' }), database({ account, region, id: 'billing' })],
      }),
    ),
    failed: [],
  };
}

export interface ShardOptions {
  regions?: string[];
  probes?: Facts['probes'];
  /** Findings the shard reports besides its rules' (e.g. from its Terraform plans). */
  extraFindings?: Finding[];
  notInspected?: { reason: string; remediation: string };
}

/** The check of `workspace` with `aws` as the shard's AWS facts: what a shard's run comes to. */
export async function shardOutcome(workspace: string, aws: AwsFacts | undefined, options: ShardOptions = {}): Promise<CheckOutcome> {
  const regions = options.regions ?? REGIONS;
  const offline = await runCheck(config(workspace, { offline: 'true', regions: regions.join(',') }), { now: NOW });
  const facts: Facts = {
    ...offline.facts,
    regions,
    aws,
    awsNotInspected: options.notInspected?.reason,
    awsNotInspectedRemediation: options.notInspected?.remediation,
    ...(options.probes ? { probes: options.probes } : {}),
  };
  const findings = [...runRules(facts), ...(options.extraFindings ?? [])];
  return { facts, findings, verdict: verdict(findings, 'error'), timings: { scan: 1, aws: 1, rules: 1 } };
}

/** Writes the shard's report at `file` (relative to the workspace); returns the report as written. */
export async function writeShard(
  workspace: string,
  file: string,
  aws: AwsFacts | undefined,
  options: ShardOptions = {},
): Promise<Record<string, unknown>> {
  const outcome = await shardOutcome(workspace, aws, options);
  const report = jsonReport(outcome, config(workspace, { regions: (options.regions ?? REGIONS).join(',') })) as Record<string, unknown>;
  writeRaw(workspace, file, report);
  return report;
}

export function writeRaw(workspace: string, file: string, value: unknown): void {
  mkdirSync(dirname(join(workspace, file)), { recursive: true });
  writeFileSync(join(workspace, file), typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
}

/** The aggregate's check over the shard reports the globs match. */
export function aggregate(workspace: string, reports: string[], inputs: Partial<Record<InputName, string>> = {}): Promise<CheckOutcome> {
  return runCheck(config(workspace, { mode: 'aggregate', reports: reports.join('\n'), ...inputs }), { now: NOW });
}

export { ACCOUNT };

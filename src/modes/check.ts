/**
 * The gate: inputs → facts (repository scan, and AWS when not offline) → rules → findings.
 * Aggregate mode is the same gate with the AWS facts read from the shards' reports instead of AWS.
 * Shells (action, CLI) render the result; nothing here writes output.
 */
import type { IdentityDeps } from '../aws/identity.js';
import type { AwsSession } from '../aws/inspect.js';
import type { AwsFacts } from '../model/fleet.js';
import { exactGlob, findReports, gatherShards, withCarried } from '../aggregate/gather.js';
import { embeddedCatalog, type Catalog } from '../catalog/catalog.js';
import { runRules } from '../rules/index.js';
import { scanRepository } from '../scan/scan-repository.js';
import { readPlans } from '../scan/terraform-plan-files.js';
import { withDefaultPasswords } from '../certs/read-truststore.js';
import { runProbes } from '../probe/probe-all.js';
import { rdsBundles } from '../trust/bundles.js';
import { clientBundles } from '../trust/client-bundles.js';
import { verdict } from '../verdict/verdict.js';
import type { Config } from '../config.js';
import type { Facts } from '../model/facts.js';
import type { CheckOutcome } from '../model/outcome.js';

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work;
  return [value, Math.round(performance.now() - start)];
}

/** The check's outcome with the AWS session it opened, for later calls (rotation). In memory only: never rendered, never written. */
export interface CheckRun extends CheckOutcome {
  awsSession?: AwsSession;
}

export interface CheckDeps {
  catalog?: Catalog;
  now?: Date;
  env?: NodeJS.ProcessEnv;
  /** GitHub OIDC token for role-to-assume (core.getIDToken in the action). */
  getIdToken?: IdentityDeps['getIdToken'];
  /** Hides a secret from the log (core.setSecret in the action). */
  mask?: IdentityDeps['mask'];
  /** Shorter AWS time bounds (tests). */
  awsBounds?: IdentityDeps['bounds'];
}

async function inspect(
  config: Config,
  deps: CheckDeps,
): Promise<{ aws?: AwsFacts; regions: string[]; notInspected?: string; remediation?: string; ms: number; session?: AwsSession }> {
  // Aggregate mode reads its AWS facts from the shards, after the scan: each shard must have judged the same repository.
  if (config.offline || config.mode === 'aggregate') return { regions: config.regions, ms: 0 };
  // The AWS SDK loads only for the live gate: offline runs start faster without it.
  const { inspectAws } = await import('../aws/inspect.js');
  const [outcome, ms] = await timed(
    inspectAws(config, {
      env: deps.env ?? process.env,
      getIdToken: deps.getIdToken ?? (() => Promise.reject(new Error('no GitHub OIDC token provider in this process'))),
      mask: deps.mask ?? (() => undefined),
      bounds: deps.awsBounds,
    }),
  );
  return 'notInspected' in outcome
    ? { regions: config.regions, notInspected: outcome.notInspected, remediation: outcome.remediation, ms }
    : { aws: outcome.facts, regions: outcome.regions, ms, session: outcome.session };
}

export async function runCheck(config: Config, deps: CheckDeps = {}): Promise<CheckRun> {
  const catalog = deps.catalog ?? embeddedCatalog();
  // The scan and the probe open truststores with the same passwords: the defaults, then the input's.
  const passwords = withDefaultPasswords(config.truststorePasswords);
  // The shards' reports are this run's input, not the repository's content (a directory walk would list them).
  const reports = config.mode === 'aggregate' ? findReports(config.workspace, config.reports) : undefined;
  const [live, [repository, scanMs]] = await Promise.all([
    inspect(config, deps),
    timed(
      scanRepository(config.workspace, {
        paths: config.paths,
        exclude: reports ? [...config.exclude, ...reports.files.map(exactGlob)] : config.exclude,
        truststorePasswords: passwords,
        maxFileBytes: config.maxFileBytes,
        known: (sha256) => catalog.bySha256(sha256),
      }),
    ),
  ]);
  const facts: Facts = {
    regions: live.regions,
    approvedCa: config.approvedCa,
    requireBundle: config.requireBundle,
    now: (deps.now ?? new Date()).toISOString(),
    catalog,
    repository,
    bundles: rdsBundles([...repository.certificateFiles, ...clientBundles(repository, catalog)], catalog),
    awsNotInspected: live.notInspected,
    awsNotInspectedRemediation: live.remediation,
    aws: live.aws,
    expiryWarningDays: config.aws.expiryWarningDays,
    expiryErrorDays: config.aws.expiryErrorDays,
    ...(config.terraformPlans.length ? { plans: readPlans(config.workspace, config.terraformPlans) } : {}),
  };
  let awsMs = live.ms;
  // Aggregate mode judges the shards' probes: the aggregate job, outside every VPC, probes nothing itself.
  if (reports) {
    const start = performance.now();
    const merged = gatherShards(config.workspace, reports, facts);
    Object.assign(facts, merged, { regions: merged.regions.length ? merged.regions : config.regions });
    awsMs = Math.round(performance.now() - start);
  } else if (config.probe.enabled || config.probe.targets.length) {
    facts.probes = await runProbes(config.probe, config.workspace, facts.bundles, facts.aws, passwords);
  }
  const rulesStart = performance.now();
  const findings = withCarried(runRules(facts), facts.shards?.carried);
  const timings = { scan: scanMs, aws: awsMs, rules: Math.round(performance.now() - rulesStart) };
  return { facts, findings, verdict: verdict(findings, config.failOn), timings, awsSession: live.session };
}

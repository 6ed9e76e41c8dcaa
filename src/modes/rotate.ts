/** Rotate mode: check, plan, gate, then (unless a dry run or refused) apply. */
import { runCheck, type CheckDeps } from './check.js';
import { planRotation } from '../rotation/plan.js';
import type { Config } from '../config.js';
import { pendingResults, type RotationOutcome } from '../rotation/outcome.js';

/** What a shell needs to report a run cut short: the outcome so far (its results fill in as changes are made). */
export interface RotationProgress {
  outcome?: RotationOutcome;
  /** Aborted on cancellation: no change starts after it. */
  cancelled?: AbortSignal;
}

export async function runRotation(
  config: Config,
  deps: CheckDeps,
  log: (line: string) => void,
  progress: RotationProgress = {},
): Promise<RotationOutcome> {
  const check = await runCheck(config, deps);
  const plan = planRotation(check.facts, config.rotate, config.environment!, scopeHint(config));
  if (config.rotate.dryRun || plan.refusals.length || !plan.changes.length || !check.awsSession || progress.cancelled?.aborted) {
    progress.outcome = { check, plan, results: [], applied: false, dryRun: config.rotate.dryRun };
    return progress.outcome;
  }
  const [{ applyPlan }, { rdsClient }] = await Promise.all([import('../aws/rotate.js'), import('../aws/clients.js')]);
  const session = check.awsSession;
  const clients = new Map<string, ReturnType<typeof rdsClient>>();
  // One client per account and region, with that account's credentials.
  const clientFor = (account: string, region: string) => {
    const key = `${account} ${region}`;
    if (!clients.has(key)) clients.set(key, rdsClient(region, { credentials: session.credentials.get(account), agent: session.agent }));
    return clients.get(key)!;
  };
  progress.outcome = { check, plan, results: pendingResults(plan.changes), applied: true, dryRun: false };
  await applyPlan(progress.outcome.results, clientFor, config.rotate, log, progress.cancelled);
  return progress.outcome;
}

/** How the environment selects its databases, in words. */
function scopeHint(config: Config): string {
  const { scope } = config.aws;
  const parts = [
    ...(scope.environment ? [`tag ${scope.environment.tag}=${scope.environment.name}`] : []),
    ...Object.entries(scope.tags).map(([k, v]) => `tag ${k}=${v}`),
    ...(scope.identifiers.join(',') !== '*' ? [`identifiers ${scope.identifiers.join(', ')}`] : []),
    ...(scope.excludeIdentifiers.length ? [`excluding ${scope.excludeIdentifiers.join(', ')}`] : []),
    `engines ${scope.engines.join(', ')}`,
  ];
  return `selected by ${parts.join('; ')}`;
}

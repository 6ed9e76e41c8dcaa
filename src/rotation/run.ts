/** Rotate mode: check, plan, gate, then (unless a dry run or refused) apply. */
import { runCheck, type CheckDeps, type CheckOutcome } from '../check.js';
import type { Config } from '../inputs.js';
import type { ChangeResult } from '../aws/rotate.js';
import { planRotation, type RotationPlan } from './plan.js';

export interface RotationOutcome {
  check: CheckOutcome;
  plan: RotationPlan;
  /** Empty unless changes were applied. */
  results: ChangeResult[];
  applied: boolean;
}

export async function runRotation(config: Config, deps: CheckDeps, log: (line: string) => void): Promise<RotationOutcome> {
  const check = await runCheck(config, deps);
  const plan = planRotation(check.facts, config.rotate, config.environment!);
  if (config.rotate.dryRun || plan.refusals.length || !plan.changes.length || !check.awsSession) return { check, plan, results: [], applied: false };
  const [{ applyPlan }, { rdsClient }] = await Promise.all([import('../aws/rotate.js'), import('../aws/clients.js')]);
  const session = check.awsSession;
  const clients = new Map<string, ReturnType<typeof rdsClient>>();
  const clientFor = (region: string) => {
    if (!clients.has(region)) clients.set(region, rdsClient(region, { credentials: session.credentials, agent: session.agent }));
    return clients.get(region)!;
  };
  const results = await applyPlan(plan.changes, clientFor, config.rotate, log);
  return { check, plan, results, applied: true };
}

export function rotationCounts(outcome: RotationOutcome): { rotated: number; failed: number; skipped: number } {
  const count = (status: ChangeResult['status']) => outcome.results.filter((r) => r.status === status).length;
  return {
    rotated: count('rotated') + count('scheduled'),
    failed: count('failed'),
    skipped: outcome.plan.skipped.length + (outcome.applied ? count('not-started') : outcome.plan.changes.length),
  };
}

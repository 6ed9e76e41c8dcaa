/** What a rotation comes to: the check it started from, its plan, and each change's result. */
import type { CheckOutcome } from '../model/outcome.js';
import type { PlannedChange, RotationPlan } from './plan.js';

/** `started`: the change was requested and not yet verified (the run was cancelled while waiting). */
export type ChangeStatus = 'rotated' | 'scheduled' | 'failed' | 'started' | 'not-started';

export interface ChangeResult {
  change: PlannedChange;
  status: ChangeStatus;
  /** CA after the change, as AWS reports it. */
  caAfter?: string;
  detail?: string;
}

export interface RotationOutcome {
  check: CheckOutcome;
  plan: RotationPlan;
  /** Empty unless changes were applied. */
  results: ChangeResult[];
  applied: boolean;
  /** Asked to plan only (dry-run): nothing is applied, whatever the plan. */
  dryRun: boolean;
}

/** Every change starts as not started; applying fills the results in. */
export function pendingResults(changes: readonly PlannedChange[]): ChangeResult[] {
  return changes.map((change) => ({ change, status: 'not-started' }));
}

export function rotationCounts(outcome: RotationOutcome): { rotated: number; failed: number; skipped: number } {
  const count = (status: ChangeResult['status']) => outcome.results.filter((r) => r.status === status).length;
  return {
    rotated: count('rotated') + count('scheduled'),
    failed: count('failed'),
    skipped: outcome.plan.skipped.length + (outcome.applied ? count('not-started') : outcome.plan.changes.length),
  };
}

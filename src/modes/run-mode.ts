/**
 * One run, whatever the shell: the mode's work (check, report, rotate or aggregate) and the files it
 * writes. The action maps the outcome to @actions/core, the CLI to stdout and an exit code.
 */
import type { Config } from '../config.js';
import type { CheckOutcome } from '../model/outcome.js';
import { writeReportFiles, type OutputProblem, type OutputRoots } from '../outputs.js';
import { rotationJson } from '../render/rotation-summary.js';
import type { RotationOutcome } from '../rotation/outcome.js';
import { forkPullRequest, reportToIssue } from '../tracking/keep-issue.js';
import type { SyncResult } from '../tracking/sync.js';
import type { IssueTracker } from '../tracking/tracker.js';
import { runCheck, type CheckDeps } from './check.js';
import { runRotation, type RotationProgress } from './rotate.js';

export interface ModeDeps extends CheckDeps {
  env: NodeJS.ProcessEnv;
  /** Where outputs may go: the action's stay inside RUNNER_TEMP and the workspace; the CLI's go where its flags say. */
  confined: OutputRoots;
  /** A line of the rotation's progress, as it happens. */
  log: (line: string) => void;
  /** The rotation so far, for a shell that reports a run cut short. */
  progress?: RotationProgress;
  /** The repository's issues, for report mode's tracking issue; without it (the CLI) report mode only checks. */
  trackingIssues?: () => Promise<IssueTracker>;
}

/** What became of the tracking issue: kept, not written from a fork's read-only token, or failed (after the check ran). */
export type TrackingOutcome = { kind: 'kept'; result: SyncResult } | { kind: 'fork' } | { kind: 'failed'; error: unknown };

export type ModeOutcome =
  | { mode: 'check' | 'report' | 'aggregate'; check: CheckOutcome; outputProblems: OutputProblem[]; tracking?: TrackingOutcome }
  | { mode: 'rotate'; rotation: RotationOutcome; outputProblems: OutputProblem[] };

export async function runMode(config: Config, deps: ModeDeps): Promise<ModeOutcome> {
  if (config.mode === 'rotate') {
    const rotation = await runRotation(config, deps, deps.log, deps.progress);
    // Cancelled: the shell reports the run cut short (and writes its files) itself.
    const cancelled = deps.progress?.cancelled?.aborted;
    return { mode: 'rotate', rotation, outputProblems: cancelled ? [] : writeRotationFiles(rotation, config, deps) };
  }
  const check = await runCheck(config, deps);
  const outputProblems = writeReportFiles(check, config, {}, deps.env, deps.confined);
  // Aggregate mode keeps the issue as report mode does, with `issue: true`.
  const keepsIssue = config.mode === 'report' || (config.mode === 'aggregate' && config.issue);
  const tracking = keepsIssue && deps.trackingIssues ? await keepTrackingIssue(check, config, deps) : undefined;
  return { mode: config.mode, check, outputProblems, ...(tracking ? { tracking } : {}) };
}

/** The rotation's JSON report (and SARIF): also written for a run cut short, with what was done until then. */
export function writeRotationFiles(
  rotation: RotationOutcome,
  config: Config,
  deps: Pick<ModeDeps, 'env' | 'confined'>,
  cancelledBy?: string,
): OutputProblem[] {
  return writeReportFiles(rotation.check, config, rotationJson(rotation, cancelledBy), deps.env, deps.confined);
}

async function keepTrackingIssue(check: CheckOutcome, config: Config, deps: ModeDeps): Promise<TrackingOutcome> {
  if (forkPullRequest(deps.env)) return { kind: 'fork' };
  try {
    return { kind: 'kept', result: await reportToIssue(partialView(check), config, deps.env, await deps.trackingIssues!()) };
  } catch (error) {
    // The check ran and its files are written: the shell still reports them, then this.
    return { kind: 'failed', error };
  }
}

/**
 * An aggregate that refused shards sees part of the fleet: the issue is left as it was, as for a run
 * that could not inspect AWS (the refusals are the reason given).
 */
function partialView(check: CheckOutcome): CheckOutcome {
  const refused = check.facts.shards?.refused ?? [];
  if (!refused.length || check.facts.awsNotInspected) return check;
  const files = refused.map((r) => r.file);
  const reason = `${files.length} shard report${files.length === 1 ? ' was' : 's were'} not merged: ${files.join(', ')}`;
  return { ...check, facts: { ...check.facts, awsNotInspected: reason } };
}

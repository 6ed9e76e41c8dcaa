/**
 * Rotate mode in the action: the summary, files and outputs of a rotation; on cancellation (the
 * runner sends SIGINT, then SIGTERM) nothing new starts and what was done until then is reported.
 */
import * as core from '@actions/core';
import type { Config } from '../config.js';
import { runMode, writeRotationFiles, type ModeDeps } from '../modes/run-mode.js';
import type { RotationProgress } from '../modes/rotate.js';
import { inspectedCount } from '../model/fleet.js';
import { writtenOutput, type OutputProblem } from '../outputs.js';
import { cell } from '../render/markdown.js';
import { renderRotationSummary } from '../render/rotation-summary.js';
import { rotationCounts, type RotationOutcome } from '../rotation/outcome.js';
import { logLine, outputProblemsSection, reportOutputProblems } from './log.js';

export interface ActionShell {
  /** Ends the process after a cancellation has been reported (process.exit in production). */
  exit(code: number): void;
}

/** Summary and outputs of a rotate run (its files already written); on cancellation, of what was done until then. */
async function reportRotation(
  config: Config,
  env: NodeJS.ProcessEnv,
  outcome: RotationOutcome | undefined,
  problems: readonly OutputProblem[],
  cancelledBy?: string,
): Promise<string[]> {
  if (!outcome) {
    // Cancelled while checking: nothing was planned, nothing was changed.
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(`## ⏹️ RDS CA Guard: rotation of ${cell(config.environment ?? '')} cancelled (${cancelledBy}) before any change was made\n`)
        .write();
    for (const name of ['rotated', 'failed', 'skipped']) core.setOutput(name, 0);
    return [];
  }
  if (env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(renderRotationSummary(outcome, cancelledBy) + outputProblemsSection(problems)).write();
  const counts = rotationCounts(outcome);
  core.setOutput('rotated', counts.rotated);
  core.setOutput('failed', counts.failed);
  core.setOutput('skipped', counts.skipped);
  core.setOutput('report-file', writtenOutput(config, problems, 'report-file') ?? '');
  core.setOutput('inspected', inspectedCount(outcome.check.facts));
  return reportOutputProblems(problems);
}

export async function rotate(config: Config, deps: Omit<ModeDeps, 'log' | 'progress'>, shell: ActionShell): Promise<void> {
  const cancel = new AbortController();
  const progress: RotationProgress = { cancelled: cancel.signal };
  let reported = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (reported || cancel.signal.aborted) return;
    cancel.abort();
    reported = true;
    const problems = progress.outcome ? writeRotationFiles(progress.outcome, config, deps, signal) : [];
    void reportRotation(config, deps.env, progress.outcome, problems, signal)
      .then(() =>
        core.setFailed(
          `RDS CA Guard: the rotation of ${config.environment} was cancelled (${signal}); the summary lists what was changed before it.`,
        ),
      )
      .catch((error: unknown) =>
        core.setFailed(
          `RDS CA Guard: the rotation was cancelled (${signal}) and its report failed: ${error instanceof Error ? error.message : String(error)}`,
        ),
      )
      .finally(() => shell.exit(1));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  try {
    const run = await runMode(config, { ...deps, log: (line) => core.info(logLine(line)), progress });
    if (reported || run.mode !== 'rotate') return;
    reported = true;
    const outputProblems = await reportRotation(config, deps.env, run.rotation, run.outputProblems);
    failRotation(config, run.rotation, outputProblems);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

/** Fails the step for a plan that cannot be made, a refused rotation, a failed change or an output not written. */
function failRotation(config: Config, outcome: RotationOutcome, outputProblems: readonly string[]): void {
  const fatal = outcome.plan.refusals.filter((r) => r.fatal);
  const { failed } = rotationCounts(outcome);
  if (outcome.dryRun && fatal.length) {
    core.setFailed(`RDS CA Guard cannot plan the rotation of ${config.environment}.\n${fatal.map((r) => `- ${r.reason}`).join('\n')}`);
  } else if (!outcome.dryRun && outcome.plan.refusals.length) {
    core.setFailed(
      `RDS CA Guard refused to rotate ${config.environment}; nothing was changed.\n${outcome.plan.refusals.map((r) => `- ${r.reason} (override: ${r.override})`).join('\n')}`,
    );
  } else if (failed) {
    core.setFailed(
      `RDS CA Guard: ${failed} change(s) failed in ${config.environment}; see the summary for what was done and what was not started.`,
    );
  }
  if (outputProblems.length) core.setFailed(`RDS CA Guard: ${outputProblems.join(' ')}`);
}

/**
 * The GitHub Action shell: typed inputs from `INPUT_*`, then the gate, then outputs,
 * annotations, the job summary and the exit status. Everything else is in the core.
 */
import * as core from '@actions/core';
import { embeddedCatalog } from './catalog/catalog.js';
import { runCheck, type CheckDeps } from './modes/check.js';
import { applyEnvironment } from './environment.js';
import { renderRotationSummary, rotationJson } from './render/rotation-summary.js';
import { runRotation, type RotationProgress } from './modes/rotate.js';
import { IssueAccessError } from './github/issue-access-error.js';
import { parseInputs, type InputName } from './inputs/index.js';
import { forkPullRequest, reportToIssue } from './tracking/report.js';
import { describeOutputProblem, writeReportFiles, type OutputProblem } from './outputs.js';
import { cell, proseCell } from './render/markdown.js';
import { selectAnnotations } from './render/annotations.js';
import { renderSummary } from './render/summary.js';
import { ruleById } from './rules/index.js';
import { noncompliant } from './render/noncompliant.js';
import { inspectedCount } from './model/fleet.js';
import type { Config } from './config.js';
import { ConfigFileError, InputError } from './errors.js';
import type { CheckOutcome } from './model/outcome.js';
import { rotationCounts, type RotationOutcome } from './rotation/outcome.js';

async function keepTrackingIssue(outcome: CheckOutcome, config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  if (forkPullRequest(env)) {
    core.notice(
      'RDS CA Guard: this pull request comes from a fork, whose token is read-only: the tracking issue was not written. The check itself ran.',
    );
    return;
  }
  // Octokit loads only for report mode.
  const { gitHubIssues } = await import('./github/issues.js');
  const tracker = gitHubIssues({ token: config.report.token!, repository: env.GITHUB_REPOSITORY!, baseUrl: env.GITHUB_API_URL });
  const result = await reportToIssue(outcome, config, env, tracker);
  core.setOutput('issue-number', result.issue?.number ?? '');
  core.setOutput('issue-url', result.issue?.url ?? '');
  const what = {
    created: 'created',
    updated: 'updated',
    reopened: 'reopened',
    closed: 'closed: all clear',
    unchanged: 'unchanged',
    none: 'not needed: all clear',
    'left-as-it-was': `left as it was, because this run could not inspect everything: ${result.reason}. Nothing is closed or changed on a partial view; the findings above say what to fix`,
  }[result.action];
  if (result.action === 'left-as-it-was') core.warning(`RDS CA Guard: tracking issue ${what}.`);
  const line = result.issue ? `Tracking issue [#${result.issue.number}](${result.issue.url}): ${what}.` : `Tracking issue ${what}.`;
  core.info(
    logLine(line) +
      (result.closedDuplicates.length ? ` Closed duplicates: ${result.closedDuplicates.map((n) => `#${n}`).join(', ')}.` : ''),
  );
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`\n${line}\n`).write();
}

/** A line for the log: one line, never read by the runner as a workflow command (`::…`). */
function logLine(text: string): string {
  const line = text.replace(/\r?\n/g, ' ');
  return line.startsWith('::') ? ` ${line}` : line;
}

/** Each output that could not be written: an error naming the input (the run's other outputs are written regardless). */
function reportOutputProblems(problems: readonly OutputProblem[]): string[] {
  for (const p of problems) core.error(describeOutputProblem(p), { title: `RDS CA Guard: ${p.input} not written` });
  return problems.map(describeOutputProblem);
}

function outputProblemsSection(problems: readonly OutputProblem[]): string {
  return problems.length
    ? `\n### ❌ Outputs not written\n\n${problems.map((p) => `- ${proseCell(describeOutputProblem(p))}`).join('\n')}\n`
    : '';
}

/** Summary, files and outputs of a rotate run; on cancellation, of what was done until then. */
async function reportRotation(
  config: Config,
  env: NodeJS.ProcessEnv,
  outcome: RotationOutcome | undefined,
  cancelledBy?: string,
): Promise<string[]> {
  const { dryRun } = config.rotate;
  if (!outcome) {
    // Cancelled while checking: nothing was planned, nothing was changed.
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(`## ⏹️ RDS CA Guard: rotation of ${cell(config.environment ?? '')} cancelled (${cancelledBy}) before any change was made\n`)
        .write();
    for (const name of ['rotated', 'failed', 'skipped']) core.setOutput(name, 0);
    return [];
  }
  const problems = writeReportFiles(outcome.check, config, rotationJson(outcome, dryRun, cancelledBy), env, {
    runnerTemp: env.RUNNER_TEMP,
  });
  if (env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(renderRotationSummary(outcome, dryRun, cancelledBy) + outputProblemsSection(problems)).write();
  const counts = rotationCounts(outcome);
  core.setOutput('rotated', counts.rotated);
  core.setOutput('failed', counts.failed);
  core.setOutput('skipped', counts.skipped);
  core.setOutput('report-file', problems.some((p) => p.input === 'report-file') ? '' : (config.reportFile ?? ''));
  core.setOutput('inspected', inspectedCount(outcome.check.facts));
  return reportOutputProblems(problems);
}

export interface ActionShell {
  /** Ends the process after a cancellation has been reported (process.exit in production). */
  exit(code: number): void;
}

async function rotate(config: Config, deps: CheckDeps, env: NodeJS.ProcessEnv, shell: ActionShell): Promise<void> {
  // On cancellation (the runner sends SIGINT, then SIGTERM): start nothing new, report what was done, exit non-zero.
  const cancel = new AbortController();
  const progress: RotationProgress = { cancelled: cancel.signal };
  let reported = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (reported || cancel.signal.aborted) return;
    cancel.abort();
    reported = true;
    void reportRotation(config, env, progress.outcome, signal)
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
    const outcome = await runRotation(config, deps, (line) => core.info(logLine(line)), progress);
    if (reported) return;
    reported = true;
    const outputProblems = await reportRotation(config, env, outcome);
    const fatal = outcome.plan.refusals.filter((r) => r.fatal);
    const { failed } = rotationCounts(outcome);
    if (config.rotate.dryRun && fatal.length) {
      core.setFailed(`RDS CA Guard cannot plan the rotation of ${config.environment}.\n${fatal.map((r) => `- ${r.reason}`).join('\n')}`);
    } else if (!config.rotate.dryRun && outcome.plan.refusals.length) {
      core.setFailed(
        `RDS CA Guard refused to rotate ${config.environment}; nothing was changed.\n${outcome.plan.refusals.map((r) => `- ${r.reason} (override: ${r.override})`).join('\n')}`,
      );
    } else if (failed) {
      core.setFailed(
        `RDS CA Guard: ${failed} change(s) failed in ${config.environment}; see the summary for what was done and what was not started.`,
      );
    }
    if (outputProblems.length) core.setFailed(`RDS CA Guard: ${outputProblems.join(' ')}`);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}

export async function runAction(
  env: NodeJS.ProcessEnv = process.env,
  shell: ActionShell = { exit: (code) => process.exit(code) },
): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const config = await applyEnvironment(parseInputs((name: InputName) => core.getInput(name), env, embeddedCatalog(), workspace));
    for (const password of config.truststorePasswords.slice(1)) core.setSecret(password);
    const deps = { env, getIdToken: (audience: string) => core.getIDToken(audience), mask: (secret: string) => core.setSecret(secret) };
    if (config.mode === 'rotate') {
      await rotate(config, deps, env, shell);
      return;
    }

    const outcome = await runCheck(config, deps);
    const outputProblems = writeReportFiles(outcome, config, {}, env, { runnerTemp: env.RUNNER_TEMP });

    for (const a of selectAnnotations(outcome.findings, (id) => ruleById(id)?.title ?? id)) {
      const props = { title: a.title, file: a.file, startLine: a.startLine };
      if (a.severity === 'error') core.error(a.message, props);
      else if (a.severity === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    const reportWritten = config.reportFile && !outputProblems.some((p) => p.input === 'report-file') ? config.reportFile : undefined;
    if (env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(renderSummary(outcome, { offline: config.offline, reportFile: reportWritten }) + outputProblemsSection(outputProblems))
        .write();
    const problemMessages = reportOutputProblems(outputProblems);

    const { verdict } = outcome;
    core.setOutput('result', verdict.result);
    core.setOutput('errors', verdict.counts.error);
    core.setOutput('warnings', verdict.counts.warning);
    core.setOutput('report-file', reportWritten ?? '');
    core.setOutput('noncompliant', JSON.stringify(noncompliant(outcome.findings)));
    core.setOutput('inspected', inspectedCount(outcome.facts));
    if (config.sarifFile && !outputProblems.some((p) => p.input === 'sarif-file')) core.setOutput('sarif-file', config.sarifFile);
    if (config.mode === 'report') await keepTrackingIssue(outcome, config, env);
    if (verdict.failJob) {
      core.setFailed(
        `RDS CA Guard: ${verdict.counts.error} error(s), ${verdict.counts.warning} warning(s) (fail-on: ${config.failOn}). See the job summary.`,
      );
    }
    // An output asked for and not written fails the step whatever fail-on says: a later step needs it.
    if (problemMessages.length) core.setFailed(`RDS CA Guard: the checks ran, but ${problemMessages.join(' ')}`);
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigFileError) {
      core.setFailed(`RDS CA Guard: invalid ${error instanceof ConfigFileError ? 'environments file' : 'input'}.\n${error.message}`);
    } else if (error instanceof IssueAccessError) {
      core.setFailed(`RDS CA Guard: the checks ran (see the report file) but the tracking issue was not written. ${error.message}`);
    } else {
      core.debug(error instanceof Error ? (error.stack ?? '') : '');
      core.setFailed(
        `RDS CA Guard stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}. Nothing was judged; please report this with the debug log.`,
      );
    }
  }
}

/**
 * The GitHub Action shell: typed inputs from `INPUT_*`, then the gate, then outputs,
 * annotations, the job summary and the exit status. Everything else is in the core.
 */
import * as core from '@actions/core';
import { embeddedCatalog } from './catalog/catalog.js';
import { runCheck, type CheckDeps, type CheckOutcome } from './check.js';
import { applyEnvironment } from './environment.js';
import { renderRotationSummary, rotationJson } from './report/rotation-summary.js';
import { rotationCounts, runRotation } from './rotation/run.js';
import { IssueAccessError } from './github/issue-access-error.js';
import { ConfigFileError, InputError, parseInputs, type Config, type InputName } from './inputs.js';
import { forkPullRequest, reportToIssue } from './tracking/report.js';
import { writeReportFiles } from './outputs.js';
import { selectAnnotations } from './report/annotations.js';
import { renderSummary } from './report/summary.js';
import { ruleById } from './rules/index.js';
import { noncompliant } from './report/noncompliant.js';
import { inspectedCount } from './fleet/inventory.js';

async function keepTrackingIssue(outcome: CheckOutcome, config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  if (forkPullRequest(env)) {
    core.notice('RDS CA Guard: this pull request comes from a fork, whose token is read-only: the tracking issue was not written. The check itself ran.');
    return;
  }
  // Octokit loads only for report mode.
  const { gitHubIssues } = await import('./github/issues.js');
  const tracker = gitHubIssues({ token: config.report.token!, repository: env.GITHUB_REPOSITORY!, baseUrl: env.GITHUB_API_URL });
  const result = await reportToIssue(outcome, config, env, tracker);
  core.setOutput('issue-number', result.issue?.number ?? '');
  core.setOutput('issue-url', result.issue?.url ?? '');
  const what = {
    created: 'created', updated: 'updated', reopened: 'reopened', closed: 'closed: all clear', unchanged: 'unchanged', none: 'not needed: all clear',
    'left-as-it-was': `left as it was, because this run could not inspect everything: ${result.reason}. Nothing is closed or changed on a partial view; the findings above say what to fix`,
  }[result.action];
  if (result.action === 'left-as-it-was') core.warning(`RDS CA Guard: tracking issue ${what}.`);
  const line = result.issue ? `Tracking issue [#${result.issue.number}](${result.issue.url}): ${what}.` : `Tracking issue ${what}.`;
  core.info(line + (result.closedDuplicates.length ? ` Closed duplicates: ${result.closedDuplicates.map((n) => `#${n}`).join(', ')}.` : ''));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`\n${line}\n`).write();
}

async function rotate(config: Config, deps: CheckDeps, env: NodeJS.ProcessEnv): Promise<void> {
  const outcome = await runRotation(config, deps, (line) => core.info(line));
  const { dryRun } = config.rotate;
  writeReportFiles(outcome.check, config, rotationJson(outcome, dryRun));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderRotationSummary(outcome, dryRun)).write();
  const counts = rotationCounts(outcome);
  core.setOutput('rotated', counts.rotated);
  core.setOutput('failed', counts.failed);
  core.setOutput('skipped', counts.skipped);
  core.setOutput('report-file', config.reportFile);
  core.setOutput('inspected', inspectedCount(outcome.check.facts));
  if (dryRun) return;
  if (outcome.plan.refusals.length) {
    core.setFailed(`RDS CA Guard refused to rotate ${config.environment}; nothing was changed.\n${outcome.plan.refusals.map((r) => `- ${r.reason} (override: ${r.override})`).join('\n')}`);
  } else if (counts.failed) {
    core.setFailed(`RDS CA Guard: ${counts.failed} change(s) failed in ${config.environment}; see the summary for what was done and what was not started.`);
  }
}

export async function runAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const config = await applyEnvironment(parseInputs((name: InputName) => core.getInput(name), env, embeddedCatalog(), workspace));
    for (const password of config.truststorePasswords.slice(1)) core.setSecret(password);
    const deps = { env, getIdToken: (audience: string) => core.getIDToken(audience), mask: (secret: string) => core.setSecret(secret) };
    if (config.mode === 'rotate') {
      await rotate(config, deps, env);
      return;
    }

    const outcome = await runCheck(config, deps);
    writeReportFiles(outcome, config);

    for (const a of selectAnnotations(outcome.findings, (id) => ruleById(id)?.title ?? id)) {
      const props = { title: a.title, file: a.file, startLine: a.startLine };
      if (a.severity === 'error') core.error(a.message, props);
      else if (a.severity === 'warning') core.warning(a.message, props);
      else core.notice(a.message, props);
    }
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(renderSummary(outcome, { offline: config.offline, reportFile: config.reportFile })).write();

    const { verdict } = outcome;
    core.setOutput('result', verdict.result);
    core.setOutput('errors', verdict.counts.error);
    core.setOutput('warnings', verdict.counts.warning);
    core.setOutput('report-file', config.reportFile);
    core.setOutput('noncompliant', JSON.stringify(noncompliant(outcome.findings)));
    core.setOutput('inspected', inspectedCount(outcome.facts));
    if (config.sarifFile) core.setOutput('sarif-file', config.sarifFile);
    if (config.mode === 'report') await keepTrackingIssue(outcome, config, env);
    if (verdict.failJob) {
      core.setFailed(`RDS CA Guard: ${verdict.counts.error} error(s), ${verdict.counts.warning} warning(s) (fail-on: ${config.failOn}). See the job summary.`);
    }
  } catch (error) {
    if (error instanceof InputError || error instanceof ConfigFileError) {
      core.setFailed(`RDS CA Guard: invalid ${error instanceof ConfigFileError ? 'environments file' : 'input'}.\n${error.message}`);
    } else if (error instanceof IssueAccessError) {
      core.setFailed(`RDS CA Guard: the checks ran (see the report file) but the tracking issue was not written. ${error.message}`);
    } else {
      core.debug(error instanceof Error ? (error.stack ?? '') : '');
      core.setFailed(`RDS CA Guard stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}. Nothing was judged; please report this with the debug log.`);
    }
  }
}

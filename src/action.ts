/**
 * The GitHub Action shell: typed inputs from `INPUT_*`, then the mode runner, then its outcome as
 * annotations, the job summary, outputs and the exit status. Everything else is in the core.
 */
import * as core from '@actions/core';
import { rotate, type ActionShell } from './action/rotation.js';
import { outputProblemsSection, reportOutputProblems } from './action/log.js';
import { reportTracking } from './action/tracking.js';
import { embeddedCatalog } from './catalog/catalog.js';
import type { Config } from './config.js';
import { applyEnvironment } from './environment.js';
import { ConfigFileError, InputError } from './errors.js';
import { IssueAccessError } from './github/issue-access-error.js';
import { parseInputs, type InputName } from './inputs/index.js';
import { runMode, type ModeDeps, type ModeOutcome } from './modes/run-mode.js';
import { inspectedCount, multiAccount } from './model/fleet.js';
import { selectAnnotations } from './render/annotations.js';
import { noncompliant } from './render/noncompliant.js';
import { renderSummary } from './render/summary.js';
import { writtenOutput } from './outputs.js';
import { ruleById } from './rules/index.js';

export type { ActionShell };

/** Check, report and aggregate mode: annotations, summary, outputs, the tracking issue, then the verdict. */
async function reportCheck(run: Exclude<ModeOutcome, { mode: 'rotate' }>, config: Config, env: NodeJS.ProcessEnv): Promise<void> {
  const { check: outcome, outputProblems } = run;
  const annotations = selectAnnotations(outcome.findings, (id) => ruleById(id)?.title ?? id, {
    multiAccount: multiAccount(outcome.facts.aws),
  });
  for (const a of annotations) {
    const props = { title: a.title, file: a.file, startLine: a.startLine };
    if (a.severity === 'error') core.error(a.message, props);
    else if (a.severity === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  const reportWritten = writtenOutput(config, outputProblems, 'report-file');
  if (env.GITHUB_STEP_SUMMARY)
    await core.summary
      .addRaw(
        renderSummary(outcome, {
          offline: config.offline,
          reportFile: reportWritten,
          plan: { environmentTag: config.environmentTag, environments: config.environments },
        }) + outputProblemsSection(outputProblems),
      )
      .write();
  const problemMessages = reportOutputProblems(outputProblems);
  const { verdict } = outcome;
  core.setOutput('result', verdict.result);
  core.setOutput('errors', verdict.counts.error);
  core.setOutput('warnings', verdict.counts.warning);
  core.setOutput('report-file', reportWritten ?? '');
  core.setOutput('noncompliant', JSON.stringify(noncompliant(outcome.findings)));
  core.setOutput('inspected', inspectedCount(outcome.facts));
  const sarifWritten = writtenOutput(config, outputProblems, 'sarif-file');
  if (sarifWritten) core.setOutput('sarif-file', sarifWritten);
  const trackingError = run.tracking ? await reportTracking(run.tracking, env) : undefined;
  if (trackingError) throw trackingError;
  if (verdict.failJob) {
    core.setFailed(
      `RDS CA Guard: ${verdict.counts.error} error(s), ${verdict.counts.warning} warning(s) (fail-on: ${config.failOn}). See the job summary.`,
    );
  }
  // An output asked for and not written fails the step whatever fail-on says: a later step needs it.
  if (problemMessages.length) core.setFailed(`RDS CA Guard: the checks ran, but ${problemMessages.join(' ')}`);
}

export async function runAction(
  env: NodeJS.ProcessEnv = process.env,
  shell: ActionShell = { exit: (code) => process.exit(code) },
): Promise<void> {
  try {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const config = await applyEnvironment(parseInputs((name: InputName) => core.getInput(name), env, embeddedCatalog(), workspace));
    for (const password of config.truststorePasswords.slice(1)) core.setSecret(password);
    if (config.aws.accounts?.externalId) core.setSecret(config.aws.accounts.externalId);
    const deps: Omit<ModeDeps, 'log' | 'progress'> = {
      env,
      confined: { runnerTemp: env.RUNNER_TEMP },
      getIdToken: (audience: string) => core.getIDToken(audience),
      mask: (secret: string) => core.setSecret(secret),
      // Octokit loads only for report mode.
      trackingIssues: async () =>
        (await import('./github/issues.js')).gitHubIssues({
          token: config.report.token!,
          repository: env.GITHUB_REPOSITORY!,
          baseUrl: env.GITHUB_API_URL,
        }),
    };
    if (config.mode === 'rotate') return await rotate(config, deps, shell);
    const run = await runMode(config, { ...deps, log: (line) => core.info(line) });
    if (run.mode !== 'rotate') await reportCheck(run, config, env);
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

/** Report mode in the action: what became of the tracking issue (or issues), as outputs, log lines and summary lines. */
import * as core from '@actions/core';
import type { TrackingOutcome } from '../modes/run-mode.js';
import type { SyncResult } from '../tracking/sync.js';
import { logLine } from './log.js';

/** Reports a kept issue (or a fork's skipped one); returns the error when the issue could not be written. */
export async function reportTracking(tracking: TrackingOutcome, env: NodeJS.ProcessEnv): Promise<unknown> {
  if (tracking.kind === 'failed') return tracking.error;
  if (tracking.kind === 'fork') {
    core.notice(
      'RDS CA Guard: this pull request comes from a fork, whose token is read-only: the tracking issue was not written. The check itself ran.',
    );
    return undefined;
  }
  await reportKept(tracking.result, env);
  return undefined;
}

/** What became of one issue, in the log's words. */
function what(result: Pick<SyncResult, 'action' | 'reason'>): string {
  return {
    created: 'created',
    updated: 'updated',
    reopened: 'reopened',
    closed: 'closed: all clear',
    unchanged: 'unchanged',
    none: 'not needed: all clear',
    'left-as-it-was': `left as it was, because this run could not inspect everything: ${result.reason}. Nothing is closed or changed on a partial view; the findings above say what to fix`,
  }[result.action];
}

/** One line per issue: the scope's alone, or with `issue-scope: account` the repository's and each account's (those with an issue). */
function lines(result: SyncResult): string[] {
  const kept = result.issues ?? [];
  if (!kept.some((k) => k.for !== 'scope'))
    return [
      result.issue ? `Tracking issue [#${result.issue.number}](${result.issue.url}): ${what(result)}.` : `Tracking issue ${what(result)}.`,
    ];
  return kept.map(
    (k) =>
      `Tracking issue for ${k.account ? `account ${k.account}` : 'the repository'} [#${k.issue!.number}](${k.issue!.url}): ${what(k)}.`,
  );
}

/**
 * Outputs: `issue-number` and `issue-url` name the scope's issue, or with `issue-scope: account` the
 * repository's; `issues` lists every issue of the run as JSON.
 */
async function reportKept(result: SyncResult, env: NodeJS.ProcessEnv): Promise<void> {
  core.setOutput('issue-number', result.issue?.number ?? '');
  core.setOutput('issue-url', result.issue?.url ?? '');
  core.setOutput(
    'issues',
    JSON.stringify(
      (result.issues ?? []).map((k) => ({ for: k.for, ...(k.account ? { account: k.account } : {}), ...k.issue, action: k.action })),
    ),
  );
  if (result.action === 'left-as-it-was') core.warning(`RDS CA Guard: tracking issue ${what(result)}.`);
  const all = lines(result);
  const duplicates = result.closedDuplicates.length ? ` Closed duplicates: ${result.closedDuplicates.map((n) => `#${n}`).join(', ')}.` : '';
  all.forEach((line, i) => core.info(logLine(line) + (i === all.length - 1 ? duplicates : '')));
  if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(`\n${all.join('\n\n')}\n`).write();
}

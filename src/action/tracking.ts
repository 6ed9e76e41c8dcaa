/** Report mode in the action: what became of the tracking issue, as outputs, a log line and a summary line. */
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

async function reportKept(result: SyncResult, env: NodeJS.ProcessEnv): Promise<void> {
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

/**
 * Report mode: the check's outcome, kept in the scope's one tracking issue (a section per account
 * when the run covers several), or with `issue-scope: account` in one issue per account and one
 * for the repository (keep-accounts.ts).
 */
import { readFileSync } from 'node:fs';
import { renderIssueBody } from './issue-body.js';
import { keepPerAccount } from './keep-accounts.js';
import { renderScopeBody } from './sectioned-body.js';
import { syncTrackingIssue, type SyncResult } from './sync.js';
import type { IssueTracker } from './tracker.js';
import { awsNotInspected, unitsOf } from './units.js';
import type { Config } from '../config.js';
import { multiAccount } from '../model/fleet.js';
import type { CheckOutcome } from '../model/outcome.js';

export function runUrl(env: NodeJS.ProcessEnv): string {
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return env.GITHUB_RUN_ID
    ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : '(run link unavailable outside GitHub Actions)';
}

/** A pull request from a fork runs with a read-only token: it cannot keep an issue. */
export function forkPullRequest(env: NodeJS.ProcessEnv): boolean {
  if (!env.GITHUB_EVENT_NAME?.startsWith('pull_request') || !env.GITHUB_EVENT_PATH) return false;
  try {
    const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
      pull_request?: { head?: { repo?: { full_name?: string } }; base?: { repo?: { full_name?: string } } };
    };
    const head = event.pull_request?.head?.repo?.full_name;
    return Boolean(head) && head !== event.pull_request?.base?.repo?.full_name;
  } catch {
    return false;
  }
}

/** Why this run's view of the fleet is partial, or undefined when everything asked for was inspected. */
export function incompleteInspection(outcome: CheckOutcome): string | undefined {
  const { facts } = outcome;
  if (facts.awsNotInspected) return awsNotInspected(outcome);
  const failed = facts.aws?.failed ?? [];
  if (failed.length)
    return `${failed.length} region${failed.length === 1 ? ' was' : 's were'} not inspected (${failed
      .map((f) => f.region)
      .sort()
      .join(', ')})`;
  return undefined;
}

export async function reportToIssue(
  outcome: CheckOutcome,
  config: Config,
  env: NodeJS.ProcessEnv,
  tracker: IssueTracker,
): Promise<SyncResult> {
  const { report } = config;
  const shared = { labels: report.labels, assignees: report.assignees, runUrl: runUrl(env) };
  const planOptions = { environmentTag: config.environmentTag, environments: config.environments };
  if (report.issueScope === 'account') return keepPerAccount(outcome, report, shared, tracker, planOptions);
  // Several accounts: a section per account, each account not inspected in full saying so and keeping
  // what it showed; only a run that could not reach AWS at all leaves the issue as it was.
  const multi = multiAccount(outcome.facts.aws);
  const units = multi ? unitsOf(outcome, planOptions) : undefined;
  const result = await syncTrackingIssue(tracker, {
    ...shared,
    key: report.key,
    title: report.title,
    render: (body, open) =>
      units
        ? renderScopeBody(outcome, report.key, units, { body, open }, planOptions)
        : renderIssueBody(outcome, report.key, body, planOptions),
    incomplete: multi ? awsNotInspected(outcome) : incompleteInspection(outcome),
  });
  return { ...result, issues: result.issue ? [{ ...result, for: 'scope' }] : [] };
}

/**
 * `issue-scope: account`: one tracking issue per AWS account of the run (its databases' and regions'
 * findings, or why it was not inspected) and one for the findings without an account (the
 * repository's trust material, infrastructure code, probes). Each is found again by its own key
 * (marker.ts: `<key>:account:<id>`, `<key>:repository`) and created, updated, closed or reopened
 * exactly as the one issue of `issue-scope: scope` is (sync.ts). The issues are listed once, then
 * synced in a fixed order: the repository's, then the accounts' in code-point order.
 *
 * An account that is not in this run (dropped from `accounts`, or no longer in the organizational
 * units) keeps its issue untouched: the run did not look at it, so it can neither say it is fixed
 * nor that it is not. Closing it is the user's call.
 */
import { accountKey, repositoryKey } from './marker.js';
import { renderUnitBody } from './sectioned-body.js';
import { listLabelled, syncTrackingIssue, type KeptIssue, type SyncResult } from './sync.js';
import type { IssueTracker } from './tracker.js';
import { awsNotInspected, unitsOf } from './units.js';
import type { ReportConfig } from '../config.js';
import type { CheckOutcome } from '../model/outcome.js';
import type { PlanOptions } from '../plan/action-plan.js';

/** A tracker that looks each label up once per run, however many issues it creates. */
function labelsOnce(tracker: IssueTracker): IssueTracker {
  const ensured = new Set<string>();
  return {
    listByLabel: (label) => tracker.listByLabel(label),
    ensureLabel: async (label) => {
      if (ensured.has(label)) return;
      await tracker.ensureLabel(label);
      ensured.add(label);
    },
    create: (issue) => tracker.create(issue),
    update: (number, change) => tracker.update(number, change),
    comment: (number, body) => tracker.comment(number, body),
  };
}

/**
 * Keeps every issue of the run; the result is the repository's issue's (the `issue-number` and
 * `issue-url` outputs), with every issue in `issues`.
 */
export async function keepPerAccount(
  outcome: CheckOutcome,
  report: Pick<ReportConfig, 'key' | 'title'>,
  shared: { labels: string[]; assignees: string[]; runUrl: string },
  tracker: IssueTracker,
  planOptions: PlanOptions,
): Promise<SyncResult> {
  const once = labelsOnce(tracker);
  const labelled = await listLabelled(tracker, shared.labels);
  const { repository, accounts } = unitsOf(outcome, planOptions);
  // AWS not reached at all: no issue is written (the accounts' are not even known), as for the one issue.
  const incomplete = awsNotInspected(outcome);
  const kept: KeptIssue[] = [];
  for (const unit of [repository, ...accounts]) {
    const key = unit.account ? accountKey(report.key, unit.account) : repositoryKey(report.key);
    const result = await syncTrackingIssue(
      once,
      {
        ...shared,
        key,
        title: `${report.title} — ${unit.account ? `account ${unit.account}` : 'repository'}`,
        render: (body, open) => renderUnitBody(outcome, key, unit, { body, open }, planOptions),
        incomplete,
      },
      labelled,
    );
    kept.push({ ...result, ...(unit.account ? { for: 'account', account: unit.account } : { for: 'repository' }) });
  }
  const [first] = kept;
  return { ...first, closedDuplicates: kept.flatMap((k) => k.closedDuplicates), issues: kept.filter((k) => k.issue) };
}

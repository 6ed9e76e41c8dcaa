/**
 * Keeps one tracking issue per scope in step with the findings. An unchanged fleet makes no
 * write at all; the run link goes only into the comments made when the issue is closed,
 * reopened or deduplicated, never into the body. A run that could not inspect everything
 * writes nothing: a partial view must neither close the issue as all clear nor drop the
 * databases it could not see from the body.
 *
 * The issue is found by its hidden key marker among the issues carrying any of the
 * configured labels (one listing per label), so removing the first label from it, or
 * reordering `issue-labels`, does not lose it. An issue stripped of every configured label
 * is not found (listing every issue of a repository each night would cost too much). A run
 * that keeps several issues (one per account) lists once and syncs each against that listing.
 */
import { hasKey } from './marker.js';
import type { IssueTracker, TrackedIssue } from './tracker.js';

export interface SyncRequest {
  key: string;
  title: string;
  labels: string[];
  assignees: string[];
  runUrl: string;
  /** The body for the current findings given the kept issue's body (and whether it is open), or null when all is clear. */
  render(previousBody: string | undefined, previousOpen: boolean): string | null;
  /** Why the inspection was incomplete (what was not inspected); the issue is then left as it was. */
  incomplete?: string;
}

export type SyncAction = 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none' | 'left-as-it-was';

export interface SyncResult {
  action: SyncAction;
  issue?: { number: number; url: string };
  /** Issues closed as duplicates of the kept one. */
  closedDuplicates: number[];
  /** For left-as-it-was: why. */
  reason?: string;
  /** Every issue the run kept (report mode sets it): one, or with `issue-scope: account` one per account and the repository's. */
  issues?: KeptIssue[];
}

/** One issue of the run: the scope's, the repository's or an account's (`issue-scope: account`). */
export interface KeptIssue extends Omit<SyncResult, 'issues'> {
  for: 'scope' | 'repository' | 'account';
  account?: string;
}

/** The issues carrying any of the labels, oldest first (one listing per label). */
export async function listLabelled(tracker: IssueTracker, labels: readonly string[]): Promise<TrackedIssue[]> {
  const byNumber = new Map<number, TrackedIssue>();
  for (const label of labels) for (const issue of await tracker.listByLabel(label)) byNumber.set(issue.number, issue);
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

const same = (a: string, b: string) => a.replace(/\s+$/, '') === b.replace(/\s+$/, '');

/** Syncs the issue of `request.key`, found among `labelled` (listed here when not given). */
export async function syncTrackingIssue(tracker: IssueTracker, request: SyncRequest, labelled?: TrackedIssue[]): Promise<SyncResult> {
  const listed = labelled ?? (await listLabelled(tracker, request.labels));
  const [kept, ...duplicates] = listed.filter((i) => hasKey(i.body, request.key));
  const ref = (i: TrackedIssue) => ({ number: i.number, url: i.url });
  if (request.incomplete) return { action: 'left-as-it-was', issue: kept && ref(kept), closedDuplicates: [], reason: request.incomplete };
  const closedDuplicates: number[] = [];
  for (const dup of duplicates.filter((d) => d.state === 'open')) {
    await tracker.comment(dup.number, `Duplicate of #${kept.number} (two runs raced); closing. ${request.runUrl}`);
    await tracker.update(dup.number, { state: 'closed' });
    closedDuplicates.push(dup.number);
  }

  const body = request.render(kept?.body, kept?.state === 'open');
  if (body === null) {
    if (!kept || kept.state === 'closed') return { action: 'none', issue: kept && ref(kept), closedDuplicates };
    await tracker.comment(kept.number, `All clear: no findings in this run. Closing. ${request.runUrl}`);
    await tracker.update(kept.number, { state: 'closed' });
    return { action: 'closed', issue: ref(kept), closedDuplicates };
  }
  if (!kept) {
    for (const l of request.labels) await tracker.ensureLabel(l);
    const created = await tracker.create({ title: request.title, body, labels: request.labels, assignees: request.assignees });
    return { action: 'created', issue: ref(created), closedDuplicates };
  }
  if (kept.state === 'closed') {
    await tracker.update(kept.number, { state: 'open', body, title: request.title });
    await tracker.comment(kept.number, `Findings are back; reopening. ${request.runUrl}`);
    return { action: 'reopened', issue: ref(kept), closedDuplicates };
  }
  if (same(kept.body, body) && kept.title === request.title) return { action: 'unchanged', issue: ref(kept), closedDuplicates };
  await tracker.update(kept.number, { body, title: request.title });
  return { action: 'updated', issue: ref(kept), closedDuplicates };
}

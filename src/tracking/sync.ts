/**
 * Keeps one tracking issue per scope in step with the findings. An unchanged fleet makes no
 * write at all; the run link goes only into the comments made when the issue is closed,
 * reopened or deduplicated, never into the body.
 */
import { hasKey } from './marker.js';
import type { IssueTracker, TrackedIssue } from './tracker.js';

export interface SyncRequest {
  key: string;
  title: string;
  labels: string[];
  assignees: string[];
  runUrl: string;
  /** The body for the current findings given the kept issue's body, or null when all is clear. */
  render(previousBody: string | undefined): string | null;
}

export type SyncAction = 'created' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'none';

export interface SyncResult {
  action: SyncAction;
  issue?: { number: number; url: string };
  /** Issues closed as duplicates of the kept one. */
  closedDuplicates: number[];
}

const same = (a: string, b: string) => a.replace(/\s+$/, '') === b.replace(/\s+$/, '');

export async function syncTrackingIssue(tracker: IssueTracker, request: SyncRequest): Promise<SyncResult> {
  const [label] = request.labels;
  const mine = (await tracker.listByLabel(label)).filter((i) => hasKey(i.body, request.key)).sort((a, b) => a.number - b.number);
  const [kept, ...duplicates] = mine;
  const closedDuplicates: number[] = [];
  for (const dup of duplicates.filter((d) => d.state === 'open')) {
    await tracker.comment(dup.number, `Duplicate of #${kept.number} (two runs raced); closing. ${request.runUrl}`);
    await tracker.update(dup.number, { state: 'closed' });
    closedDuplicates.push(dup.number);
  }

  const body = request.render(kept?.body);
  const ref = (i: TrackedIssue) => ({ number: i.number, url: i.url });
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

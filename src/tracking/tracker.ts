/** The narrow interface report mode needs from an issue tracker (GitHub in production, a fake in tests). */

export interface TrackedIssue {
  number: number;
  url: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
}

export interface IssueTracker {
  /** Issues (not pull requests) carrying `label`, open or closed, oldest first. */
  listByLabel(label: string): Promise<TrackedIssue[]>;
  /** Creates the label unless it exists (looked up first). */
  ensureLabel(label: string): Promise<void>;
  create(issue: { title: string; body: string; labels: string[]; assignees: string[] }): Promise<TrackedIssue>;
  update(number: number, change: { title?: string; body?: string; state?: 'open' | 'closed' }): Promise<TrackedIssue>;
  comment(number: number, body: string): Promise<void>;
}

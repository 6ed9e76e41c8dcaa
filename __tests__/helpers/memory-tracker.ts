/** An in-memory issue tracker for the sync logic's tests: records every write. */
import type { IssueTracker, TrackedIssue } from '../../src/tracking/tracker.js';

export class MemoryTracker implements IssueTracker {
  issues: (TrackedIssue & { labels: string[] })[] = [];
  comments: { number: number; body: string }[] = [];
  labels = new Set<string>();
  writes: string[] = [];

  add(issue: Partial<TrackedIssue> & { labels?: string[] }): TrackedIssue {
    const number = this.issues.length + 1;
    const full = {
      number,
      url: `https://github.example/acme/infra/issues/${number}`,
      state: 'open' as const,
      title: 't',
      body: '',
      labels: ['rds-ca'],
      ...issue,
    };
    this.issues.push(full);
    return full;
  }

  async listByLabel(label: string) {
    return this.issues.filter((i) => i.labels.includes(label)).map(({ labels: _labels, ...i }) => ({ ...i }));
  }

  async ensureLabel(label: string) {
    if (!this.labels.has(label)) {
      this.labels.add(label);
      this.writes.push(`label ${label}`);
    }
  }

  async create(issue: { title: string; body: string; labels: string[]; assignees: string[] }) {
    this.writes.push('create');
    return this.add({ title: issue.title, body: issue.body, labels: issue.labels });
  }

  async update(number: number, change: { title?: string; body?: string; state?: 'open' | 'closed' }) {
    this.writes.push(`update #${number} ${Object.keys(change).sort().join(',')}`);
    const issue = this.issues.find((i) => i.number === number)!;
    Object.assign(issue, change);
    return issue;
  }

  async comment(number: number, body: string) {
    this.writes.push(`comment #${number}`);
    this.comments.push({ number, body });
  }
}

/**
 * The tracking issue on GitHub: its issues listed by label, created, updated and commented on,
 * through a bounded Octokit (octokit.ts). A failure is an IssueAccessError (failures.ts).
 */
import type { IssueTracker } from '../tracking/tracker.js';
import { toIssue, type ApiIssue } from './answers.js';
import { explain } from './failures.js';
import { IssueAccessError } from './issue-access-error.js';
import { boundedOctokit, DEFAULT_GITHUB_BOUNDS, type GitHubBounds, type GitHubOptions } from './octokit.js';

export { IssueAccessError };

export function gitHubIssues(options: GitHubOptions): IssueTracker {
  const [owner, repo] = options.repository.split('/');
  const bounds: GitHubBounds = { ...DEFAULT_GITHUB_BOUNDS, ...options.bounds };
  const octokit = boundedOctokit(options, bounds);
  const call = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      explain(error, what, bounds);
    }
  };
  return {
    listByLabel: (label) =>
      call(`list the issues labelled ${label}`, async () => {
        const all = (await octokit.paginate(octokit.rest.issues.listForRepo, {
          owner,
          repo,
          labels: label,
          state: 'all',
          per_page: 100,
          sort: 'created',
          direction: 'asc',
        })) as ApiIssue[];
        return all.filter((i) => !i.pull_request).map(toIssue);
      }),
    ensureLabel: (name) =>
      call(`create the label ${name}`, async () => {
        try {
          await octokit.rest.issues.getLabel({ owner, repo, name });
        } catch (error) {
          if ((error as { status?: number }).status !== 404) throw error;
          try {
            await octokit.rest.issues.createLabel({
              owner,
              repo,
              name,
              color: 'd93f0b',
              description: 'RDS CA rotation tracking (RDS CA Guard)',
            });
          } catch (raced) {
            if ((raced as { status?: number }).status !== 422) throw raced; // created meanwhile
          }
        }
      }),
    create: (issue) =>
      call('create the tracking issue', async () =>
        toIssue((await octokit.rest.issues.create({ owner, repo, ...issue })).data as ApiIssue),
      ),
    update: (number, change) =>
      call(`update issue #${number}`, async () =>
        toIssue((await octokit.rest.issues.update({ owner, repo, issue_number: number, ...change })).data as ApiIssue),
      ),
    comment: (number, body) =>
      call(`comment on issue #${number}`, async () => {
        await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
      }),
  };
}

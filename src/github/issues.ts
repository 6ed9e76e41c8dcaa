/**
 * The tracking issue on GitHub, through @actions/github's Octokit with pagination, retries
 * (5xx) and the throttling plugin (primary and secondary rate limits). GITHUB_API_URL is
 * honoured, so GitHub Enterprise Server works, and tests use a local server.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { IssueTracker, TrackedIssue } from '../tracking/tracker.js';

import { IssueAccessError } from './issue-access-error.js';

export { IssueAccessError };

interface ApiIssue {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

const toIssue = (i: ApiIssue): TrackedIssue => ({ number: i.number, url: i.html_url, state: i.state === 'closed' ? 'closed' : 'open', title: i.title, body: i.body ?? '' });

function explain(error: unknown, what: string): never {
  const e = error as { status?: number; message?: string };
  if (e.status === 403 && /not accessible by integration|permission/i.test(e.message ?? '')) {
    throw new IssueAccessError(
      `GitHub refused to ${what}: the workflow's token cannot write issues. Add \`permissions: issues: write\` to the job (pull requests from forks only ever get a read-only token).`,
      true,
    );
  }
  if (e.status === 404) throw new IssueAccessError(`GitHub answered 404 to ${what}: check GITHUB_REPOSITORY and that the token can see the repository.`, false);
  throw new IssueAccessError(`GitHub failed to ${what}: ${e.status ? `HTTP ${e.status} ` : ''}${e.message ?? String(error)}`, false);
}

export interface GitHubOptions {
  token: string;
  /** owner/name */
  repository: string;
  /** Default: GITHUB_API_URL, else https://api.github.com */
  baseUrl?: string;
  /** Rate-limit retries before giving up. */
  limitRetries?: number;
}

export function gitHubIssues(options: GitHubOptions): IssueTracker {
  const [owner, repo] = options.repository.split('/');
  const retries = options.limitRetries ?? 3;
  const octokit = getOctokit(options.token, {
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    throttle: {
      onRateLimit: (_after: number, _req: unknown, _o: unknown, count: number) => count < retries,
      onSecondaryRateLimit: (_after: number, _req: unknown, _o: unknown, count: number) => count < retries,
    },
    retry: { doNotRetry: [400, 401, 403, 404, 422] },
  }, retry, throttling);
  const call = async <T>(what: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      explain(error, what);
    }
  };
  return {
    listByLabel: (label) =>
      call(`list the issues labelled ${label}`, async () => {
        const all = (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo, labels: label, state: 'all', per_page: 100, sort: 'created', direction: 'asc' })) as ApiIssue[];
        return all.filter((i) => !i.pull_request).map(toIssue);
      }),
    ensureLabel: (name) =>
      call(`create the label ${name}`, async () => {
        try {
          await octokit.rest.issues.getLabel({ owner, repo, name });
        } catch (error) {
          if ((error as { status?: number }).status !== 404) throw error;
          try {
            await octokit.rest.issues.createLabel({ owner, repo, name, color: 'd93f0b', description: 'RDS CA rotation tracking (RDS CA Guard)' });
          } catch (raced) {
            if ((raced as { status?: number }).status !== 422) throw raced; // created meanwhile
          }
        }
      }),
    create: (issue) => call('create the tracking issue', async () => toIssue((await octokit.rest.issues.create({ owner, repo, ...issue })).data as ApiIssue)),
    update: (number, change) => call(`update issue #${number}`, async () => toIssue((await octokit.rest.issues.update({ owner, repo, issue_number: number, ...change })).data as ApiIssue)),
    comment: (number, body) =>
      call(`comment on issue #${number}`, async () => {
        await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
      }),
  };
}

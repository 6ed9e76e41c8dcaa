/**
 * The tracking issue on GitHub, through @actions/github's Octokit with pagination, retries
 * (5xx) and the throttling plugin (primary and secondary rate limits). GITHUB_API_URL is
 * honoured, so GitHub Enterprise Server works, and tests use a local server. Every request
 * is bounded in time (headers and body, through the fetch Octokit uses), and an answer that
 * is not GitHub's JSON (a proxy's HTML page) is an error, never an empty list.
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

const toIssue = (i: ApiIssue): TrackedIssue => ({
  number: i.number,
  url: i.html_url,
  state: i.state === 'closed' ? 'closed' : 'open',
  title: i.title,
  body: i.body ?? '',
});

export const GITHUB_STATUS = 'https://www.githubstatus.com';

/** What came back from the API that is not GitHub's JSON. */
class NotAGitHubAnswer extends Error {
  override name = 'NotAGitHubAnswer';
}

/** The first bytes of something, as printable ASCII on one line. */
function firstBytes(data: unknown): string {
  const text =
    typeof data === 'string' ? data : data instanceof ArrayBuffer ? Buffer.from(data).toString('latin1') : (JSON.stringify(data) ?? '');
  return text
    .slice(0, 80)
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e]/g, '?')
    .trim();
}

const isIssue = (i: unknown): i is ApiIssue =>
  typeof (i as ApiIssue | null)?.number === 'number' && typeof (i as ApiIssue).html_url === 'string';

/** The answer GitHub gives to the issue calls: JSON, and (for lists) an array of issues. */
function checkAnswer(
  response: { status: number; headers: Record<string, string | number | undefined>; data: unknown },
  request: { method: string; url: string },
): void {
  if (response.status === 204) return;
  const contentType = String(response.headers['content-type'] ?? '');
  const list = request.method === 'GET' && /\/issues$/.test(request.url.split('?')[0]);
  const shaped =
    typeof response.data === 'object' &&
    response.data !== null &&
    (!list || (Array.isArray(response.data) && response.data.every(isIssue)));
  if (!/json/i.test(contentType) || !shaped) {
    throw new NotAGitHubAnswer(
      `the API answered HTTP ${response.status} with ${contentType || 'no content type'}, not GitHub's JSON${firstBytes(response.data) ? `; it began "${firstBytes(response.data)}"` : ''}. Something other than GitHub answered (a proxy's page, a wrong GITHUB_API_URL).`,
    );
  }
}

function explain(error: unknown, what: string, bounds: GitHubBounds): never {
  const e = error as {
    status?: number;
    message?: string;
    name?: string;
    cause?: { name?: string };
    response?: { headers?: Record<string, string>; data?: unknown };
  };
  if (error instanceof NotAGitHubAnswer) throw new IssueAccessError(`GitHub did not answer to ${what}: ${error.message}`, false);
  if (e.name === 'TimeoutError' || e.cause?.name === 'TimeoutError' || /aborted due to timeout/i.test(e.message ?? '')) {
    throw new IssueAccessError(
      `GitHub did not answer to ${what} within ${bounds.requestMs / 1000} s (${bounds.retries + 1} tries): check the network path to the API (GITHUB_API_URL) and the proxy settings (HTTPS_PROXY, NO_PROXY).`,
      false,
    );
  }
  const contentType = String(e.response?.headers?.['content-type'] ?? '');
  if (e.status && e.response && !/json/i.test(contentType)) {
    throw new IssueAccessError(
      `GitHub failed to ${what}: the API answered HTTP ${e.status} with ${contentType || 'no content type'}, not GitHub's JSON${firstBytes(e.response.data) ? `; it began "${firstBytes(e.response.data)}"` : ''}. ${e.status >= 500 ? `Re-run later; see ${GITHUB_STATUS}.` : 'Something other than GitHub answered (a proxy, a wrong GITHUB_API_URL).'}`,
      false,
    );
  }
  if (e.status && e.status >= 500) {
    throw new IssueAccessError(
      `GitHub failed to ${what}: HTTP ${e.status} after ${bounds.retries + 1} tries, a failure on GitHub's side. Re-run later; see ${GITHUB_STATUS}.`,
      false,
    );
  }
  if (e.status === 403 && /not accessible by integration|permission/i.test(e.message ?? '')) {
    throw new IssueAccessError(
      `GitHub refused to ${what}: the workflow's token cannot write issues. Add \`permissions: issues: write\` to the job (pull requests from forks only ever get a read-only token).`,
      true,
    );
  }
  if (e.status === 404)
    throw new IssueAccessError(`GitHub answered 404 to ${what}: check GITHUB_REPOSITORY and that the token can see the repository.`, false);
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
  /** Time bounds (tests shorten them). */
  bounds?: Partial<GitHubBounds>;
}

export interface GitHubBounds {
  /** One request, headers and body. */
  requestMs: number;
  /** Retries of a 5xx or a request that timed out. */
  retries: number;
  /** Base of the retry delay: (retry count)² × this. */
  retryBaseMs: number;
}

export const DEFAULT_GITHUB_BOUNDS: GitHubBounds = { requestMs: 30_000, retries: 3, retryBaseMs: 1_000 };

export function gitHubIssues(options: GitHubOptions): IssueTracker {
  const [owner, repo] = options.repository.split('/');
  const retries = options.limitRetries ?? 3;
  const bounds: GitHubBounds = { ...DEFAULT_GITHUB_BOUNDS, ...options.bounds };
  // Each request gets its own time bound, covering the body too: it is read here, within the bound,
  // because Octokit reads a body that fails midway as an empty one.
  const boundedFetch: typeof fetch = async (url, init) => {
    const timeout = AbortSignal.timeout(bounds.requestMs);
    const response = await fetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    const body = [101, 204, 205, 304].includes(response.status) ? null : await response.arrayBuffer();
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  const octokit = getOctokit(
    options.token,
    {
      ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
      request: { fetch: boundedFetch },
      throttle: {
        onRateLimit: (_after: number, _req: unknown, _o: unknown, count: number) => count < retries,
        onSecondaryRateLimit: (_after: number, _req: unknown, _o: unknown, count: number) => count < retries,
      },
      retry: { doNotRetry: [400, 401, 403, 404, 422], retries: bounds.retries, retryAfterBaseValue: bounds.retryBaseMs },
    },
    retry,
    throttling,
  );
  octokit.hook.after('request', (response, request) => checkAnswer(response as Parameters<typeof checkAnswer>[0], request));
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

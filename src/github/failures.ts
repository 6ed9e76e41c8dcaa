/** Why a call to GitHub failed, as an IssueAccessError that says how to fix the workflow. */
import { NotAGitHubAnswer, notGitHubJson } from './answers.js';
import { IssueAccessError } from './issue-access-error.js';
import type { GitHubBounds } from './octokit.js';

export const GITHUB_STATUS = 'https://www.githubstatus.com';

export function explain(error: unknown, what: string, bounds: GitHubBounds): never {
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
      `GitHub failed to ${what}: ${notGitHubJson(e.status, contentType, e.response.data)}. ${e.status >= 500 ? `Re-run later; see ${GITHUB_STATUS}.` : 'Something other than GitHub answered (a proxy, a wrong GITHUB_API_URL).'}`,
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

/**
 * An Octokit for GitHub's API through @actions/github, with pagination, retries (5xx) and the
 * throttling plugin (primary and secondary rate limits). GITHUB_API_URL is honoured, so GitHub
 * Enterprise Server works, and tests use a local server. Every request is bounded in time
 * (headers and body, through the fetch Octokit uses), and every answer is checked to be GitHub's.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { checkAnswer } from './answers.js';

export interface GitHubOptions {
  token: string;
  /** owner/name */
  repository: string;
  /** Default: GITHUB_API_URL, else https://api.github.com */
  baseUrl?: string;
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

/** Rate-limit retries (primary and secondary) before giving up. */
const RATE_LIMIT_RETRIES = 3;

export const DEFAULT_GITHUB_BOUNDS: GitHubBounds = { requestMs: 30_000, retries: 3, retryBaseMs: 1_000 };

/** The client `options` describe, each request bounded by `bounds` and its answer checked. */
export function boundedOctokit(options: GitHubOptions, bounds: GitHubBounds) {
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
        onRateLimit: (_after: number, _req: unknown, _o: unknown, count: number) => count < RATE_LIMIT_RETRIES,
        onSecondaryRateLimit: (_after: number, _req: unknown, _o: unknown, count: number) => count < RATE_LIMIT_RETRIES,
      },
      retry: { doNotRetry: [400, 401, 403, 404, 422], retries: bounds.retries, retryAfterBaseValue: bounds.retryBaseMs },
    },
    retry,
    throttling,
  );
  octokit.hook.after('request', (response, request) => checkAnswer(response as Parameters<typeof checkAnswer>[0], request));
  return octokit;
}

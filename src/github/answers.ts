/**
 * What the GitHub API answers to the issue calls: GitHub's JSON, or an error. An answer that is
 * not GitHub's JSON (a proxy's HTML page) is an error, never an empty list.
 */
import { firstBytes } from '../base/first-bytes.js';
import type { TrackedIssue } from '../tracking/tracker.js';

export interface ApiIssue {
  number: number;
  html_url: string;
  state: string;
  title: string;
  body?: string | null;
  pull_request?: unknown;
}

export const toIssue = (i: ApiIssue): TrackedIssue => ({
  number: i.number,
  url: i.html_url,
  state: i.state === 'closed' ? 'closed' : 'open',
  title: i.title,
  body: i.body ?? '',
});

/** What came back from the API that is not GitHub's JSON. */
export class NotAGitHubAnswer extends Error {
  override name = 'NotAGitHubAnswer';
}

/** The first bytes of an answer's data, whatever Octokit made of it (text, bytes, parsed JSON). */
const firstBytesOf = (data: unknown): string =>
  firstBytes(typeof data === 'string' ? data : data instanceof ArrayBuffer ? new Uint8Array(data) : (JSON.stringify(data) ?? ''));

/** An answer that is not GitHub's JSON, in words: its status, its content type and how it began. */
export function notGitHubJson(status: number, contentType: string, data: unknown): string {
  const began = firstBytesOf(data);
  return `the API answered HTTP ${status} with ${contentType || 'no content type'}, not GitHub's JSON${began ? `; it began "${began}"` : ''}`;
}

const isIssue = (i: unknown): i is ApiIssue =>
  typeof (i as ApiIssue | null)?.number === 'number' && typeof (i as ApiIssue).html_url === 'string';

/** The answer GitHub gives to the issue calls: JSON, and (for lists) an array of issues. */
export function checkAnswer(
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
      `${notGitHubJson(response.status, contentType, response.data)}. Something other than GitHub answered (a proxy's page, a wrong GITHUB_API_URL).`,
    );
  }
}

/**
 * Fault injection against the fake GitHub API (loopback only): report mode must fail with words a
 * person acts on, within a stated time bound, and never read a bad answer as "no tracking issue"
 * (which would open a second one) or write anything. Requests are bounded at 1 s here (default
 * 30 s), with one retry.
 */
import { gitHubIssues, IssueAccessError } from '../../src/github/issues.js';
import { keyMarker } from '../../src/tracking/marker.js';
import { syncTrackingIssue } from '../../src/tracking/sync.js';
import { FakeGitHub, type GitHubFault } from '../support/fake-github.mjs';

const KEY = 'acme/infra:prod';
const BOUND_MS = 5_000;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
  gh.seed({ title: 'RDS CA rotation', body: `${keyMarker(KEY)}\n3 databases`, labels: [{ name: 'rds-ca' }] });
});
afterEach(() => gh.stop());

const tracker = () =>
  gitHubIssues({ token: 'ghs_test', repository: 'acme/infra', baseUrl: gh.url, bounds: { requestMs: 1_000, retries: 1, retryBaseMs: 50 } });

async function sync(): Promise<{ error: unknown; ms: number }> {
  const start = performance.now();
  const error = await syncTrackingIssue(tracker(), {
    key: KEY,
    title: 'RDS CA rotation',
    labels: ['rds-ca'],
    assignees: [],
    runUrl: 'https://github.example/run',
    render: () => null, // all clear: a bad answer must not turn into "close" or "create"
  }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - start };
}

describe('a GitHub API that answers badly fails report mode, in words, within the bound', () => {
  const cases: [string, GitHubFault, RegExp][] = [
    [
      'silent',
      'silent',
      /^GitHub did not answer to list the issues labelled rds-ca within 1 s \(2 tries\): check the network path to the API \(GITHUB_API_URL\) and the proxy settings \(HTTPS_PROXY, NO_PROXY\)\.$/,
    ],
    ['trickle', 'trickle', /^GitHub did not answer to list the issues labelled rds-ca within 1 s/],
    [
      'an HTML 200',
      'html',
      /^GitHub did not answer to list the issues labelled rds-ca: the API answered HTTP 200 with text\/html, not GitHub's JSON; it began "<!DOCTYPE html><html><body>Corporate proxy: please sign in<\/body><\/html>"\. Something other than GitHub answered/,
    ],
    [
      'HTTP 502',
      '5xx',
      /^GitHub failed to list the issues labelled rds-ca: the API answered HTTP 502 with text\/html, not GitHub's JSON; it began "<html><body><h1>502 Bad Gateway.*Re-run later; see https:\/\/www\.githubstatus\.com\.$/,
    ],
    ['HTTP 403', '403', /^GitHub failed to list the issues labelled rds-ca: HTTP 403 Forbidden/],
  ];

  it.each(cases)('%s', async (_name, fault, message) => {
    gh.set({ fault, trickleMs: 200 });
    const { error, ms } = await sync();
    expect(error).toBeInstanceOf(IssueAccessError);
    expect((error as Error).message).toMatch(message);
    expect(gh.writes()).toEqual([]);
    expect(gh.issues[0].state).toBe('open');
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

/** Report mode over three accounts, against a local GitHub REST API: the scope's one issue, or one per account. */
import { gitHubIssues } from '../../src/github/issues.js';
import { reportToIssue } from '../../src/tracking/keep-issue.js';
import { keyMarker } from '../../src/tracking/marker.js';
import type { Config, ReportConfig } from '../../src/config.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { FakeGitHub } from '../support/fake-github.mjs';
import { A, B, C, threeAccounts } from './fleet-of-accounts.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(() => gh.stop());

const TITLE = 'RDS CA rotation: acme/infra';
const FIXED = 'rds-ca-rsa2048-g1';
const keep = (outcome: CheckOutcome, issueScope: ReportConfig['issueScope']) =>
  reportToIssue(
    outcome,
    {
      environmentTag: 'Environment',
      report: { key: 'acme/infra', labels: ['rds-ca'], assignees: [], title: TITLE, issueScope },
    } as unknown as Config,
    gh.env(),
    gitHubIssues({ token: 'ghs_test', repository: 'acme/infra', baseUrl: gh.url }),
  );
// Octokit's throttling spaces writes a second apart, as on GitHub: a run of many issues takes its time.
const SLOW = 90_000;
const byTitle = () => Object.fromEntries(gh.issues.map((i) => [i.title, i]));
const writesSince = (n: number) => gh.writes().slice(n);

describe('issue-scope: scope over several accounts', () => {
  it(
    'keeps one issue with a section per account, and writes nothing while nothing changes',
    async () => {
      const result = await keep(await threeAccounts(), 'scope');
      expect(result).toMatchObject({
        action: 'created',
        issue: { number: 1 },
        issues: [{ for: 'scope', action: 'created', issue: { number: 1 } }],
      });
      expect(gh.issues).toHaveLength(1);
      expect(gh.issues[0].title).toBe(TITLE);
      expect(gh.issues[0].body.split('\n').filter((l) => l.startsWith('## '))).toEqual([
        '## Repository and clients',
        `## Account ${A}`,
        `## Account ${B}`,
        `## Account ${C}`,
      ]);
      const writes = gh.writes().length;
      expect((await keep(await threeAccounts({ now: '2026-12-01T00:00:00Z' }), 'scope')).action).toBe('unchanged');
      expect(gh.writes()).toHaveLength(writes);
    },
    SLOW,
  );

  it(
    'is not frozen by an account it cannot inspect: the other accounts’ fixes show, the account’s rows are kept',
    async () => {
      await keep(await threeAccounts({ refused: [] }), 'scope');
      const result = await keep(await threeAccounts({ refused: [C], ca: { [A]: FIXED } }), 'scope');
      expect(result.action).toBe('updated');
      const body = gh.issues[0].body;
      expect(body).toContain(`## Account ${A}\n\n**No database to rotate** · 0 errors, 0 warnings`);
      expect(body).toContain(`## Account ${C}\n\n**Not inspected in this run.**`);
      expect(withoutLinks(body.split(`## Account ${C}`)[1])).toContain('| billing | us-east-1 |');
    },
    SLOW,
  );
});

describe('issue-scope: account', () => {
  it(
    'keeps an issue per account and one for the repository; a fix closes only its account’s issue, the others untouched',
    async () => {
      const first = await keep(await threeAccounts(), 'account');
      expect(gh.issues.map((i) => [i.number, i.title, i.body.split('\n')[0]])).toEqual([
        [1, `${TITLE} — repository`, keyMarker('acme/infra:repository')],
        [2, `${TITLE} — account ${A}`, keyMarker(`acme/infra:account:${A}`)],
        [3, `${TITLE} — account ${B}`, keyMarker(`acme/infra:account:${B}`)],
        [4, `${TITLE} — account ${C}`, keyMarker(`acme/infra:account:${C}`)],
      ]);
      // The label is looked up once, not once per issue.
      expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
        'POST /repos/acme/infra/labels',
        ...Array(4).fill('POST /repos/acme/infra/issues'),
      ]);
      expect(first).toMatchObject({ action: 'created', issue: { number: 1 } });
      expect(first.issues!.map((k) => [k.for, k.account, k.issue!.number, k.action])).toEqual([
        ['repository', undefined, 1, 'created'],
        ['account', A, 2, 'created'],
        ['account', B, 3, 'created'],
        ['account', C, 4, 'created'],
      ]);
      expect(byTitle()[`${TITLE} — account ${C}`].body).toContain('**Not inspected in this run.**');
      expect(byTitle()[`${TITLE} — account ${A}`].body).not.toContain(B);

      const bodies = gh.issues.map((i) => i.body);
      const before = gh.writes().length;
      const second = await keep(await threeAccounts({ ca: { [A]: FIXED }, now: '2026-12-01T00:00:00Z' }), 'account');
      expect(second.issues!.map((k) => k.action)).toEqual(['unchanged', 'closed', 'unchanged', 'unchanged']);
      expect(writesSince(before).map((w) => `${w.method} ${w.path}`)).toEqual([
        'POST /repos/acme/infra/issues/2/comments',
        'PATCH /repos/acme/infra/issues/2',
      ]);
      expect(gh.comments.at(-1)).toEqual({
        issue: 2,
        body: 'All clear: no findings in this run. Closing. https://github.example/acme/infra/actions/runs/4242',
      });
      expect(gh.issues.map((i) => i.state)).toEqual(['open', 'closed', 'open', 'open']);
      expect(gh.issues.map((i) => i.body)).toEqual(bodies);

      // The same run again: not one write, the same bodies.
      const after = gh.writes().length;
      const third = await keep(await threeAccounts({ ca: { [A]: FIXED }, now: '2026-12-02T00:00:00Z' }), 'account');
      expect(third.issues!.map((k) => k.action)).toEqual(['unchanged', 'none', 'unchanged', 'unchanged']);
      expect(gh.writes()).toHaveLength(after);
      expect(gh.issues.map((i) => i.body)).toEqual(bodies);

      // A regression reopens the account's own issue.
      const fourth = await keep(await threeAccounts({ now: '2026-12-03T00:00:00Z' }), 'account');
      expect(fourth.issues!.map((k) => k.action)).toEqual(['unchanged', 'reopened', 'unchanged', 'unchanged']);
      expect(gh.issues).toHaveLength(4);
    },
    SLOW,
  );

  it(
    'leaves the issue of an account no longer in the run untouched',
    async () => {
      await keep(await threeAccounts({ refused: [] }), 'account');
      const dropped = await threeAccounts({ refused: [] });
      dropped.facts.aws!.members = dropped.facts.aws!.members!.filter((m) => m.account !== B);
      dropped.facts.aws!.inspected = dropped.facts.aws!.inspected.filter((i) => i.account !== B);
      dropped.findings = dropped.findings.filter((f) => f.account !== B);
      const before = gh.writes().length;
      const result = await keep(dropped, 'account');
      expect(result.issues!.map((k) => k.account)).toEqual([undefined, A, C]);
      expect(gh.writes()).toHaveLength(before);
      expect(byTitle()[`${TITLE} — account ${B}`].state).toBe('open');
    },
    SLOW,
  );

  it(
    'keeps an account’s rows in its open issue while the account cannot be inspected, then closes it once fixed',
    async () => {
      await keep(await threeAccounts({ refused: [] }), 'account');
      const refused = await keep(await threeAccounts({ refused: [B] }), 'account');
      expect(refused.issues!.find((k) => k.account === B)!.action).toBe('updated');
      const issue = byTitle()[`${TITLE} — account ${B}`];
      expect(issue.state).toBe('open');
      expect(issue.body).toContain('**Not inspected in this run.**');
      expect(withoutLinks(issue.body)).toContain('| orders | eu-west-1 |');
      await keep(await threeAccounts({ refused: [], ca: { [B]: FIXED } }), 'account');
      expect(byTitle()[`${TITLE} — account ${B}`].state).toBe('closed');
    },
    SLOW,
  );

  it(
    'writes nothing when AWS could not be reached at all',
    async () => {
      await keep(await threeAccounts(), 'account');
      const before = gh.writes().length;
      const outcome = await threeAccounts({ ca: { [A]: FIXED, [B]: FIXED } });
      outcome.facts.awsNotInspected = 'no credentials';
      const result = await keep(outcome, 'account');
      expect(result).toMatchObject({ action: 'left-as-it-was', issue: { number: 1 }, reason: 'AWS was not inspected (no credentials)' });
      expect(gh.writes()).toHaveLength(before);
    },
    SLOW,
  );
});

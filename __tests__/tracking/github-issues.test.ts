import { gitHubIssues, IssueAccessError } from '../../src/github/issues.js';
import { FakeGitHub } from '../support/fake-github.mjs';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub().start();
});
afterEach(() => gh.stop());

const tracker = () => gitHubIssues({ token: 'ghs_test', repository: 'acme/infra', baseUrl: gh.url });

describe('the GitHub adapter against a local REST API', () => {
  it('lists every page of labelled issues, open and closed, leaving out pull requests', async () => {
    for (let i = 0; i < 7; i++) gh.seed({ title: `i${i}`, labels: [{ name: 'rds-ca' }], state: i % 2 ? 'closed' : 'open' });
    gh.seed({ title: 'a pull request', labels: [{ name: 'rds-ca' }], pull_request: {} });
    gh.seed({ title: 'other', labels: [{ name: 'bug' }] });
    gh.set({ pageSize: 3 });
    const issues = await tracker().listByLabel('rds-ca');
    expect(issues.map((i) => i.title)).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6']);
    expect(issues[1].state).toBe('closed');
    expect(gh.requests.filter((r) => r.path.includes('/issues?'))).toHaveLength(3);
  });

  it('looks a label up before creating it', async () => {
    gh.labels.add('rds-ca');
    await tracker().ensureLabel('rds-ca');
    await tracker().ensureLabel('infra');
    expect(gh.writes()).toEqual([{ method: 'POST', path: '/repos/acme/infra/labels' }]);
    expect([...gh.labels]).toEqual(['rds-ca', 'infra']);
  });

  it('creates, updates and comments', async () => {
    const t = tracker();
    const created = await t.create({ title: 'T', body: 'B', labels: ['rds-ca'], assignees: ['ops'] });
    expect(created).toMatchObject({ number: 1, state: 'open', url: 'https://github.example/acme/infra/issues/1' });
    expect(await t.update(1, { state: 'closed', body: 'C' })).toMatchObject({ state: 'closed', body: 'C' });
    await t.comment(1, 'all clear');
    expect(gh.comments).toEqual([{ issue: 1, body: 'all clear' }]);
  });

  it('says to add issues: write when the token is read-only', async () => {
    gh.set({ readOnly: true });
    const error = await tracker()
      .create({ title: 'T', body: 'B', labels: [], assignees: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IssueAccessError);
    expect((error as IssueAccessError).message).toContain('Add `permissions: issues: write` to the job');
    expect((error as IssueAccessError).readOnlyToken).toBe(true);
  });

  it('waits out a secondary rate limit and carries on', async () => {
    gh.set({ secondaryRateLimits: 1 });
    const created = await tracker().create({ title: 'T', body: 'B', labels: [], assignees: [] });
    expect(created.number).toBe(1);
    expect(gh.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });
});

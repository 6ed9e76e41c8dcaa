/** End to end: report mode, `node dist/index.js` run after run against the fake AWS endpoint and a local GitHub API. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeAws } from '../support/fake-aws.mjs';
import { FakeGitHub } from '../support/fake-github.mjs';
import { instance } from '../support/fleet.mjs';
import { runActionAsync } from '../helpers/runner.js';
import { postgresRegion } from '../helpers/live.js';
import { bundle, tempDir, workspace } from '../helpers/workspace.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

let aws: FakeAws;
let gh: FakeGitHub;
let repo: string;
beforeEach(async () => {
  const r = 'us-east-1';
  aws = await new FakeAws({
    regions: {
      [r]: postgresRegion(r, [
        instance(r, 'orders', { ca: 'rds-ca-2019', tags: { Environment: 'prod' } }),
        instance(r, 'billing', { tags: { Environment: 'prod' } }),
        instance(r, 'dev-x', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
      ]),
    },
  }).start();
  gh = await new FakeGitHub().start();
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(async () => {
  await aws.stop();
  await gh.stop();
});

const INPUTS = { mode: 'report', regions: 'us-east-1', environment: 'prod' };
const run = (extra: Record<string, string> = {}) =>
  runActionAsync(repo, INPUTS, { ...aws.env(), ...gh.env(), 'INPUT_GITHUB-TOKEN': 'ghs_test', ...extra });
const setCa = (ca: string) => {
  aws.seed.regions['us-east-1'].instances[0].CACertificateIdentifier = ca;
};

describe('report mode, run as the nightly workflow runs it', () => {
  it('keeps one issue through ten unchanged runs with no write after the first, closes it when fixed, reopens it on a regression', async () => {
    const first = await run();
    expect(first.status).toBe(0); // fail-on defaults to never in report mode
    expect(first.outputs).toMatchObject({ result: 'fail', 'issue-number': '1', 'issue-url': 'https://github.example/acme/infra/issues/1' });
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]).toMatchObject({ state: 'open', title: 'RDS CA rotation: acme/infra (prod)', labels: [{ name: 'rds-ca' }] });
    expect(withoutLinks(gh.issues[0].body)).toContain(
      '| orders | us-east-1 | postgres 16.3 | rds-ca-2019 → rds-ca-rsa2048-g1 | no | **overdue** since 2024-08-22 |',
    );
    expect(gh.issues[0].body).not.toContain('4242'); // no run link in the body
    const writesAfterFirst = gh.writes().length;

    for (let i = 0; i < 9; i++) expect((await run()).outputs['issue-number']).toBe('1');
    expect(gh.writes()).toHaveLength(writesAfterFirst);
    expect(gh.issues.filter((i) => i.state === 'open')).toHaveLength(1);

    setCa('rds-ca-rsa2048-g1');
    const fixed = await run();
    expect(fixed.outputs).toMatchObject({ result: 'pass', 'issue-number': '1' });
    expect(gh.issues[0].state).toBe('closed');
    expect(gh.comments.at(-1)).toEqual({
      issue: 1,
      body: 'All clear: no findings in this run. Closing. https://github.example/acme/infra/actions/runs/4242',
    });

    setCa('rds-ca-2019');
    const regressed = await run();
    expect(regressed.outputs['issue-number']).toBe('1');
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].state).toBe('open');
    expect(gh.comments.at(-1)!.body).toMatch(/^Findings are back; reopening\./);
  }, 120_000);

  it('fails with the permission to add when the token cannot write issues', async () => {
    gh.set({ readOnly: true });
    const result = await run();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('the tracking issue was not written. GitHub refused to create the label rds-ca');
    expect(result.stdout).toContain('Add `permissions: issues: write` to the job');
    expect(result.outputs.result).toBe('fail'); // the checks' outputs are still set
  });

  it('skips the issue without failing in a pull request from a fork', async () => {
    const event = join(tempDir(), 'event.json');
    writeFileSync(
      event,
      JSON.stringify({ pull_request: { head: { repo: { full_name: 'someone/infra' } }, base: { repo: { full_name: 'acme/infra' } } } }),
    );
    const result = await run({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, INPUT_OFFLINE: 'true' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('::notice::RDS CA Guard: this pull request comes from a fork');
    expect(gh.requests).toEqual([]);
  });
});

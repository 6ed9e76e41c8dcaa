/**
 * End to end: report mode over three member accounts (`node dist/index.js` against the fake AWS endpoint, reached by
 * STS AssumeRole from the hub, and a local GitHub API), one of them refusing the role: `issue-scope: account` keeps an
 * issue per account, `issue-scope: scope` one with a section per account.
 */
import { FakeAws } from '../support/fake-aws.mjs';
import { FakeGitHub } from '../support/fake-github.mjs';
import { accountsSeed, instance } from '../support/fleet.mjs';
import { runActionAsync } from '../helpers/runner.js';
import { postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const HUB = '111111111111';
const PROD = '222222222222';
const DEV = '333333333333';
const LOCKED = '444444444444';
const R = 'us-east-1';
const TITLE = 'RDS CA rotation: acme/infra';

let aws: FakeAws;
let gh: FakeGitHub;
let repo: string;
beforeEach(async () => {
  const member = (account: string, ids: string[]) => ({
    regions: {
      [R]: postgresRegion(
        R,
        ids.map((id) => instance(R, id, { ca: 'rds-ca-2019', account })),
      ),
    },
  });
  aws = await new FakeAws(
    accountsSeed({
      hub: { regions: {}, account: HUB },
      roleName: 'rds-ca-guard-read',
      members: { [PROD]: member(PROD, ['orders', 'billing']), [DEV]: member(DEV, ['scratch']), [LOCKED]: member(LOCKED, ['vault']) },
    }),
  ).start();
  aws.set({ denyAssume: new Set([LOCKED]) });
  gh = await new FakeGitHub().start();
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(async () => {
  await aws.stop();
  await gh.stop();
});

const run = (issueScope: string) =>
  runActionAsync(
    repo,
    { mode: 'report', regions: R, accounts: [LOCKED, PROD, DEV].join(','), 'member-role': 'rds-ca-guard-read', 'issue-scope': issueScope },
    { ...aws.env(), ...gh.env(), 'INPUT_GITHUB-TOKEN': 'ghs_test' },
  );
const fixDev = () => {
  aws.seed.accounts[DEV].regions[R].instances[0].CACertificateIdentifier = 'rds-ca-rsa2048-g1';
};

describe('report mode over several accounts', () => {
  it('issue-scope: account keeps an issue per account, closes only the fixed one, and lists them in `issues`', async () => {
    const first = await run('account');
    expect(first.status).toBe(0);
    // The repository is clean: no issue of its own, so issue-number and issue-url are empty.
    expect(first.outputs).toMatchObject({ 'issue-number': '', 'issue-url': '' });
    expect(JSON.parse(first.outputs.issues)).toEqual([
      { for: 'account', account: PROD, number: 1, url: 'https://github.example/acme/infra/issues/1', action: 'created' },
      { for: 'account', account: DEV, number: 2, url: 'https://github.example/acme/infra/issues/2', action: 'created' },
      { for: 'account', account: LOCKED, number: 3, url: 'https://github.example/acme/infra/issues/3', action: 'created' },
    ]);
    expect(gh.issues.map((i) => i.title)).toEqual([
      `${TITLE} — account ${PROD}`,
      `${TITLE} — account ${DEV}`,
      `${TITLE} — account ${LOCKED}`,
    ]);
    expect(withoutLinks(gh.issues[0].body)).toContain('| orders | us-east-1 |');
    expect(gh.issues[0].body).not.toContain('scratch');
    expect(gh.issues[2].body).toContain('**Not inspected in this run.**');
    expect(gh.issues[2].body).toContain(`could not assume arn:aws:iam::${LOCKED}:role/rds-ca-guard-read`);
    expect(first.stdout).toContain(`Tracking issue for account ${DEV} [#2](https://github.example/acme/infra/issues/2): created.`);

    const bodies = gh.issues.map((i) => i.body);
    fixDev();
    const second = await run('account');
    expect(JSON.parse(second.outputs.issues).map((i: { action: string }) => i.action)).toEqual(['unchanged', 'closed', 'unchanged']);
    expect(gh.issues.map((i) => i.state)).toEqual(['open', 'closed', 'open']);
    expect(gh.issues.map((i) => i.body)).toEqual(bodies);
  }, 180_000);

  it('issue-scope: scope keeps one issue with the repository first and a section per account', async () => {
    const result = await run('scope');
    expect(result.outputs['issue-number']).toBe('1');
    expect(JSON.parse(result.outputs.issues)).toEqual([
      { for: 'scope', number: 1, url: 'https://github.example/acme/infra/issues/1', action: 'created' },
    ]);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0].body.split('\n').filter((l) => l.startsWith('## '))).toEqual([
      '## Repository and clients',
      `## Account ${PROD}`,
      `## Account ${DEV}`,
      `## Account ${LOCKED}`,
    ]);
  }, 120_000);
});

/**
 * End to end: `node dist/index.js` over three member accounts and a fourth that refuses the role,
 * reached from a hub role assumed through GitHub OIDC, as the runner starts it.
 */
import { readFileSync } from 'node:fs';
import { FakeAws } from '../support/fake-aws.mjs';
import { accountsSeed, instance } from '../support/fleet.mjs';
import { reportOf, runActionAsync as runAction } from '../helpers/runner.js';
import { postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const HUB = '210987654321';
const MEMBERS = ['222222222222', '333333333333', '444444444444'];
const DENIES = '555555555555';
const REGION = 'eu-west-1';
const arn = (account: string, id: string) => `arn:aws:rds:${REGION}:${account}:db:${id}`;

/** Each member has `orders` on rds-ca-2019 (the same name in every account) and `billing` on the target. */
const member = (account: string) => ({
  regions: {
    [REGION]: postgresRegion(REGION, [
      instance(REGION, 'orders', { account, ca: 'rds-ca-2019' }),
      instance(REGION, 'billing', { account }),
    ]),
  },
});

let fake: FakeAws;
beforeEach(async () => {
  const members = Object.fromEntries([...MEMBERS, DENIES].map((a) => [a, member(a)]));
  fake = await new FakeAws(
    accountsSeed({ hub: { account: HUB, regions: {} }, members, roleName: 'rds-ca-guard-read', externalId: 'ext-7c1f' }),
  ).start();
  fake.set({ denyAssume: new Set([DENIES]) });
});
afterEach(() => fake.stop());

const env = () =>
  Object.fromEntries(
    Object.entries({ ...fake.env(), AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', ...fake.oidcEnv() }).filter(([, v]) => v !== ''),
  );

describe('many accounts, run as the GitHub runner runs it', () => {
  it('finds each account\u2019s old database under its account everywhere, and fails closed naming the account that refused the role', async () => {
    const repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    const sarifFile = 'rds-ca-guard.sarif';
    const run = await runAction(
      repo,
      {
        regions: REGION,
        'role-to-assume': `arn:aws:iam::${HUB}:role/rds-ca-guard-hub`,
        accounts: [DENIES, ...MEMBERS].join(','),
        'member-role': 'rds-ca-guard-read',
        'member-external-id': 'ext-7c1f',
        'sarif-file': sarifFile,
      },
      env(),
    );
    expect(run.status).toBe(1);
    const oldOnes = MEMBERS.map((a) => arn(a, 'orders'));
    expect(run.outputs).toMatchObject({ result: 'fail', inspected: '6', noncompliant: JSON.stringify(oldOnes) });

    // Every member's credentials were masked; the one that refused is named with the role tried and the hub.
    expect(run.stdout.match(/::add-mask::ASIA[0-9A-F]{16}/g)?.length).toBe(1 + MEMBERS.length);
    expect(run.stdout).toContain('::add-mask::ext-7c1f');
    const hubSession = `arn:aws:sts::${HUB}:assumed-role/rds-ca-guard-hub/rds-ca-guard`;
    expect(run.summary).toContain(
      `AWS hub account ${HUB} as <code>${hubSession}</code> (role): 3 member accounts inspected, **1 not inspected**`,
    );
    expect(run.summary).toContain(
      `| ${DENIES} | <code>arn:aws:iam::${DENIES}:role/rds-ca-guard-read</code> | could not assume arn:aws:iam::${DENIES}:role/rds-ca-guard-read from ${hubSession}: AWS denied sts:AssumeRole`,
    );
    expect(run.stdout).toMatch(new RegExp(`::error[^\\n]*::Account ${DENIES} was not inspected: could not assume`));

    // Each account's `orders` is told apart: in annotations, the summary's rows, SARIF and the JSON report.
    for (const account of MEMBERS) {
      expect(run.stdout).toMatch(new RegExp(`::error[^\\n]*::account ${account}: orders \\(postgres 16.3, ${REGION}\\) uses rds-ca-2019`));
      expect(withoutLinks(run.summary)).toMatch(new RegExp(`\\| orders \\| ${account} \\| ${REGION} \\|`));
    }
    const sarif = JSON.parse(readFileSync(`${repo}/${sarifFile}`, 'utf8')) as {
      runs: { results: { ruleId: string; properties?: { account?: string } }[] }[];
    };
    const sarifAccounts = sarif.runs[0]!.results.filter((r) => r.ruleId === 'database-ca-not-approved').map((r) => r.properties?.account);
    expect(sarifAccounts).toEqual(MEMBERS);
    const report = reportOf(run);
    expect(report.resources.map((r) => [r.account, r.id, r.ca])).toEqual(
      MEMBERS.flatMap((a) => [
        [a, 'orders', 'rds-ca-2019'],
        [a, 'billing', 'rds-ca-rsa2048-g1'],
      ]),
    );
    expect(report.findings.filter((f) => f.rule === 'account-not-inspected').map((f) => f.account)).toEqual([DENIES]);
  });
});

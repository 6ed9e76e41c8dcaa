/** Many accounts: role chaining from the hub into each member, each isolated, against the fake AWS endpoint. */
import { FakeAws } from '../support/fake-aws.mjs';
import { accountsSeed, instance, organizationSeed } from '../support/fleet.mjs';
import { liveCheck, liveRotate, postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';
import { refreshingCredentials } from '../../src/aws/member-role.js';

const HUB = '111111111111';
const [A, B, C, D] = ['222222222222', '333333333333', '444444444444', '555555555555'];
const REGION = 'eu-west-1';

/** A member with one database on the old CA (`<name>-old`) and one on the target (`<name>-ok`), both tagged dev. */
const member = (account: string, name: string) => ({
  regions: {
    [REGION]: postgresRegion(REGION, [
      instance(REGION, `${name}-old`, { account, ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
      instance(REGION, `${name}-ok`, { account, tags: { Environment: 'dev' } }),
    ]),
  },
});

const seed = (extra: object = {}) =>
  accountsSeed({
    hub: { account: HUB, regions: {} },
    members: { [A]: member(A, 'a'), [B]: member(B, 'b'), [C]: member(C, 'c'), [D]: member(D, 'd') },
    roleName: 'rds-ca-guard-read',
    ...extra,
  });

const INPUTS = { regions: REGION, 'member-role': 'rds-ca-guard-read' };
const SHORT = { awsBounds: { connectMs: 500, requestMs: 400, attempts: 2 } };
let fake: FakeAws;
let repo: string;

beforeEach(async () => {
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(() => fake?.stop());

const oldOnes = (outcome: Awaited<ReturnType<typeof liveCheck>>) =>
  outcome.findings.filter((f) => f.rule === 'database-ca-not-approved').map((f) => [f.account, f.resource]);

describe('many accounts', () => {
  it('assumes member-role in each listed account from the hub, and finds each account\u2019s databases under its own account', async () => {
    fake = await new FakeAws(seed()).start();
    const outcome = await liveCheck(fake, repo, { ...INPUTS, accounts: `${C},${A}\n${B}`, 'role-session-name': 'nightly' });
    expect(fake.assumedRoles.map((r) => [r.RoleArn, r.RoleSessionName, r.DurationSeconds])).toEqual(
      expect.arrayContaining([A, B, C].map((a) => [`arn:aws:iam::${a}:role/rds-ca-guard-read`, 'nightly', '3600'])),
    );
    expect(fake.assumedRoles).toHaveLength(3);
    // Every RDS call was signed with the member's own credentials, in its own account.
    const rdsAccounts = new Set(fake.calls.filter((c) => c.service === 'rds').map((c) => c.account));
    expect([...rdsAccounts].sort()).toEqual([A, B, C]);
    expect(oldOnes(outcome)).toEqual([
      [A, `arn:aws:rds:${REGION}:${A}:db:a-old`],
      [B, `arn:aws:rds:${REGION}:${B}:db:b-old`],
      [C, `arn:aws:rds:${REGION}:${C}:db:c-old`],
    ]);
    expect(outcome.facts.aws?.inspected.map((i) => [i.account, i.region, i.databases.length])).toEqual([
      [A, REGION, 2],
      [B, REGION, 2],
      [C, REGION, 2],
    ]);
    expect(outcome.facts.aws?.members?.map((m) => [m.account, m.principal])).toEqual(
      [A, B, C].map((a) => [a, `arn:aws:sts::${a}:assumed-role/rds-ca-guard-read/nightly`]),
    );
    expect(outcome.facts.aws?.account).toBe(HUB);
  });

  it('survives an account that refuses the role and one that never answers: both named, with the role tried, the others inspected', async () => {
    fake = await new FakeAws(seed()).start();
    fake.set({ denyAssume: new Set([D]), failAccounts: { [C]: { '*': 'Silent' } } });
    const outcome = await liveCheck(fake, repo, { ...INPUTS, accounts: [A, B, C, D].join(',') }, {}, SHORT);
    expect(oldOnes(outcome).map(([account]) => account)).toEqual([A, B]);
    const members = outcome.facts.aws!.members!;
    expect(members.map((m) => [m.account, !!m.notInspected])).toEqual([
      [A, false],
      [B, false],
      [C, false],
      [D, true],
    ]);
    expect(members[3]!.notInspected!.reason).toMatch(
      new RegExp(
        `^could not assume arn:aws:iam::${D}:role/rds-ca-guard-read from arn:aws:iam::${HUB}:user/ci: AWS denied sts:AssumeRole in ${REGION}`,
      ),
    );
    expect(members[3]!.notInspected!.remediation).toContain(`The trust policy of arn:aws:iam::${D}:role/rds-ca-guard-read must allow`);
    // C's role was assumed but its RDS never answered: its region is not inspected, naming the account.
    expect(outcome.facts.aws!.failed.map((f) => [f.account, f.region])).toEqual([[C, REGION]]);
    expect(outcome.facts.aws!.failed[0]!.reason).toMatch(/DescribeDB(Instances|Clusters)/);
    expect(outcome.verdict.result).toBe('fail');
  });

  it('an AssumeRole that never answers leaves that account not inspected, within the call bounds', async () => {
    fake = await new FakeAws(seed()).start();
    fake.set({ failAccounts: { [B]: { AssumeRole: 'Silent' } } });
    const outcome = await liveCheck(fake, repo, { ...INPUTS, accounts: `${A},${B}` }, {}, SHORT);
    const b = outcome.facts.aws!.members!.find((m) => m.account === B)!;
    expect(b.notInspected?.reason).toMatch(
      new RegExp(`could not assume arn:aws:iam::${B}:role/rds-ca-guard-read from .*: .*(answer|time)`),
    );
    expect(oldOnes(outcome).map(([account]) => account)).toEqual([A]);
  });

  it('sends the external id, and refuses an account outside allowed-account-ids without assuming its role', async () => {
    fake = await new FakeAws(seed({ externalId: 'ext-42' })).start();
    const outcome = await liveCheck(fake, repo, {
      ...INPUTS,
      accounts: `${A},${B}`,
      'member-external-id': 'ext-42',
      'allowed-account-ids': `${HUB},${A}`,
    });
    expect(fake.assumedRoles.map((r) => [r.RoleArn, r.ExternalId])).toEqual([[`arn:aws:iam::${A}:role/rds-ca-guard-read`, 'ext-42']]);
    const b = outcome.facts.aws!.members!.find((m) => m.account === B)!;
    expect(b.notInspected?.reason).toBe(`account ${B} is not in allowed-account-ids (${HUB}, ${A}); its role was not assumed`);
    expect(oldOnes(outcome).map(([account]) => account)).toEqual([A]);
  });

  it('lists the organization\u2019s ACTIVE accounts, under the organizational units given', async () => {
    const organization = organizationSeed({
      root: 'r-ab12',
      accounts: { [A]: 'alpha', [B]: 'beta', [C]: { Name: 'gamma', Status: 'SUSPENDED' }, [D]: 'delta' },
      ous: {
        'ou-ab12-prod0001': { parent: 'r-ab12', accounts: [A, C] },
        'ou-ab12-nest0001': { parent: 'ou-ab12-prod0001', accounts: [B] },
      },
    });
    fake = await new FakeAws(seed({ organization })).start();
    const all = await liveCheck(fake, repo, { ...INPUTS, accounts: 'organization' });
    expect(all.facts.aws!.members!.map((m) => m.account)).toEqual([A, B, D]);
    const prod = await liveCheck(fake, repo, { ...INPUTS, accounts: 'organization', 'organizational-units': 'ou-ab12-prod0001' });
    expect(prod.facts.aws!.members!.map((m) => m.account)).toEqual([A, B]);
  });

  it('fails closed when the organization cannot be listed, naming the permission', async () => {
    fake = await new FakeAws(seed({ organization: organizationSeed({ accounts: { [A]: 'alpha' } }) })).start();
    fake.set({ failActions: { '*': { ListAccounts: 'AccessDenied' } } });
    const outcome = await liveCheck(fake, repo, { ...INPUTS, accounts: 'organization' });
    const [finding] = outcome.findings.filter((f) => f.rule === 'aws-not-inspected');
    expect(finding?.message).toMatch(/accounts: organization needs the organization's accounts, and Organizations ListAccounts/);
    expect(finding?.remediation).toContain('organizations:ListAccounts');
    expect(outcome.verdict.result).toBe('fail');
  });

  it('rotates each account\u2019s databases with that account\u2019s credentials, max-databases counted over all', async () => {
    fake = await new FakeAws(seed()).start();
    const refused = await liveRotate(fake, repo, {
      ...INPUTS,
      accounts: `${A},${B}`,
      environment: 'dev',
      'dry-run': 'false',
      'max-databases': '1',
    });
    expect(refused.plan.refusals.map((r) => r.reason)).toContain('2 databases to change is more than max-databases (1) for one run.');
    const done = await liveRotate(fake, repo, { ...INPUTS, accounts: `${A},${B}`, environment: 'dev', 'dry-run': 'false' });
    expect(done.results.map((r) => [r.change.db.account, r.change.db.id, r.status])).toEqual([
      [A, 'a-old', 'rotated'],
      [B, 'b-old', 'rotated'],
    ]);
    const modifies = fake.calls
      .filter((c) => c.action === 'ModifyDBInstance')
      .map((c) => c.account)
      .sort();
    expect(modifies).toEqual([A, B]);
  });

  it('refuses to rotate when an account could not be inspected', async () => {
    fake = await new FakeAws(seed()).start();
    fake.set({ denyAssume: new Set([B]) });
    const outcome = await liveRotate(fake, repo, { ...INPUTS, accounts: `${A},${B}`, environment: 'dev', 'dry-run': 'false' });
    expect(outcome.applied).toBe(false);
    expect(outcome.plan.refusals[0]!.reason).toMatch(new RegExp(`^Account\\(s\\) not inspected: ${B} \\(could not assume`));
  });
});

describe('member credentials for a rotation that outlasts the chained session', () => {
  const session = (key: string, expiresInMs: number, now: number) => ({
    credentials: { accessKeyId: key, secretAccessKey: 's', expiration: new Date(now + expiresInMs) },
    principal: `arn:aws:sts::${A}:assumed-role/r/s`,
  });

  it('keeps the first session while it is valid, then assumes the role again once, for every client at once', async () => {
    let now = 1_000_000;
    let assumed = 0;
    const provider = refreshingCredentials(
      session('first', 3_600_000, now).credentials,
      async () => session(`again-${++assumed}`, 3_600_000, now),
      () => now,
    );
    expect((await provider()).accessKeyId).toBe('first');
    now += 3_600_000 - 4 * 60_000; // within five minutes of its expiry
    const [a, b] = await Promise.all([provider(), provider()]);
    expect([a.accessKeyId, b.accessKeyId, assumed]).toEqual(['again-1', 'again-1', 1]);
    expect((await provider()).accessKeyId).toBe('again-1');
  });
});

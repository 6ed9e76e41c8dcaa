/**
 * Live runs in the aws-us-gov and aws-cn partitions against the fake AWS playing that partition, which refuses any
 * call signed for a region of another: STS (OIDC and GetCallerIdentity), `regions: all`, member accounts and the
 * organization stay in the partition, and every ARN and command the findings carry names it.
 * The catalog's GovCloud and China roots are another change: nothing here depends on them (no pass verdict is asserted).
 */
import { createServer, type Server, type Socket } from 'node:net';
import { FakeAws } from '../support/fake-aws.mjs';
import { accountsSeed, certificates, engineVersions, instance, organizationSeed, type Seed } from '../support/fleet.mjs';
import { liveCheck } from '../helpers/live.js';
import { workspace } from '../helpers/workspace.js';
import { tokenClaims } from '../../src/aws/identity.js';
import { homeRegion } from '../../src/aws/inspect.js';
import type { Config } from '../../src/config.js';

const HUB = '210987654321';
const [A, B] = ['222222222222', '333333333333'];
const GOV = ['us-gov-west-1', 'us-gov-east-1'];
const GOV_ROLE = `arn:aws-us-gov:iam::${HUB}:role/rds-ca-guard`;

/** One database on rds-ca-2019 (`<prefix>-old`) and one on the target, in `region`, with that region's (absent) thumbprints. */
function region(r: string, account: string, prefix = 'db'): Seed {
  return {
    instances: [
      instance(r, `${prefix}-old`, { account, ca: 'rds-ca-2019', tags: { Environment: 'prod' } }),
      instance(r, `${prefix}-ok`, { account, engine: 'mysql', version: '8.0.36' }),
    ],
    clusters: [],
    certificates: certificates(r),
    defaultCa: 'rds-ca-rsa2048-g1',
    pending: [],
    engineVersions: engineVersions([
      ['postgres', '16.3', true],
      ['mysql', '8.0.36', false],
    ]),
  };
}

const govSeed = (account = HUB) => ({
  account: HUB,
  regions: Object.fromEntries(GOV.map((r) => [r, region(r, account)])),
  enabledRegions: GOV.map((regionName) => ({ regionName, optInStatus: 'opt-in-not-required' })),
});

/** The OIDC runner's environment: no default credentials, no region unless given. */
const oidc = (fake: FakeAws, extra: Record<string, string> = {}) => ({
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_REGION: '',
  AWS_DEFAULT_REGION: '',
  ...fake.oidcEnv(),
  ...extra,
});

let fake: FakeAws;
afterEach(() => fake?.stop());

describe('the region STS is asked in', () => {
  const config = (regions: string[], roleToAssume?: string) => ({ regions, aws: { roleToAssume } }) as unknown as Config;
  it.each([
    [[], GOV_ROLE, {}, 'us-gov-west-1'],
    [[], GOV_ROLE, { AWS_REGION: 'us-east-1' }, 'us-gov-west-1'],
    [[], GOV_ROLE, { AWS_REGION: 'us-gov-east-1' }, 'us-gov-east-1'],
    [['us-gov-east-1', 'us-gov-west-1'], GOV_ROLE, {}, 'us-gov-east-1'],
    [[], `arn:aws-cn:iam::${HUB}:role/r`, {}, 'cn-northwest-1'],
    [['cn-north-1'], undefined, {}, 'cn-north-1'],
    [[], undefined, { AWS_DEFAULT_REGION: 'us-gov-east-1' }, 'us-gov-east-1'],
    [[], undefined, {}, 'us-east-1'],
  ])('regions %j, role %s, env %j: %s', (regions, role, env, expected) => {
    expect(homeRegion(config(regions, role), env)).toBe(expected);
  });
});

describe('a live run in aws-us-gov', () => {
  it('assumes the role and proves the account in us-gov-west-1, and every finding names arn:aws-us-gov and --region us-gov-*', async () => {
    fake = await new FakeAws(govSeed()).start();
    fake.set({ partition: 'aws-us-gov' });
    const outcome = await liveCheck(fake, workspace({}, { git: true }), { regions: GOV.join(','), 'role-to-assume': GOV_ROLE }, oidc(fake));

    expect(outcome.facts.aws).toMatchObject({
      account: HUB,
      principal: `arn:aws-us-gov:sts::${HUB}:assumed-role/rds-ca-guard/rds-ca-guard`,
    });
    expect(outcome.facts.aws?.failed).toEqual([]);
    // Nothing went to another partition (the fake would have refused it), STS went to the first region in scope
    // (AssumeRoleWithWebIdentity is unsigned and names no region: the same client's GetCallerIdentity shows it).
    expect(fake.calls.filter((c) => c.region && !c.region.startsWith('us-gov-'))).toEqual([]);
    expect(fake.calls.filter((c) => c.service === 'sts').map((c) => [c.action, c.region])).toEqual([
      ['AssumeRoleWithWebIdentity', ''],
      ['GetCallerIdentity', 'us-gov-west-1'],
    ]);
    expect(tokenClaims(fake.tokensSeen[0]!).aud).toBe('sts.amazonaws.com');

    const old = outcome.findings.filter((f) => f.rule === 'database-ca-not-approved');
    expect(old.map((f) => f.resource).sort()).toEqual(GOV.map((r) => `arn:aws-us-gov:rds:${r}:${HUB}:db:db-old`).sort());
    for (const f of old) expect(f.remediation).toContain(`--region ${f.resource!.split(':')[3]}`);
    const resources = outcome.facts.aws!.inspected.flatMap((i) => i.databases.map((d) => d.arn));
    expect(resources).toHaveLength(4);
    expect(resources.every((arn) => arn.startsWith('arn:aws-us-gov:rds:us-gov-'))).toBe(true);
    // Nothing names the commercial partition: no arn:aws: ARN, no us-east-1, no commercial console.
    const everything = JSON.stringify({ findings: outcome.findings, facts: outcome.facts.aws });
    expect(everything).not.toMatch(/arn:aws:|us-east-1|console\.aws\.amazon\.com/);
  });

  it('with `regions: all` and no AWS_REGION, lists the GovCloud regions in us-gov-west-1 and inspects only them', async () => {
    fake = await new FakeAws(govSeed()).start();
    fake.set({ partition: 'aws-us-gov' });
    const outcome = await liveCheck(fake, workspace({}, { git: true }), { regions: 'all', 'role-to-assume': GOV_ROLE }, oidc(fake));
    expect(fake.calls.filter((c) => c.service !== 'rds').map((c) => [c.service, c.action, c.region])).toEqual([
      ['sts', 'AssumeRoleWithWebIdentity', ''],
      ['sts', 'GetCallerIdentity', 'us-gov-west-1'],
      ['ec2', 'DescribeRegions', 'us-gov-west-1'],
    ]);
    expect(outcome.facts.aws?.inspected.map((i) => i.region)).toEqual(['us-gov-east-1', 'us-gov-west-1']);
    expect(new Set(fake.calls.filter((c) => c.service === 'rds').map((c) => c.region))).toEqual(new Set(GOV));
  });

  it("with `regions: all`, a runner's commercial AWS_REGION does not take a GovCloud role out of its partition", async () => {
    fake = await new FakeAws(govSeed()).start();
    fake.set({ partition: 'aws-us-gov' });
    const outcome = await liveCheck(
      fake,
      workspace({}, { git: true }),
      { regions: 'all', 'role-to-assume': GOV_ROLE },
      oidc(fake, { AWS_REGION: 'us-east-1' }),
    );
    expect(outcome.facts.aws?.failed).toEqual([]);
    expect(outcome.facts.aws?.inspected.map((i) => i.region)).toEqual(['us-gov-east-1', 'us-gov-west-1']);
    expect(fake.calls.every((c) => c.region === '' || c.region.startsWith('us-gov-'))).toBe(true);
  });

  it('with the default credential chain, takes the partition from the region and lists its regions there', async () => {
    fake = await new FakeAws(govSeed()).start();
    fake.set({ partition: 'aws-us-gov' });
    const outcome = await liveCheck(fake, workspace({}, { git: true }), { regions: 'all' }, { AWS_REGION: 'us-gov-east-1' });
    expect(outcome.facts.aws?.principal).toBe(`arn:aws-us-gov:iam::${HUB}:user/ci`);
    expect(fake.calls.filter((c) => c.service !== 'rds').map((c) => [c.action, c.region])).toEqual([
      ['GetCallerIdentity', 'us-gov-east-1'],
      ['DescribeRegions', 'us-gov-east-1'],
    ]);
    expect(outcome.facts.aws?.inspected.map((i) => i.region)).toEqual(['us-gov-east-1', 'us-gov-west-1']);
  });

  it('assumes each member role as arn:aws-us-gov:iam::…, from a role name and the organization, in GovCloud only', async () => {
    const member = (account: string, prefix: string) => ({ regions: { 'us-gov-west-1': region('us-gov-west-1', account, prefix) } });
    fake = await new FakeAws(
      accountsSeed({
        hub: { account: HUB, regions: {} },
        members: { [A]: member(A, 'a'), [B]: member(B, 'b') },
        roleName: 'rds-ca-guard-read',
        organization: organizationSeed({ root: 'r-gov1', accounts: { [A]: 'prod', [B]: 'dev' } }),
      }),
    ).start();
    fake.set({ partition: 'aws-us-gov' });
    const inputs = { regions: 'us-gov-west-1', 'role-to-assume': GOV_ROLE, accounts: 'organization', 'member-role': 'rds-ca-guard-read' };
    const outcome = await liveCheck(
      fake,
      workspace({}, { git: true }),
      { ...inputs, 'allowed-account-ids': `${HUB},${A},${B}` },
      oidc(fake),
    );
    expect(fake.assumedRoles.map((r) => r.RoleArn).sort()).toEqual([
      `arn:aws-us-gov:iam::${A}:role/rds-ca-guard-read`,
      `arn:aws-us-gov:iam::${B}:role/rds-ca-guard-read`,
    ]);
    expect(fake.calls.filter((c) => c.service === 'organizations').map((c) => c.region)).toEqual(['us-gov-west-1']);
    expect(outcome.facts.aws?.members?.map((m) => [m.account, m.principal])).toEqual([
      [A, `arn:aws-us-gov:sts::${A}:assumed-role/rds-ca-guard-read/rds-ca-guard`],
      [B, `arn:aws-us-gov:sts::${B}:assumed-role/rds-ca-guard-read/rds-ca-guard`],
    ]);
    expect(outcome.findings.filter((f) => f.rule === 'database-ca-not-approved').map((f) => [f.account, f.resource])).toEqual([
      [A, `arn:aws-us-gov:rds:us-gov-west-1:${A}:db:a-old`],
      [B, `arn:aws-us-gov:rds:us-gov-west-1:${B}:db:b-old`],
    ]);
    expect(fake.calls.every((c) => c.region === '' || c.region.startsWith('us-gov-'))).toBe(true);
  });
});

describe('credentials of another partition', () => {
  it("say which region's partition refused them, and that they need their own partition's regions", async () => {
    fake = await new FakeAws(govSeed()).start();
    fake.set({ partition: 'aws-us-gov' });
    const outcome = await liveCheck(fake, workspace({}, { git: true }), { regions: 'us-east-1' }, { AWS_REGION: '' });
    const error = outcome.findings.find((f) => f.rule === 'aws-not-inspected');
    expect(error?.message).toContain(
      'the AWS credentials from the default credential chain are not valid in us-east-1, a region of the aws partition',
    );
    expect(error?.remediation).toContain(
      'Credentials of another partition (GovCloud: aws-us-gov, China: aws-cn) are valid only in its regions',
    );
  });
});

describe('a live run in aws-cn', () => {
  it('asks GitHub for a token with the China audience, sts.amazonaws.com.cn, and stays in the China regions', async () => {
    fake = await new FakeAws({ account: HUB, regions: { 'cn-north-1': region('cn-north-1', HUB) } }).start();
    fake.set({ partition: 'aws-cn' });
    const outcome = await liveCheck(
      fake,
      workspace({}, { git: true }),
      { regions: 'cn-north-1', 'role-to-assume': `arn:aws-cn:iam::${HUB}:role/rds-ca-guard` },
      oidc(fake),
    );
    expect(fake.tokensSeen.map((t) => tokenClaims(t).aud)).toEqual(['sts.amazonaws.com.cn']);
    expect(outcome.facts.aws?.principal).toBe(`arn:aws-cn:sts::${HUB}:assumed-role/rds-ca-guard/rds-ca-guard`);
    expect(outcome.findings.filter((f) => f.rule === 'database-ca-not-approved').map((f) => f.resource)).toEqual([
      `arn:aws-cn:rds:cn-north-1:${HUB}:db:db-old`,
    ]);
    expect(fake.calls.every((c) => c.region === '' || c.region === 'cn-north-1')).toBe(true);
  });

  it('names the China endpoint (amazonaws.com.cn) when it cannot be reached', async () => {
    // A proxy that takes the connection and never answers: the SDK goes to AWS's own endpoint, through it, on loopback.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    fake = await new FakeAws({ regions: {} }).start();
    try {
      const proxy = `http://127.0.0.1:${(silent.address() as { port: number }).port}`;
      const outcome = await liveCheck(
        fake,
        workspace({}, { git: true }),
        { regions: 'cn-north-1' },
        { AWS_ENDPOINT_URL: '', HTTPS_PROXY: proxy, NO_PROXY: '', no_proxy: '' },
        { awsBounds: { connectMs: 300, requestMs: 300, attempts: 1 } },
      );
      const error = outcome.findings.find((f) => f.rule === 'aws-not-inspected');
      expect(`${error?.message} ${error?.remediation}`).toContain('sts.cn-north-1.amazonaws.com.cn');
      expect(`${error?.message} ${error?.remediation}`).not.toMatch(/amazonaws\.com(?!\.cn)/);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});

import { FakeAws } from '../support/fake-aws.mjs';
import { certificates, instance } from '../support/fleet.mjs';
import { liveCheck, thumbprint } from '../helpers/live.js';
import { tempDir, workspace } from '../helpers/workspace.js';

const ROLE = 'arn:aws:iam::210987654321:role/rds-ca-guard';
const NO_DEFAULT_CREDENTIALS = {
  AWS_ACCESS_KEY_ID: '',
  AWS_SECRET_ACCESS_KEY: '',
  AWS_PROFILE: '',
  HOME: tempDir(),
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/credentials',
  AWS_CONFIG_FILE: '/nonexistent/config',
};

let fake: FakeAws;
let repo: string;
beforeEach(async () => {
  const region = (r: string) => ({
    instances: [instance(r, `db-${r}`)],
    clusters: [],
    certificates: certificates(r, thumbprint),
    defaultCa: 'rds-ca-rsa2048-g1',
    pending: [],
    engineVersions: [],
  });
  fake = await new FakeAws({
    regions: { 'us-east-1': region('us-east-1'), 'eu-west-1': region('eu-west-1') },
    enabledRegions: [
      { regionName: 'us-east-1', optInStatus: 'opt-in-not-required' },
      { regionName: 'eu-west-1', optInStatus: 'opt-in-not-required' },
      { regionName: 'af-south-1', optInStatus: 'not-opted-in' },
    ],
  }).start();
  repo = workspace({}, { git: true });
});
afterEach(() => fake.stop());

describe('credentials', () => {
  it('assumes the role through the GitHub OIDC token endpoint and proves the account', async () => {
    const outcome = await liveCheck(
      fake,
      repo,
      { regions: 'us-east-1', 'role-to-assume': ROLE },
      { ...NO_DEFAULT_CREDENTIALS, ...fake.oidcEnv() },
    );
    expect(outcome.facts.awsNotInspected).toBeUndefined();
    expect(outcome.facts.aws).toMatchObject({
      account: '210987654321',
      principal: 'arn:aws:sts::210987654321:assumed-role/rds-ca-guard/rds-ca-guard',
      via: 'role',
    });
    expect(fake.tokenRequests).toBe(1);
    expect(fake.calls.filter((c) => c.service === 'rds').length).toBeGreaterThan(0);
  });

  it('asks for a fresh token on each attempt when STS cannot reach the identity provider', async () => {
    fake.set({ assumeRoleFailures: 1 });
    const outcome = await liveCheck(
      fake,
      repo,
      { regions: 'us-east-1', 'role-to-assume': ROLE },
      { ...NO_DEFAULT_CREDENTIALS, ...fake.oidcEnv() },
    );
    expect(outcome.facts.aws?.via).toBe('role');
    expect(fake.tokenRequests).toBe(2);
    expect(new Set(fake.tokensSeen).size).toBe(2);
  });

  it("explains a trust policy that does not match, with the token's sub claim and never the token", async () => {
    const outcome = await liveCheck(
      fake,
      repo,
      { regions: 'us-east-1', 'role-to-assume': ROLE },
      { ...NO_DEFAULT_CREDENTIALS, ...fake.oidcEnv({ sub: 'repo:someone/fork:pull_request' }) },
    );
    expect(outcome.verdict.result).toBe('fail');
    const [f] = outcome.findings.filter((x) => x.rule === 'aws-not-inspected');
    expect(f.message).toContain('The token\'s subject (sub) is "repo:someone/fork:pull_request"');
    expect(f.message).not.toContain(fake.tokensSeen[0]);
    expect(fake.calls.filter((c) => c.service === 'rds')).toEqual([]);
  });

  it('says to add id-token: write when the job cannot request a token', async () => {
    const outcome = await liveCheck(fake, repo, { regions: 'us-east-1', 'role-to-assume': ROLE }, NO_DEFAULT_CREDENTIALS);
    expect(outcome.facts.awsNotInspected).toMatch(/Add `permissions: id-token: write`/);
  });

  it('fails closed without any credentials, pointing to offline: true', async () => {
    const outcome = await liveCheck(fake, repo, { regions: 'us-east-1' }, NO_DEFAULT_CREDENTIALS);
    expect(outcome.verdict.result).toBe('fail');
    expect(outcome.facts.awsNotInspected).toMatch(/^no AWS credentials were found .* or set `offline: true`/);
  });

  it('refuses an account outside allowed-account-ids before inspecting anything', async () => {
    const outcome = await liveCheck(fake, repo, { regions: 'us-east-1', 'allowed-account-ids': '999999999999' });
    expect(outcome.facts.awsNotInspected).toBe(
      'the credentials belong to account 123456789012, which is not in allowed-account-ids (999999999999); nothing was inspected.',
    );
    expect(fake.calls.filter((c) => c.service === 'rds')).toEqual([]);
  });
});

describe('regions: all', () => {
  it("inspects the account's enabled regions, skipping those not opted in", async () => {
    const outcome = await liveCheck(fake, repo, { regions: 'all' }, { AWS_REGION: 'us-east-1' });
    expect(outcome.facts.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(outcome.facts.aws!.inspected.map((i) => i.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(fake.countCalls((c) => c.action === 'DescribeRegions')).toBe(1);
  });
});

/**
 * The fake AWS endpoint's many-accounts side, driven by the real SDK clients: STS AssumeRole from the hub into
 * member accounts (role chaining), each member served its own databases; refusals (ExternalId, role name,
 * denyAssume, unknown account) as AccessDenied; per-account faults; and AWS Organizations (awsJson1_1) listing the
 * organization's accounts, paginated, and each root's or OU's accounts and child OUs.
 */
import { DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { AssumeRoleCommand, AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  OrganizationsClient,
  paginateListAccounts,
} from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { FakeAws, oidcToken } from './fake-aws.mjs';
import { accountsSeed, organizationSeed, syntheticFleet } from './fleet.mjs';

const HUB = '111111111111';
const PROD = '222222222222';
const DEV = '333333333333';
const SANDBOX = '444444444444';
const ROLE = 'rds-ca-guard-read';
const HUB_KEYS: AwsCredentialIdentity = { accessKeyId: 'AKIDFAKEDEFAULT', secretAccessKey: 'fake-secret-default' };

const roleArn = (account: string, name = ROLE) => `arn:aws:iam::${account}:role/${name}`;

let fake: FakeAws;
const previousMetadata = process.env.AWS_EC2_METADATA_DISABLED;
beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(() => {
  if (previousMetadata === undefined) delete process.env.AWS_EC2_METADATA_DISABLED;
  else process.env.AWS_EC2_METADATA_DISABLED = previousMetadata;
});

beforeEach(async () => {
  fake = await new FakeAws(
    accountsSeed({
      hub: { ...syntheticFleet(['us-east-1'], 2, { account: HUB, prefix: 'hub' }), account: HUB },
      roleName: ROLE,
      members: {
        [PROD]: { ...syntheticFleet(['us-east-1', 'eu-west-1'], 3, { account: PROD, prefix: 'prod' }), externalId: 'prod-secret' },
        [DEV]: syntheticFleet(['us-east-1'], 1, { account: DEV, prefix: 'dev' }),
        [SANDBOX]: syntheticFleet(['us-east-1'], 1, { account: SANDBOX, prefix: 'sandbox' }),
      },
      organization: organizationSeed({
        root: 'r-abcd',
        accounts: {
          [HUB]: 'management',
          [PROD]: 'prod',
          [DEV]: 'dev',
          [SANDBOX]: { Name: 'sandbox', Status: 'SUSPENDED', State: 'SUSPENDED' },
          '555555555555': 'legacy',
        },
        ous: {
          'ou-abcd-workloads': { parent: 'r-abcd', name: 'Workloads' },
          'ou-abcd-prod': { parent: 'ou-abcd-workloads', name: 'Prod', accounts: [PROD] },
          'ou-abcd-dev': { parent: 'ou-abcd-workloads', name: 'Dev', accounts: [DEV, SANDBOX] },
        },
      }),
    }),
  ).start();
});
afterEach(() => fake.stop());

const common = (credentials: AwsCredentialIdentity, requestTimeout?: number) => ({
  endpoint: fake.url,
  region: 'us-east-1',
  credentials,
  maxAttempts: 1,
  ...(requestTimeout ? { requestHandler: { requestTimeout, throwOnRequestTimeout: true } } : {}),
});
const sts = (credentials = HUB_KEYS, requestTimeout?: number) => new STSClient(common(credentials, requestTimeout));
const rds = (credentials: AwsCredentialIdentity, region = 'us-east-1', requestTimeout?: number) =>
  new RDSClient({ ...common(credentials, requestTimeout), region });
const organizations = (credentials = HUB_KEYS) => new OrganizationsClient(common(credentials));

async function assume(account: string, extra: { ExternalId?: string; RoleName?: string } = {}): Promise<AwsCredentialIdentity> {
  const { Credentials } = await sts().send(
    new AssumeRoleCommand({ RoleArn: roleArn(account, extra.RoleName), RoleSessionName: 'rds-ca-guard', ExternalId: extra.ExternalId }),
  );
  return {
    accessKeyId: Credentials!.AccessKeyId!,
    secretAccessKey: Credentials!.SecretAccessKey!,
    sessionToken: Credentials!.SessionToken,
  };
}

const ids = async (credentials: AwsCredentialIdentity, region = 'us-east-1') =>
  ((await rds(credentials, region).send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).map((d) => d.DBInstanceIdentifier);

describe('STS AssumeRole into member accounts', () => {
  it('chains from the hub into a member, whose keys see that member’s identity and databases', async () => {
    const hubIdentity = await sts().send(new GetCallerIdentityCommand({}));
    expect(hubIdentity).toMatchObject({ Account: HUB, Arn: `arn:aws:iam::${HUB}:user/ci` });
    expect(await ids(HUB_KEYS)).toEqual(['hub-us-east-1-0', 'hub-us-east-1-1']);

    const { Credentials, AssumedRoleUser } = await sts().send(
      new AssumeRoleCommand({ RoleArn: roleArn(PROD), RoleSessionName: 'gate', ExternalId: 'prod-secret', DurationSeconds: 900 }),
    );
    expect(Credentials!.AccessKeyId).toMatch(/^ASIA/);
    expect(Credentials!.Expiration).toBeInstanceOf(Date);
    expect(AssumedRoleUser!.Arn).toBe(`arn:aws:sts::${PROD}:assumed-role/${ROLE}/gate`);
    const prod = {
      accessKeyId: Credentials!.AccessKeyId!,
      secretAccessKey: Credentials!.SecretAccessKey!,
      sessionToken: Credentials!.SessionToken,
    };

    expect(await sts(prod).send(new GetCallerIdentityCommand({}))).toMatchObject({ Account: PROD, Arn: AssumedRoleUser!.Arn });
    expect(await ids(prod)).toEqual(['prod-us-east-1-0', 'prod-us-east-1-1', 'prod-us-east-1-2']);
    expect(await ids(prod, 'eu-west-1')).toEqual(['prod-eu-west-1-0', 'prod-eu-west-1-1', 'prod-eu-west-1-2']);
    const arn = (await rds(prod).send(new DescribeDBInstancesCommand({}))).DBInstances![0].DBInstanceArn;
    expect(arn).toBe(`arn:aws:rds:us-east-1:${PROD}:db:prod-us-east-1-0`);

    // EC2 DescribeRegions answers the member's regions (its enabledRegions, else the regions it has).
    const regions = await new EC2Client(common(prod)).send(new DescribeRegionsCommand({}));
    expect(regions.Regions!.map((r) => r.RegionName)).toEqual(['us-east-1', 'eu-west-1']);

    expect(await ids(await assume(DEV))).toEqual(['dev-us-east-1-0']);
    // A member's keys reach only the member's regions.
    await expect(ids(await assume(DEV), 'eu-west-1')).rejects.toMatchObject({ name: 'InvalidClientTokenId' });

    expect(fake.assumedRoles[0]).toEqual({
      RoleArn: roleArn(PROD),
      RoleSessionName: 'gate',
      ExternalId: 'prod-secret',
      DurationSeconds: '900',
    });
    expect(fake.calls.filter((c) => c.action === 'AssumeRole').map((c) => [c.account, c.target])).toEqual([
      [HUB, PROD],
      [HUB, DEV],
      [HUB, DEV],
    ]);
    expect(fake.calls.filter((c) => c.service === 'rds').map((c) => c.account)).toEqual([HUB, PROD, PROD, PROD, DEV, DEV]);
    expect(fake.calls.find((c) => c.service === 'ec2')).toMatchObject({ account: PROD, region: 'us-east-1' });
  });

  it('refuses, as AccessDenied naming the caller and the role, a wrong or missing ExternalId, a wrong role name, an unknown account and denyAssume', async () => {
    const refused = (account: string, extra: { ExternalId?: string; RoleName?: string } = {}) =>
      expect(assume(account, extra)).rejects.toMatchObject({
        name: 'AccessDenied',
        $metadata: { httpStatusCode: 403 },
        message: `User: arn:aws:iam::${HUB}:user/ci is not authorized to perform: sts:AssumeRole on resource: ${roleArn(account, extra.RoleName)}`,
      });
    await refused(PROD);
    await refused(PROD, { ExternalId: 'guess' });
    await refused(DEV, { RoleName: 'OrganizationAccountAccessRole' });
    await refused('999999999999');
    fake.set({ denyAssume: new Set([DEV]) });
    await refused(DEV);
    expect(await ids(await assume(PROD, { ExternalId: 'prod-secret' }))).toHaveLength(3);
    expect(fake.assumedRoles.map((r) => r.ExternalId)).toEqual([undefined, 'guess', undefined, undefined, undefined, 'prod-secret']);
  });

  it('chains from a web-identity role, which keeps being served as the hub', async () => {
    const web = await new STSClient({ endpoint: fake.url, region: 'us-east-1', credentials: HUB_KEYS }).send(
      new AssumeRoleWithWebIdentityCommand({
        RoleArn: 'arn:aws:iam::210987654321:role/gha',
        RoleSessionName: 'gha',
        WebIdentityToken: oidcToken({ sub: 'repo:acme/infra:ref:refs/heads/main' }),
      }),
    );
    const webKeys = { accessKeyId: web.Credentials!.AccessKeyId!, secretAccessKey: 'x', sessionToken: web.Credentials!.SessionToken };
    expect(await ids(webKeys)).toEqual(['hub-us-east-1-0', 'hub-us-east-1-1']);
    await expect(sts(webKeys).send(new AssumeRoleCommand({ RoleArn: roleArn(PROD), RoleSessionName: 's' }))).rejects.toThrow(
      'User: arn:aws:sts::210987654321:assumed-role/gha/gha is not authorized to perform: sts:AssumeRole',
    );
    const { Credentials } = await sts(webKeys).send(new AssumeRoleCommand({ RoleArn: roleArn(DEV), RoleSessionName: 's' }));
    expect(await ids({ accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: 'x' })).toEqual(['dev-us-east-1-0']);
    expect(fake.calls.filter((c) => c.service === 'rds').map((c) => c.account)).toEqual([HUB, DEV]);
  });
});

describe('per-account faults', () => {
  it('a Silent account takes every call and never answers; the others answer', async () => {
    fake.set({ failAccounts: { [DEV]: { '*': 'Silent' } } });
    const dev = await assume(DEV);
    const started = Date.now();
    await expect(rds(dev, 'us-east-1', 300).send(new DescribeDBInstancesCommand({}))).rejects.toMatchObject({ name: 'TimeoutError' });
    await expect(sts(dev, 300).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await ids(await assume(PROD, { ExternalId: 'prod-secret' }))).toHaveLength(3);
    expect(await ids(HUB_KEYS)).toHaveLength(2);
  });

  it('an AssumeRole fault applies to the AssumeRole naming that account, and AccessDenied to the member’s own calls', async () => {
    fake.set({ failAccounts: { [DEV]: { AssumeRole: 'Silent' }, [PROD]: { DescribeDBInstances: 'AccessDenied' } } });
    await expect(sts(HUB_KEYS, 300).send(new AssumeRoleCommand({ RoleArn: roleArn(DEV), RoleSessionName: 's' }))).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    const prod = await assume(PROD, { ExternalId: 'prod-secret' });
    await expect(ids(prod)).rejects.toMatchObject({
      name: 'AccessDenied',
      message: `User: arn:aws:sts::${PROD}:assumed-role/${ROLE}/rds-ca-guard is not authorized to perform: rds:DescribeDBInstances in us-east-1`,
    });
    expect(await ids(HUB_KEYS)).toHaveLength(2);
  });
});

describe('AWS Organizations', () => {
  it('lists every account across pages, as ListAccounts answers', async () => {
    fake.set({ pageSize: 2 });
    const pages = [];
    for await (const page of paginateListAccounts({ client: organizations() }, {})) pages.push(page);
    expect(pages.map((p) => p.Accounts!.length)).toEqual([2, 2, 1]);
    const accounts = pages.flatMap((p) => p.Accounts!);
    expect(accounts.map((a) => a.Id)).toEqual([HUB, PROD, DEV, SANDBOX, '555555555555']);
    expect(accounts[3]).toEqual({
      Id: SANDBOX,
      Arn: `arn:aws:organizations::${HUB}:account/o-fake/${SANDBOX}`,
      Email: `aws+${SANDBOX}@example.com`,
      Name: 'sandbox',
      Status: 'SUSPENDED',
      State: 'SUSPENDED',
      JoinedMethod: 'CREATED',
      JoinedTimestamp: new Date('2020-01-01T00:00:00Z'),
    });
    // MaxResults smaller than the page size wins.
    const one = await organizations().send(new ListAccountsCommand({ MaxResults: 1 }));
    expect(one.Accounts).toHaveLength(1);
    expect(one.NextToken).toBeDefined();
    expect(fake.calls.filter((c) => c.service === 'organizations').map((c) => [c.action, c.account])).toEqual(
      Array(4).fill(['ListAccounts', HUB]),
    );
  });

  it('walks the OUs under a root and lists each parent’s own accounts', async () => {
    const client = organizations();
    async function walk(parent: string): Promise<string[]> {
      const own = (await client.send(new ListAccountsForParentCommand({ ParentId: parent }))).Accounts!.map((a) => a.Id!);
      const { OrganizationalUnits } = await client.send(new ListOrganizationalUnitsForParentCommand({ ParentId: parent }));
      return [...own, ...(await Promise.all(OrganizationalUnits!.map((ou) => walk(ou.Id!)))).flat()];
    }
    expect(await walk('r-abcd')).toEqual([HUB, '555555555555', PROD, DEV, SANDBOX]);
    expect(await walk('ou-abcd-dev')).toEqual([DEV, SANDBOX]);
    const { OrganizationalUnits } = await client.send(new ListOrganizationalUnitsForParentCommand({ ParentId: 'ou-abcd-workloads' }));
    expect(OrganizationalUnits).toEqual([
      { Id: 'ou-abcd-prod', Arn: `arn:aws:organizations::${HUB}:ou/o-fake/ou-abcd-prod`, Name: 'Prod' },
      { Id: 'ou-abcd-dev', Arn: `arn:aws:organizations::${HUB}:ou/o-fake/ou-abcd-dev`, Name: 'Dev' },
    ]);
    await expect(client.send(new ListAccountsForParentCommand({ ParentId: 'ou-nope' }))).rejects.toMatchObject({
      name: 'ParentNotFoundException',
    });
  });

  it('answers AccessDeniedException when ListAccounts is denied, and AWSOrganizationsNotInUseException without an organization', async () => {
    fake.set({ failActions: { '*': { ListAccounts: 'AccessDenied' } } });
    await expect(organizations().send(new ListAccountsCommand({}))).rejects.toMatchObject({
      name: 'AccessDeniedException',
      message: "You don't have permissions to access this resource.",
    });
    delete fake.seed.organization;
    await expect(organizations().send(new ListAccountsForParentCommand({ ParentId: 'r-abcd' }))).rejects.toMatchObject({
      name: 'AWSOrganizationsNotInUseException',
    });
  });

  it('renders the fault modes as awsJson1_1: throttling and 5xx by code, and an HTML page the SDK cannot read', async () => {
    fake.set({
      failActions: { '*': { ListAccounts: 'Throttling', ListAccountsForParent: 'ServerError', ListOrganizationalUnitsForParent: 'Html' } },
    });
    await expect(organizations().send(new ListAccountsCommand({}))).rejects.toMatchObject({ name: 'TooManyRequestsException' });
    await expect(organizations().send(new ListAccountsForParentCommand({ ParentId: 'r-abcd' }))).rejects.toMatchObject({
      name: 'ServiceException',
      $metadata: { httpStatusCode: 500 },
    });
    await expect(organizations().send(new ListOrganizationalUnitsForParentCommand({ ParentId: 'r-abcd' }))).rejects.toThrow();
  });
});

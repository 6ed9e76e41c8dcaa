/**
 * The fake AWS endpoint's `partition` option, driven by the real SDK clients: every ARN it answers is in its partition
 * (identities, assumed roles, databases, clusters, Organizations), and a call signed for a region of another partition
 * is refused as that partition's endpoint refuses keys it never issued, so a test sees a call that went astray.
 */
import { DescribeDBClustersCommand, DescribeDBInstancesCommand, RDSClient } from '@aws-sdk/client-rds';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { FakeAws } from './fake-aws.mjs';
import { accountsSeed, instance, multiAzCluster, organizationSeed } from './fleet.mjs';

const HUB = '111111111111';
const MEMBER = '222222222222';
const KEYS: AwsCredentialIdentity = { accessKeyId: 'AKIDFAKEDEFAULT', secretAccessKey: 'fake-secret-default' };

let fake: FakeAws;
const previousMetadata = process.env.AWS_EC2_METADATA_DISABLED;
beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});
afterAll(() => {
  if (previousMetadata === undefined) delete process.env.AWS_EC2_METADATA_DISABLED;
  else process.env.AWS_EC2_METADATA_DISABLED = previousMetadata;
});

const region = (r: string, account: string) => ({
  instances: [instance(r, 'orders', { account })],
  clusters: [multiAzCluster(r, 'ledger', { account })],
  certificates: [],
  pending: [],
  engineVersions: [],
});

beforeEach(async () => {
  fake = await new FakeAws(
    accountsSeed({
      hub: {
        account: HUB,
        regions: { 'us-gov-west-1': region('us-gov-west-1', HUB) },
        enabledRegions: [
          { regionName: 'us-gov-west-1', optInStatus: 'opt-in-not-required' },
          { regionName: 'us-gov-east-1', optInStatus: 'opt-in-not-required' },
        ],
      },
      members: { [MEMBER]: { regions: { 'us-gov-east-1': region('us-gov-east-1', MEMBER) } } },
      organization: organizationSeed({ root: 'r-gov1', accounts: { [HUB]: 'management', [MEMBER]: 'prod' } }),
    }),
  ).start();
  fake.set({ partition: 'aws-us-gov' });
});
afterEach(() => fake.stop());

const options = (r: string, credentials: AwsCredentialIdentity = KEYS) => ({ region: r, endpoint: fake.url, credentials, maxAttempts: 1 });

describe('the fake AWS in the aws-us-gov partition', () => {
  it('answers identities, assumed roles, databases, regions and the organization in arn:aws-us-gov', async () => {
    const sts = new STSClient(options('us-gov-west-1'));
    expect((await sts.send(new GetCallerIdentityCommand({}))).Arn).toBe(`arn:aws-us-gov:iam::${HUB}:user/ci`);
    const assumed = await sts.send(
      new AssumeRoleCommand({ RoleArn: `arn:aws-us-gov:iam::${MEMBER}:role/reader`, RoleSessionName: 'rds-ca-guard' }),
    );
    expect(assumed.AssumedRoleUser?.Arn).toBe(`arn:aws-us-gov:sts::${MEMBER}:assumed-role/reader/rds-ca-guard`);
    const c = assumed.Credentials!;
    const member = { accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken };
    expect((await new STSClient(options('us-gov-east-1', member)).send(new GetCallerIdentityCommand({}))).Arn).toBe(
      `arn:aws-us-gov:sts::${MEMBER}:assumed-role/reader/rds-ca-guard`,
    );

    const rds = new RDSClient(options('us-gov-west-1'));
    expect((await rds.send(new DescribeDBInstancesCommand({}))).DBInstances?.map((d) => [d.DBInstanceArn, d.Endpoint?.Address])).toEqual([
      [`arn:aws-us-gov:rds:us-gov-west-1:${HUB}:db:orders`, 'orders.abc123.us-gov-west-1.rds.amazonaws.com'],
    ]);
    expect((await rds.send(new DescribeDBClustersCommand({}))).DBClusters?.map((d) => d.DBClusterArn)).toEqual([
      `arn:aws-us-gov:rds:us-gov-west-1:${HUB}:cluster:ledger`,
    ]);
    const memberRds = new RDSClient(options('us-gov-east-1', member));
    expect((await memberRds.send(new DescribeDBInstancesCommand({}))).DBInstances?.[0]?.DBInstanceArn).toBe(
      `arn:aws-us-gov:rds:us-gov-east-1:${MEMBER}:db:orders`,
    );

    const regions = await new EC2Client(options('us-gov-west-1')).send(new DescribeRegionsCommand({}));
    expect(regions.Regions?.map((r) => [r.RegionName, r.Endpoint])).toEqual([
      ['us-gov-west-1', 'ec2.us-gov-west-1.amazonaws.com'],
      ['us-gov-east-1', 'ec2.us-gov-east-1.amazonaws.com'],
    ]);
    const org = await new OrganizationsClient(options('us-gov-west-1')).send(new ListAccountsCommand({}));
    expect(org.Accounts?.map((a) => a.Arn)).toEqual([
      `arn:aws-us-gov:organizations::${HUB}:account/o-fake/${HUB}`,
      `arn:aws-us-gov:organizations::${HUB}:account/o-fake/${MEMBER}`,
    ]);
  });

  it("moves a seed's commercial ARNs into its partition", async () => {
    fake.seed.regions['us-gov-west-1'].instances[0].DBInstanceArn = `arn:aws:rds:us-gov-west-1:${HUB}:db:orders`;
    const out = await new RDSClient(options('us-gov-west-1')).send(new DescribeDBInstancesCommand({}));
    expect(out.DBInstances?.[0]?.DBInstanceArn).toBe(`arn:aws-us-gov:rds:us-gov-west-1:${HUB}:db:orders`);
  });

  it('refuses, and records, a call signed for a region of another partition, whatever the service', async () => {
    const refused = async (send: Promise<unknown>) => {
      const error = (await send.then(
        () => undefined,
        (e: unknown) => e,
      )) as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      return [error?.name, error?.$metadata?.httpStatusCode, error?.message];
    };
    expect(await refused(new STSClient(options('us-east-1')).send(new GetCallerIdentityCommand({})))).toEqual([
      'InvalidClientTokenId',
      403,
      'The security token included in the request is invalid. (fake AWS plays aws-us-gov; us-east-1 is in aws)',
    ]);
    expect((await refused(new RDSClient(options('cn-north-1')).send(new DescribeDBInstancesCommand({}))))[0]).toBe('InvalidClientTokenId');
    expect((await refused(new EC2Client(options('us-east-1')).send(new DescribeRegionsCommand({}))))[0]).toBe('InvalidClientTokenId');
    expect((await refused(new OrganizationsClient(options('us-east-1')).send(new ListAccountsCommand({}))))[0]).toBe(
      'UnrecognizedClientException',
    );
    expect(fake.calls.map((c) => [c.service, c.region])).toEqual([
      ['sts', 'us-east-1'],
      ['rds', 'cn-north-1'],
      ['ec2', 'us-east-1'],
      ['organizations', 'us-east-1'],
    ]);
  });

  it('refuses to assume a role of another partition', async () => {
    const sts = new STSClient(options('us-gov-west-1'));
    await expect(
      sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${MEMBER}:role/reader`, RoleSessionName: 'rds-ca-guard' })),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: `arn:aws:iam::${MEMBER}:role/reader is not a role of this partition (aws-us-gov)`,
    });
  });

  it('plays the commercial partition by default', async () => {
    fake.set({ partition: 'aws' });
    await expect(new STSClient(options('us-gov-west-1')).send(new GetCallerIdentityCommand({}))).rejects.toMatchObject({
      name: 'InvalidClientTokenId',
    });
    expect((await new STSClient(options('eu-west-1')).send(new GetCallerIdentityCommand({}))).Arn).toBe(`arn:aws:iam::${HUB}:user/ci`);
  });
});

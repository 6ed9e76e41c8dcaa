import { partitionNamed, partitionOf, partitionOfArn, regionForArn } from '../../src/base/partition.js';

describe('partitionOf', () => {
  it.each([
    ['us-east-1', 'aws', 'amazonaws.com', 'us-east-1', 'console.aws.amazon.com'],
    ['eu-west-1', 'aws', 'amazonaws.com', 'us-east-1', 'console.aws.amazon.com'],
    ['us-gov-west-1', 'aws-us-gov', 'amazonaws.com', 'us-gov-west-1', 'console.amazonaws-us-gov.com'],
    ['us-gov-east-1', 'aws-us-gov', 'amazonaws.com', 'us-gov-west-1', 'console.amazonaws-us-gov.com'],
    ['cn-north-1', 'aws-cn', 'amazonaws.com.cn', 'cn-northwest-1', 'console.amazonaws.cn'],
    ['cn-northwest-1', 'aws-cn', 'amazonaws.com.cn', 'cn-northwest-1', 'console.amazonaws.cn'],
  ])('%s is in %s', (region, name, dnsSuffix, globalRegion, consoleHost) => {
    expect(partitionOf(region)).toEqual({ name, dnsSuffix, globalRegion, consoleHost });
  });

  it('an ISO region has no public console', () => {
    expect(partitionOf('us-iso-east-1')).toEqual({ name: 'aws-iso', dnsSuffix: 'c2s.ic.gov', globalRegion: 'us-iso-east-1' });
  });

  it('reads the partition of an ARN', () => {
    expect(partitionOfArn('arn:aws-us-gov:rds:us-gov-west-1:123456789012:db:orders')).toBe('aws-us-gov');
    expect(partitionOfArn('orders')).toBeUndefined();
  });
});

describe('partitionNamed and regionForArn', () => {
  it('finds a partition by its name, and nothing for a name the SDK does not know', () => {
    expect(partitionNamed('aws-us-gov')?.globalRegion).toBe('us-gov-west-1');
    expect(partitionNamed('aws-cn')?.dnsSuffix).toBe('amazonaws.com.cn');
    expect(partitionNamed('aws')?.globalRegion).toBe('us-east-1');
    expect(partitionNamed('aws-moon')).toBeUndefined();
  });

  it("keeps a region of the ARN's partition, and moves to the partition's global region otherwise", () => {
    expect(regionForArn('us-gov-east-1', 'arn:aws-us-gov:sts::123456789012:assumed-role/r/s')).toBe('us-gov-east-1');
    expect(regionForArn('us-east-1', 'arn:aws-us-gov:sts::123456789012:assumed-role/r/s')).toBe('us-gov-west-1');
    expect(regionForArn('us-east-1', 'arn:aws-cn:iam::123456789012:role/r')).toBe('cn-northwest-1');
    expect(regionForArn('us-east-1', undefined)).toBe('us-east-1');
    expect(regionForArn('us-east-1', 'arn:aws-moon:iam::123456789012:role/r')).toBe('us-east-1');
  });
});

describe('the partition table, held to the AWS SDK’s own', () => {
  // The SDK's partition() (@aws-sdk/core) is the oracle; the gate keeps its table as data so an offline run does not load the SDK.
  const sdk = async () => (await import('@aws-sdk/core/client')).partition;
  const REGIONS = [
    ...['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-south-1', 'ap-south-2'],
    ...[
      'ap-southeast-1',
      'ap-southeast-5',
      'ap-southeast-7',
      'ap-northeast-1',
      'ca-central-1',
      'ca-west-1',
      'eu-central-1',
      'eu-central-2',
    ],
    ...['eu-west-1', 'eu-south-2', 'eu-north-1', 'il-central-1', 'me-south-1', 'me-central-1', 'mx-central-1', 'sa-east-1'],
    ...['us-gov-west-1', 'us-gov-east-1', 'cn-north-1', 'cn-northwest-1', 'us-iso-east-1', 'us-iso-west-1', 'us-isob-east-1'],
    ...['eu-isoe-west-1', 'us-isof-south-1', 'us-isof-east-1', 'eusc-de-east-1', 'aws-global', 'aws-us-gov-global', 'aws-cn-global'],
    // Names no table lists: the SDK takes them by its regular expressions, else as commercial.
    ...['us-gov-north-9', 'cn-south-7', 'ap-moon-1', 'xx-1', 'mars-1', 'us-iso-north-3', 'eu-isoe-south-2', 'eusc-de-west-2', ''],
  ];

  it.each(REGIONS)('%s', async (region) => {
    const info = (await sdk())(region) as unknown as { name: string; dnsSuffix: string; implicitGlobalRegion: string };
    expect(partitionOf(region)).toMatchObject({ name: info.name, dnsSuffix: info.dnsSuffix, globalRegion: info.implicitGlobalRegion });
  });
});

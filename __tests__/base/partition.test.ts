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

import { partitionOf, partitionOfArn } from '../../src/base/partition.js';

describe('partitionOf', () => {
  it.each([
    ['us-east-1', 'aws', 'amazonaws.com', 'console.aws.amazon.com'],
    ['us-gov-west-1', 'aws-us-gov', 'amazonaws.com', 'console.amazonaws-us-gov.com'],
    ['us-gov-east-1', 'aws-us-gov', 'amazonaws.com', 'console.amazonaws-us-gov.com'],
    ['cn-north-1', 'aws-cn', 'amazonaws.com.cn', 'console.amazonaws.cn'],
    ['cn-northwest-1', 'aws-cn', 'amazonaws.com.cn', 'console.amazonaws.cn'],
  ])('%s is in %s', (region, name, dnsSuffix, consoleHost) => {
    expect(partitionOf(region)).toEqual({ name, dnsSuffix, consoleHost });
  });

  it('an ISO region has no public console', () => {
    expect(partitionOf('us-iso-east-1')).toEqual({ name: 'aws-iso', dnsSuffix: 'c2s.ic.gov' });
  });

  it('reads the partition of an ARN', () => {
    expect(partitionOfArn('arn:aws-us-gov:rds:us-gov-west-1:123456789012:db:orders')).toBe('aws-us-gov');
    expect(partitionOfArn('orders')).toBeUndefined();
  });
});

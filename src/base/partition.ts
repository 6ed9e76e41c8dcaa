/**
 * AWS partitions: which one a region belongs to, as the AWS SDK's own endpoint rules say
 * (`@aws-sdk/core`'s partition table: aws, aws-us-gov, aws-cn, the ISO partitions, aws-eusc),
 * and what differs between them for a person acting on a finding: ARNs and the console.
 */
import { partition } from '@aws-sdk/core/client';

export interface Partition {
  /** `aws`, `aws-us-gov`, `aws-cn`, … : the second field of an ARN. */
  name: string;
  /** The services' DNS suffix: `amazonaws.com`, `amazonaws.com.cn`, … */
  dnsSuffix: string;
  /** The management console's host, where the partition has a public one. */
  consoleHost?: string;
}

const CONSOLE_HOSTS: Record<string, string> = {
  aws: 'console.aws.amazon.com',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
  'aws-cn': 'console.amazonaws.cn',
};

/** The partition of a region; an unknown region name is taken as the commercial partition's, as the SDK does. */
export function partitionOf(region: string): Partition {
  const { name, dnsSuffix } = partition(region);
  return { name, dnsSuffix, ...(CONSOLE_HOSTS[name] ? { consoleHost: CONSOLE_HOSTS[name] } : {}) };
}

/** The partition an ARN names (`arn:aws-us-gov:…` → `aws-us-gov`), undefined when it is not an ARN. */
export function partitionOfArn(arn: string): string | undefined {
  return /^arn:([a-z-]+):/.exec(arn)?.[1];
}

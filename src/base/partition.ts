/**
 * AWS partitions: which one a region belongs to, as the AWS SDK's own endpoint rules say
 * (`@aws-sdk/core`'s partition table: aws, aws-us-gov, aws-cn, the ISO partitions, aws-eusc),
 * and what differs between them: ARNs, endpoints, the console, and where a partition's global
 * services (STS without a region, Organizations) answer.
 */
import { partition } from '@aws-sdk/core/client';

export interface Partition {
  /** `aws`, `aws-us-gov`, `aws-cn`, … : the second field of an ARN. */
  name: string;
  /** The services' DNS suffix: `amazonaws.com`, `amazonaws.com.cn`, … */
  dnsSuffix: string;
  /** The region a partition's global services are signed for: us-east-1, us-gov-west-1, cn-northwest-1, … */
  globalRegion: string;
  /** The management console's host, where the partition has a public one. */
  consoleHost?: string;
}

const CONSOLE_HOSTS: Record<string, string> = {
  aws: 'console.aws.amazon.com',
  'aws-us-gov': 'console.amazonaws-us-gov.com',
  'aws-cn': 'console.amazonaws.cn',
};

/** `implicitGlobalRegion` is in the SDK's table (and its answers) but not in the type it declares; `orElse` should it ever go. */
function described(info: ReturnType<typeof partition> & { implicitGlobalRegion?: string }, orElse: string): Partition {
  const { name, dnsSuffix } = info;
  const globalRegion = info.implicitGlobalRegion ?? orElse;
  return { name, dnsSuffix, globalRegion, ...(CONSOLE_HOSTS[name] ? { consoleHost: CONSOLE_HOSTS[name] } : {}) };
}

/** The partition of a region; an unknown region name is taken as the commercial partition's, as the SDK does. */
export function partitionOf(region: string): Partition {
  return described(partition(region), region);
}

/** A partition by its name (`aws-us-gov`), undefined when the SDK's table has no such partition. */
export function partitionNamed(name: string): Partition | undefined {
  // The table lists each partition's global pseudo-region as `<name>-global`.
  const found = described(partition(`${name}-global`), '');
  return found.name === name && found.globalRegion ? found : undefined;
}

/** The partition an ARN names (`arn:aws-us-gov:…` → `aws-us-gov`), undefined when it is not an ARN. */
export function partitionOfArn(arn: string): string | undefined {
  return /^arn:([a-z-]+):/.exec(arn)?.[1];
}

/**
 * Where to ask about an identity's partition (STS, EC2 DescribeRegions, Organizations): `region` when
 * it is in the partition `arn` names, else that partition's global region (an unknown partition: `region`).
 */
export function regionForArn(region: string, arn: string | undefined): string {
  const name = arn ? partitionOfArn(arn) : undefined;
  if (!name || partitionOf(region).name === name) return region;
  return partitionNamed(name)?.globalRegion ?? region;
}

/**
 * `us-east-1 is in aws, arn:aws-us-gov:iam::…:role/x in aws-us-gov` when the regions and ARNs given name more
 * than one partition (one credential reaches one partition), else undefined. Templates (`arn:{partition}:…`) name none.
 */
export function partitionMix(regions: readonly string[], arns: readonly (string | undefined)[]): string | undefined {
  const named: [string, string][] = [
    ...regions.map((region): [string, string] => [region, partitionOf(region).name]),
    ...arns.flatMap((arn): [string, string][] => {
      const name = arn ? partitionOfArn(arn) : undefined;
      return arn && name ? [[arn, name]] : [];
    }),
  ];
  const first = new Map<string, string>();
  for (const [what, name] of named) if (!first.has(name)) first.set(name, what);
  if (first.size < 2) return undefined;
  return [...first].map(([name, what], i) => `${what} ${i ? 'in' : 'is in'} ${name}`).join(', ');
}

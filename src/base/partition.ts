/**
 * AWS partitions: which one a region belongs to, and what differs between them: ARNs, endpoints,
 * the console, and where a partition's global services (STS without a region, Organizations)
 * answer. The table is the AWS SDK's own partition table (`@aws-sdk/core`), kept here as data so
 * that an offline run does not load the SDK; a test holds every answer to the SDK's `partition()`.
 */

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

/** The SDK's partitions in the order it tries them (its region regular expressions), the commercial one first. */
const PARTITIONS: ReadonlyArray<Partition & { regions: RegExp }> = [
  {
    name: 'aws',
    regions: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    dnsSuffix: 'amazonaws.com',
    globalRegion: 'us-east-1',
    consoleHost: 'console.aws.amazon.com',
  },
  {
    name: 'aws-cn',
    regions: /^cn-\w+-\d+$/,
    dnsSuffix: 'amazonaws.com.cn',
    globalRegion: 'cn-northwest-1',
    consoleHost: 'console.amazonaws.cn',
  },
  {
    name: 'aws-eusc',
    regions: /^eusc-(de)-\w+-\d+$/,
    dnsSuffix: 'amazonaws.eu',
    globalRegion: 'eusc-de-east-1',
  },
  { name: 'aws-iso', regions: /^us-iso-\w+-\d+$/, dnsSuffix: 'c2s.ic.gov', globalRegion: 'us-iso-east-1' },
  { name: 'aws-iso-b', regions: /^us-isob-\w+-\d+$/, dnsSuffix: 'sc2s.sgov.gov', globalRegion: 'us-isob-east-1' },
  { name: 'aws-iso-e', regions: /^eu-isoe-\w+-\d+$/, dnsSuffix: 'cloud.adc-e.uk', globalRegion: 'eu-isoe-west-1' },
  { name: 'aws-iso-f', regions: /^us-isof-\w+-\d+$/, dnsSuffix: 'csp.hci.ic.gov', globalRegion: 'us-isof-south-1' },
  {
    name: 'aws-us-gov',
    regions: /^us-gov-\w+-\d+$/,
    dnsSuffix: 'amazonaws.com',
    globalRegion: 'us-gov-west-1',
    consoleHost: 'console.amazonaws-us-gov.com',
  },
];

function described({ name, dnsSuffix, globalRegion, consoleHost }: Partition): Partition {
  return { name, dnsSuffix, globalRegion, ...(consoleHost ? { consoleHost } : {}) };
}

/** The partition of a region; a name no partition claims is taken as the commercial partition's, as the SDK does. */
export function partitionOf(region: string): Partition {
  const named = PARTITIONS.find((p) => p.globalRegion === region || `${p.name}-global` === region);
  return described(named ?? PARTITIONS.find((p) => p.regions.test(region)) ?? PARTITIONS[0]);
}

/** A partition by its name (`aws-us-gov`), undefined when there is no such partition. */
export function partitionNamed(name: string): Partition | undefined {
  const found = PARTITIONS.find((p) => p.name === name);
  return found && described(found);
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

/**
 * One account's inspection: its regions (listed, or its enabled ones for `regions: all`), then
 * every region at once with the account's own credentials and clients. A region that fails is
 * named with its cause; the others are still inspected.
 */
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { Agent } from 'node:http';
import type { Config } from '../config.js';
import type { RegionInventory, RegionNotInspected } from '../model/fleet.js';
import { scopeFilter } from '../model/scope.js';
import type { CallContext } from './aws-problem.js';
import { ec2Client, rdsClient } from './clients.js';
import { asCallError, awsCall } from './errors.js';
import { inspectRegion } from './inventory.js';
import { partitionOf } from '../base/partition.js';
import { byCodePoint } from '../model/iac.js';

export interface AccountAccess {
  account: string;
  /** Undefined: the SDK's default chain. */
  credentials?: AwsCredentialIdentity;
  agent?: Agent;
  context: CallContext;
}

export type AccountInspection =
  { regions: string[]; inspected: RegionInventory[]; failed: RegionNotInspected[] } | { notInspected: string; remediation?: string };

/**
 * The account's enabled regions (not-opted-in regions are left out by EC2 itself), asked in `home`, a region of
 * the credentials' partition: EC2 answers with that partition's regions, and only those are kept.
 */
async function enabledRegions(home: string, access: AccountAccess): Promise<string[]> {
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  const { context } = access;
  const partition = partitionOf(home).name;
  const ec2 = await ec2Client(home, { credentials: access.credentials, agent: access.agent, bounds: context.bounds });
  const out = await awsCall({ service: 'EC2', action: 'DescribeRegions', region: home }, context, () =>
    ec2.send(new DescribeRegionsCommand({ AllRegions: false }), { abortSignal: context.deadline }),
  );
  return (out.Regions ?? [])
    .filter((r) => r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName!)
    .filter((region) => region && partitionOf(region).name === partition)
    .sort(byCodePoint);
}

async function regionsOf(
  config: Config,
  home: string,
  access: AccountAccess,
): Promise<string[] | { notInspected: string; remediation?: string }> {
  if (!config.allRegions) return config.regions;
  let regions: string[];
  try {
    regions = await enabledRegions(home, access);
  } catch (error) {
    const failure = asCallError(error, { service: 'EC2', action: 'DescribeRegions', region: home }, access.context);
    return {
      notInspected: `regions: all needs the account's enabled regions, and ${failure.message}`,
      remediation: `${failure.problem.remediation} Or list the regions in \`regions\` instead of \`all\`.`,
    };
  }
  if (regions.length) return regions;
  return {
    notInspected: `regions: all found no enabled region: EC2 DescribeRegions in ${home} answered with an empty list, which no AWS account has`,
    remediation:
      'Check that the EC2 endpoint is AWS (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_EC2, proxy settings), or list the regions in `regions` instead of `all`.',
  };
}

export async function inspectAccount(config: Config, home: string, access: AccountAccess): Promise<AccountInspection> {
  const regions = await regionsOf(config, home, access);
  if (!Array.isArray(regions)) return regions;
  const { account, credentials, agent, context } = access;
  const inScope = scopeFilter(config.aws.scope);
  const results = await Promise.all(
    regions.map(async (region): Promise<RegionInventory | RegionNotInspected> => {
      try {
        return await inspectRegion(
          { account, region },
          rdsClient(region, { credentials, agent, bounds: context.bounds }),
          inScope,
          context,
        );
      } catch (error) {
        const failure = asCallError(error, { service: 'RDS', action: 'DescribeDBInstances', region }, context);
        return {
          account,
          region,
          reason: `${failure.call.service} ${failure.call.action}: ${failure.problem.text}`,
          remediation: failure.problem.remediation,
        };
      }
    }),
  );
  return {
    regions,
    inspected: results.filter((r): r is RegionInventory => 'databases' in r),
    failed: results.filter((r): r is RegionNotInspected => 'reason' in r),
  };
}

/**
 * The live inspection: identity, regions, then every region at once. Failures become facts,
 * never crashes. The whole inspection has a deadline (timeout-minutes): every call carries
 * it, and a region whose calls it cuts is not inspected, naming the call in flight.
 */
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { AwsFacts, RegionInventory } from '../model/fleet.js';
import { scopeFilter } from '../model/scope.js';
import type { Agent } from 'node:http';
import { DEFAULT_AWS_BOUNDS, ec2Client, proxyAgent, rdsClient, type AwsBounds } from './clients.js';
import type { CallContext } from './aws-problem.js';
import { classifyAwsError } from './classify-error.js';
import { AwsAccessError, AwsCallError, awsCall } from './errors.js';
import { establishIdentity, type IdentityDeps } from './identity.js';
import { inspectRegion } from './inventory.js';
import type { Config } from '../config.js';

/** What later AWS calls (rotation) need: kept in memory, never rendered or written. */
export interface AwsSession {
  credentials?: AwsCredentialIdentity;
  agent?: Agent;
}

export type InspectOutcome = { facts: AwsFacts; regions: string[]; session: AwsSession } | { notInspected: string; remediation?: string };

/** The account's enabled regions (not-opted-in regions are left out by EC2 itself). */
async function enabledRegions(
  region: string,
  credentials: AwsCredentialIdentity | undefined,
  context: CallContext,
  agent: Agent | undefined,
): Promise<string[]> {
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  const ec2 = await ec2Client(region, { credentials, agent, bounds: context.bounds });
  const out = await awsCall({ service: 'EC2', action: 'DescribeRegions', region }, context, () =>
    ec2.send(new DescribeRegionsCommand({ AllRegions: false }), { abortSignal: context.deadline }),
  );
  return (out.Regions ?? [])
    .filter((r) => r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName!)
    .filter(Boolean)
    .sort();
}

export async function inspectAws(config: Config, identityDeps: IdentityDeps): Promise<InspectOutcome> {
  const home = config.regions[0] ?? identityDeps.env.AWS_REGION ?? identityDeps.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const agent = await proxyAgent(identityDeps.env);
  const bounds: AwsBounds = { ...DEFAULT_AWS_BOUNDS, ...identityDeps.bounds };
  const context: CallContext = {
    bounds,
    deadline: AbortSignal.timeout(identityDeps.bounds?.deadlineMs ?? config.aws.timeoutMinutes * 60_000),
    timeoutMinutes: config.aws.timeoutMinutes,
    env: identityDeps.env,
  };
  const deps = { ...identityDeps, agent, context };
  let identity;
  try {
    identity = await establishIdentity(config.aws, home, deps);
  } catch (error) {
    if (error instanceof AwsAccessError) return { notInspected: error.message, remediation: error.remediation };
    if (error instanceof AwsCallError) return { notInspected: error.message, remediation: error.problem.remediation };
    const problem = classifyAwsError(error, undefined, context);
    return { notInspected: `AWS access failed: ${problem.text}`, remediation: problem.remediation };
  }
  context.principal = identity.principal;
  let regions = config.regions;
  if (config.allRegions) {
    try {
      regions = await enabledRegions(home, identity.credentials, context, agent);
    } catch (error) {
      const failure =
        error instanceof AwsCallError
          ? error
          : new AwsCallError({ service: 'EC2', action: 'DescribeRegions', region: home }, classifyAwsError(error, undefined, context));
      return {
        notInspected: `regions: all needs the account's enabled regions, and ${failure.message}`,
        remediation: `${failure.problem.remediation} Or list the regions in \`regions\` instead of \`all\`.`,
      };
    }
    if (!regions.length) {
      return {
        notInspected: `regions: all found no enabled region: EC2 DescribeRegions in ${home} answered with an empty list, which no AWS account has`,
        remediation:
          'Check that the EC2 endpoint is AWS (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_EC2, proxy settings), or list the regions in `regions` instead of `all`.',
      };
    }
  }
  const inScope = scopeFilter(config.aws.scope);
  const results = await Promise.all(
    regions.map(async (region) => {
      try {
        return {
          region,
          inventory: await inspectRegion(region, rdsClient(region, { credentials: identity.credentials, agent, bounds }), inScope, context),
        };
      } catch (error) {
        const failure =
          error instanceof AwsCallError
            ? error
            : new AwsCallError({ service: 'RDS', action: 'DescribeDBInstances', region }, classifyAwsError(error, undefined, context));
        return {
          region,
          reason: `${failure.call.service} ${failure.call.action}: ${failure.problem.text}`,
          remediation: failure.problem.remediation,
        };
      }
    }),
  );
  const facts: AwsFacts = { account: identity.account, principal: identity.principal, via: identity.via, inspected: [], failed: [] };
  for (const r of results) {
    if ('inventory' in r) facts.inspected.push(r.inventory as RegionInventory);
    else facts.failed.push({ region: r.region, reason: r.reason, remediation: r.remediation });
  }
  return { facts, regions, session: { credentials: identity.credentials, agent } };
}

/** The live inspection: identity, regions, then every region at once. Failures become facts, never crashes. */
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { AwsFacts, RegionInventory } from '../fleet/inventory.js';
import { scopeFilter } from '../fleet/scope.js';
import type { Config } from '../inputs.js';
import type { Agent } from 'node:http';
import { ec2Client, proxyAgent, rdsClient } from './clients.js';
import { AwsAccessError, describeAwsError } from './errors.js';
import { establishIdentity, type IdentityDeps } from './identity.js';
import { inspectRegion } from './inventory.js';

/** What later AWS calls (rotation) need: kept in memory, never rendered or written. */
export interface AwsSession {
  credentials?: AwsCredentialIdentity;
  agent?: Agent;
}

export type InspectOutcome = { facts: AwsFacts; regions: string[]; session: AwsSession } | { notInspected: string };

/** The account's enabled regions (not-opted-in regions are left out by EC2 itself). */
async function enabledRegions(region: string, credentials: AwsCredentialIdentity | undefined, agent: Agent | undefined): Promise<string[]> {
  const { DescribeRegionsCommand } = await import('@aws-sdk/client-ec2');
  const out = await (await ec2Client(region, { credentials, agent })).send(new DescribeRegionsCommand({ AllRegions: false }));
  return (out.Regions ?? []).filter((r) => r.OptInStatus !== 'not-opted-in').map((r) => r.RegionName!).filter(Boolean).sort();
}

export async function inspectAws(config: Config, identityDeps: IdentityDeps): Promise<InspectOutcome> {
  const home = config.regions[0] ?? identityDeps.env.AWS_REGION ?? identityDeps.env.AWS_DEFAULT_REGION ?? 'us-east-1';
  const agent = await proxyAgent(identityDeps.env);
  const deps = { ...identityDeps, agent };
  let identity;
  try {
    identity = await establishIdentity(config.aws, home, deps);
  } catch (error) {
    if (error instanceof AwsAccessError) return { notInspected: error.message };
    return { notInspected: `AWS access failed: ${describeAwsError(error)}` };
  }
  let regions = config.regions;
  if (config.allRegions) {
    try {
      regions = await enabledRegions(home, identity.credentials, agent);
    } catch (error) {
      return { notInspected: `regions: all needs EC2 DescribeRegions, which failed (${describeAwsError(error)}); list the regions instead, or allow ec2:DescribeRegions.` };
    }
  }
  const inScope = scopeFilter(config.aws.scope);
  const results = await Promise.all(regions.map(async (region) => {
    try {
      return { region, inventory: await inspectRegion(region, rdsClient(region, { credentials: identity.credentials, agent }), inScope) };
    } catch (error) {
      return { region, reason: describeAwsError(error) };
    }
  }));
  const facts: AwsFacts = { account: identity.account, principal: identity.principal, via: identity.via, inspected: [], failed: [] };
  for (const r of results) {
    if ('inventory' in r) facts.inspected.push(r.inventory as RegionInventory);
    else facts.failed.push({ region: r.region, reason: r.reason });
  }
  return { facts, regions, session: { credentials: identity.credentials, agent } };
}

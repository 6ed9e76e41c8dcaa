/**
 * The live inspection: identity, then the account's regions, or (with `accounts`) each member
 * account reached from the hub identity. Failures become facts, never crashes. The whole
 * inspection has a deadline (timeout-minutes): every call carries it, and a region whose calls
 * it cuts is not inspected, naming the call in flight.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AwsFacts } from '../model/fleet.js';
import type { Agent } from 'node:http';
import { DEFAULT_AWS_BOUNDS, proxyAgent, type AwsBounds } from './clients.js';
import type { CallContext } from './aws-problem.js';
import { classifyAwsError } from './classify-error.js';
import { AwsAccessError, AwsCallError } from './errors.js';
import { establishIdentity, type Identity, type IdentityDeps } from './identity.js';
import { inspectAccount } from './account.js';
import { inspectMembers, memberAccountIds } from './members.js';
import type { Config } from '../config.js';
import { regionForArn } from '../base/partition.js';

/** What later AWS calls (rotation) need: kept in memory, never rendered or written. */
export interface AwsSession {
  /** By account; undefined credentials: the SDK's default chain. */
  credentials: ReadonlyMap<string, AwsCredentialIdentity | AwsCredentialIdentityProvider | undefined>;
  agent?: Agent;
}

type NotInspected = { notInspected: string; remediation?: string };
export type InspectOutcome = { facts: AwsFacts; regions: string[]; session: AwsSession } | NotInspected;

function notInspected(error: unknown, context: CallContext, what = 'AWS access failed'): NotInspected {
  if (error instanceof AwsAccessError) return { notInspected: error.message, remediation: error.remediation };
  if (error instanceof AwsCallError) return { notInspected: error.message, remediation: error.problem.remediation };
  const problem = classifyAwsError(error, undefined, context);
  return { notInspected: `${what}: ${problem.text}`, remediation: problem.remediation };
}

async function ownAccount(config: Config, home: string, identity: Identity, context: CallContext, agent?: Agent): Promise<InspectOutcome> {
  const result = await inspectAccount(config, home, { account: identity.account, credentials: identity.credentials, agent, context });
  if ('notInspected' in result) return result;
  const { regions, inspected, failed } = result;
  const facts: AwsFacts = { account: identity.account, principal: identity.principal, via: identity.via, inspected, failed };
  return { facts, regions, session: { credentials: new Map([[identity.account, identity.credentials]]), agent } };
}

async function memberAccounts(
  config: Config,
  home: string,
  identity: Identity,
  context: CallContext,
  deps: { agent?: Agent; mask(secret: string): void },
): Promise<InspectOutcome> {
  let ids;
  try {
    ids = await memberAccountIds(config.aws.accounts!, home, identity, context, deps.agent);
  } catch (error) {
    const failure = notInspected(error, context, 'listing the organization failed');
    return {
      notInspected: `accounts: organization needs the organization's accounts, and ${failure.notInspected}`,
      remediation:
        `${failure.remediation ?? ''} The hub identity (${identity.principal}) needs organizations:ListAccounts (and, with organizational-units, organizations:ListAccountsForParent and organizations:ListOrganizationalUnitsForParent), in the management account or a delegated administrator.`.trim(),
    };
  }
  if (!ids.length)
    return {
      notInspected: `accounts: organization found no ACTIVE account${'organizationUnits' in config.aws.accounts!.from && config.aws.accounts!.from.organizationUnits.length ? ' under the organizational units given' : ''}`,
      remediation: 'Check `organizational-units`, or list the accounts in `accounts`.',
    };
  const members = await inspectMembers(ids, config, home, identity, { context, ...deps });
  const facts: AwsFacts = {
    account: identity.account,
    principal: identity.principal,
    via: identity.via,
    inspected: members.inspected,
    failed: members.failed,
    members: members.members,
  };
  return {
    facts,
    regions: members.regions.length ? members.regions : config.regions,
    session: { credentials: members.credentials, agent: deps.agent },
  };
}

/**
 * The region STS is asked in, and so the partition: the first region in scope, else the environment's, else
 * us-east-1; moved to the global region of the role's partition when the role is in another (a GovCloud role
 * with `regions: all` and no AWS_REGION is assumed in us-gov-west-1, never in us-east-1).
 */
export function homeRegion(config: Config, env: NodeJS.ProcessEnv): string {
  const given = config.regions[0] || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
  return regionForArn(given, config.aws.roleToAssume);
}

export async function inspectAws(config: Config, identityDeps: IdentityDeps): Promise<InspectOutcome> {
  let home = homeRegion(config, identityDeps.env);
  const agent = await proxyAgent(identityDeps.env);
  const bounds: AwsBounds = { ...DEFAULT_AWS_BOUNDS, ...identityDeps.bounds };
  const context: CallContext = {
    bounds,
    deadline: AbortSignal.timeout(identityDeps.bounds?.deadlineMs ?? config.aws.timeoutMinutes * 60_000),
    timeoutMinutes: config.aws.timeoutMinutes,
    env: identityDeps.env,
  };
  let identity;
  try {
    identity = await establishIdentity(config.aws, home, { ...identityDeps, agent, context });
  } catch (error) {
    return notInspected(error, context);
  }
  context.principal = identity.principal;
  // EC2 DescribeRegions, Organizations and the members' AssumeRole go to the partition the identity proved to be in.
  home = regionForArn(home, identity.principal);
  return config.aws.accounts
    ? memberAccounts(config, home, identity, context, { agent, mask: identityDeps.mask })
    : ownAccount(config, home, identity, context, agent);
}

/**
 * A multi-account run: the member accounts (listed, or the organization's), then each one in
 * isolation, `account-concurrency` at a time: its own assumed-role credentials, clients and
 * retries. An account that cannot be inspected is named with the role tried and why; the
 * others are still inspected.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Agent } from 'node:http';
import type { AccountsConfig, Config } from '../config.js';
import type { MemberAccount, RegionInventory, RegionNotInspected } from '../model/fleet.js';
import { mapPool } from '../base/pool.js';
import type { CallContext } from './aws-problem.js';
import { inspectAccount } from './account.js';
import { AwsAccessError, AwsCallError } from './errors.js';
import { classifyAwsError } from './classify-error.js';
import { assumeMemberRole, memberRoleArn, refreshingCredentials } from './member-role.js';
import { organizationAccounts } from './organization.js';

export interface Hub {
  account: string;
  principal: string;
  credentials?: AwsCredentialIdentity;
}

export interface MembersInspection {
  members: MemberAccount[];
  /** Every region inspected in some account, in order. */
  regions: string[];
  inspected: RegionInventory[];
  failed: RegionNotInspected[];
  /** The member credentials, for rotation (refreshed before they expire): in memory only. */
  credentials: Map<string, AwsCredentialIdentityProvider>;
}

/** The IAM role behind an assumed-role session ARN, as a trust policy names it. */
export function roleOfSession(principal: string): string {
  const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principal);
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : principal;
}

function assumeFailure(error: unknown, role: string, hub: Hub, accounts: AccountsConfig, context: CallContext) {
  const problem =
    error instanceof AwsCallError
      ? error.problem
      : error instanceof AwsAccessError
        ? undefined
        : classifyAwsError(error, undefined, context);
  const text = error instanceof AwsAccessError ? error.message : problem!.text;
  const trust = `The trust policy of ${role} must allow ${roleOfSession(hub.principal)} to call sts:AssumeRole${accounts.externalId ? ' with the configured sts:ExternalId' : ''}, and the hub role needs sts:AssumeRole on ${role}.`;
  return {
    reason: `could not assume ${role} from ${hub.principal}: ${text}`,
    remediation: problem?.kind === 'access-denied' || !problem ? trust : problem.remediation,
  };
}

export async function memberAccountIds(accounts: AccountsConfig, home: string, hub: Hub, context: CallContext, agent?: Agent) {
  if ('ids' in accounts.from) return accounts.from.ids;
  return organizationAccounts(accounts.from.organizationUnits, home, context, { credentials: hub.credentials, agent });
}

export async function inspectMembers(
  ids: readonly string[],
  config: Config,
  home: string,
  hub: Hub,
  deps: { context: CallContext; agent?: Agent; mask(secret: string): void },
): Promise<MembersInspection> {
  const accounts = config.aws.accounts!;
  const allowed = config.aws.allowedAccountIds;
  const out: MembersInspection = { members: [], regions: [], inspected: [], failed: [], credentials: new Map() };
  const each = await mapPool(ids, accounts.concurrency, async (account) => {
    const role = memberRoleArn(accounts, account, hub.principal);
    if (allowed.length && !allowed.includes(account))
      return {
        member: {
          account,
          role,
          notInspected: {
            reason: `account ${account} is not in allowed-account-ids (${allowed.join(', ')}); its role was not assumed`,
            remediation:
              'Add the account to `allowed-account-ids`, or leave it out of `accounts` (or its OU out of `organizational-units`).',
          },
        },
      };
    const roleDeps = {
      hubCredentials: hub.credentials,
      agent: deps.agent,
      mask: deps.mask,
      sessionName: config.aws.roleSessionName,
      durationSeconds: config.aws.roleDurationSeconds,
    };
    const assume = (context: CallContext) => assumeMemberRole(account, role, accounts.externalId, home, context, roleDeps);
    let session;
    try {
      session = await assume(deps.context);
    } catch (error) {
      return { member: { account, role, notInspected: assumeFailure(error, role, hub, accounts, deps.context) } };
    }
    const context = { ...deps.context, principal: session.principal };
    const result = await inspectAccount(config, home, { account, credentials: session.credentials, agent: deps.agent, context });
    if ('notInspected' in result)
      return {
        member: {
          account,
          role,
          principal: session.principal,
          notInspected: { reason: result.notInspected, remediation: result.remediation },
        },
      };
    const later = refreshingCredentials(session.credentials, () => assume({ ...deps.context, deadline: undefined }));
    return { member: { account, role, principal: session.principal }, result, credentials: later };
  });
  for (const r of each) {
    out.members.push(r.member);
    if ('result' in r && r.result && 'inspected' in r.result) {
      out.inspected.push(...r.result.inspected);
      out.failed.push(...r.result.failed);
      out.regions.push(...r.result.regions.filter((region) => !out.regions.includes(region)));
      out.credentials.set(r.member.account, r.credentials!);
    }
  }
  if (config.allRegions) out.regions.sort();
  return out;
}

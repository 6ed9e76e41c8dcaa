/**
 * Into a member account: STS AssumeRole from the hub identity (role chaining), with the
 * member's own client and retries. The credentials stay in memory and are masked; the
 * session's ARN proves the account, so no further call is needed.
 */
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { Agent } from 'node:http';
import type { AccountsConfig } from '../config.js';
import type { CallContext } from './aws-problem.js';
import { stsClient } from './clients.js';
import { AwsAccessError, awsCall } from './errors.js';
import { partitionOfArn } from '../base/partition.js';

/** AWS caps a chained role's session at one hour. */
const CHAINED_MAX_SECONDS = 3600;

export interface MemberSession {
  credentials: AwsCredentialIdentity;
  /** arn:…:sts::<account>:assumed-role/<role>/<session>. */
  principal: string;
}

export interface MemberRoleDeps {
  hubCredentials?: AwsCredentialIdentity;
  agent?: Agent;
  mask(secret: string): void;
  sessionName: string;
  durationSeconds: number;
}

/** The member's role ARN: the template with its account and, for a role given by name, the hub's partition (from its ARN). */
export const memberRoleArn = (accounts: AccountsConfig, account: string, hubPrincipal: string): string =>
  accounts.roleArn.replaceAll('{account}', account).replaceAll('{partition}', partitionOfArn(hubPrincipal) ?? 'aws');

/** The member `account`'s `role` (its ARN, from memberRoleArn), assumed with the hub's credentials. */
export async function assumeMemberRole(
  account: string,
  role: string,
  externalId: string | undefined,
  region: string,
  context: CallContext,
  deps: MemberRoleDeps,
): Promise<MemberSession> {
  const sts = stsClient(region, { credentials: deps.hubCredentials, agent: deps.agent, bounds: context.bounds });
  const out = await awsCall({ service: 'STS', action: 'AssumeRole', region }, context, () =>
    sts.send(
      new AssumeRoleCommand({
        RoleArn: role,
        RoleSessionName: deps.sessionName,
        DurationSeconds: Math.min(deps.durationSeconds, CHAINED_MAX_SECONDS),
        ...(externalId ? { ExternalId: externalId } : {}),
      }),
      { abortSignal: context.deadline },
    ),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new AwsAccessError(`STS answered AssumeRole for ${role} without credentials`);
  for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) if (secret) deps.mask(secret);
  const principal = out.AssumedRoleUser?.Arn ?? '';
  const answered = /^arn:[\w-]+:sts::(\d{12}):/.exec(principal)?.[1];
  if (answered !== account)
    throw new AwsAccessError(
      `STS AssumeRole for ${role} answered a session in ${answered ? `account ${answered}` : 'no account'} (${principal || 'no session ARN'}), not ${account}: nothing of it was inspected.`,
      'Check that `member-role` names a role in each member account, and that the STS endpoint is AWS.',
    );
  return {
    credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration },
    principal,
  };
}

/** A session this close to its expiry is assumed again (the SDK's own refresh window). */
const REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * The member's credentials for later calls (rotation, which may outlast the chained session's hour):
 * the session already assumed, then a new one once it is near its expiry, one refresh at a time for
 * every client of the account. A refresh carries no inspection deadline (that has passed by then),
 * only the per-call bounds; it needs the hub's own session to be valid still (role-duration-seconds).
 */
export function refreshingCredentials(
  first: AwsCredentialIdentity,
  assumeAgain: () => Promise<MemberSession>,
  now: () => number = Date.now,
): AwsCredentialIdentityProvider {
  let current = first;
  let refreshing: Promise<AwsCredentialIdentity> | undefined;
  return async () => {
    if (!current.expiration || current.expiration.getTime() - now() > REFRESH_BEFORE_MS) return current;
    refreshing ??= assumeAgain()
      .then((session) => (current = session.credentials))
      .finally(() => (refreshing = undefined));
    return refreshing;
  };
}

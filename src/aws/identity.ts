/**
 * Who the gate is in AWS. With role-to-assume: a GitHub OIDC token (a fresh one per
 * attempt) exchanged through STS AssumeRoleWithWebIdentity; the credentials stay in memory
 * and are masked. Otherwise the SDK's default chain. Either way GetCallerIdentity proves the
 * account, and allowed-account-ids refuses any other.
 */
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { Agent } from 'node:http';
import { stsClient, type AwsBounds } from './clients.js';
import type { CallContext } from './aws-problem.js';
import { classifyAwsError } from './classify-error.js';
import { AwsAccessError, errorName } from './errors.js';
import type { AwsConfig } from '../config.js';
import { partitionOf } from '../base/partition.js';

export interface Identity {
  account: string;
  principal: string;
  via: 'role' | 'default credential chain';
  /** Undefined: the SDK's default chain. */
  credentials?: AwsCredentialIdentity;
}

export interface IdentityDeps {
  env: NodeJS.ProcessEnv;
  getIdToken(audience: string): Promise<string>;
  mask(secret: string): void;
  /** Pause between attempts (tests shorten it). */
  sleep?(ms: number): Promise<void>;
  /** The proxy agent for every AWS call, when the environment names a proxy. */
  agent?: Agent;
  /** Shorter time bounds (tests); deadlineMs replaces timeout-minutes. */
  bounds?: Partial<AwsBounds> & { deadlineMs?: number };
  /** Bounds, deadline and environment of every call (set by inspectAws). */
  context?: CallContext;
}

const ATTEMPTS = 3;
/** Worth another attempt with a fresh token (the SDK names modeled errors with an "Exception" suffix). */
const RETRYABLE = new Set(['IDPCommunicationError', 'InvalidIdentityToken', 'ExpiredToken', 'Throttling', 'TimeoutError']);

/** The claims of a JWT, read without verifying it: only to explain a refusal, never to trust. */
export function tokenClaims(token: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * The OIDC token's audience: the input, else the partition's default, as aws-actions/configure-aws-credentials
 * documents it: `sts.amazonaws.com`, and `sts.amazonaws.com.cn` in the China regions. `region` is STS's.
 */
export const oidcAudience = (aws: AwsConfig, region: string): string =>
  aws.audience ?? (partitionOf(region).name === 'aws-cn' ? 'sts.amazonaws.com.cn' : 'sts.amazonaws.com');

async function assumeRole(aws: AwsConfig, region: string, deps: IdentityDeps): Promise<AwsCredentialIdentity> {
  const role = aws.roleToAssume!;
  if (!deps.env.ACTIONS_ID_TOKEN_REQUEST_URL || !deps.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    throw new AwsAccessError(
      'role-to-assume is set but this job cannot request a GitHub OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set). ' +
        'Add `permissions: id-token: write` to the workflow or job. Pull requests from forks never get a token: use `offline: true` there.',
    );
  }
  // One attempt per token: our loop retries, each time with a fresh token.
  const context = deps.context ?? {};
  const sts = stsClient(region, { maxAttempts: 1, agent: deps.agent, bounds: context.bounds });
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const audience = oidcAudience(aws, region);
  let last = '';
  for (let attempt = 1; attempt <= ATTEMPTS && !context.deadline?.aborted; attempt++) {
    let token: string;
    try {
      token = await deps.getIdToken(audience);
    } catch (error) {
      last = `the GitHub OIDC token request failed: ${(error as Error).message}`;
      if (attempt < ATTEMPTS) await sleep(500 * 2 ** attempt);
      continue;
    }
    try {
      const out = await sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: role,
          RoleSessionName: aws.roleSessionName,
          WebIdentityToken: token,
          DurationSeconds: aws.roleDurationSeconds,
        }),
        { abortSignal: context.deadline },
      );
      const c = out.Credentials;
      if (!c?.AccessKeyId || !c.SecretAccessKey)
        throw new AwsAccessError(`STS answered AssumeRoleWithWebIdentity for ${role} without credentials`);
      for (const secret of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) if (secret) deps.mask(secret);
      return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
    } catch (error) {
      if (error instanceof AwsAccessError) throw error;
      const name = errorName(error).replace(/Exception$/, '');
      if (name === 'AccessDenied') {
        const claims = tokenClaims(token);
        throw new AwsAccessError(
          `AWS refused to let this workflow assume ${role}: the role's trust policy does not match the token. ` +
            `The token's subject (sub) is "${String(claims.sub ?? '?')}" and its audience (aud) "${String(claims.aud ?? audience)}"; ` +
            "the trust policy's token.actions.githubusercontent.com:sub and :aud conditions must allow them.",
        );
      }
      const problem = classifyAwsError(error, { service: 'STS', action: 'AssumeRoleWithWebIdentity', region }, context);
      last = `STS AssumeRoleWithWebIdentity in ${region}: ${problem.text}`;
      if (!RETRYABLE.has(name) && !['timeout', 'network', 'aws-side', 'throttled'].includes(problem.kind)) break;
      if (attempt < ATTEMPTS) await sleep(500 * 2 ** attempt);
    }
  }
  if (context.deadline?.aborted) {
    const problem = classifyAwsError(undefined, undefined, context);
    throw new AwsAccessError(`could not assume ${role}: STS AssumeRoleWithWebIdentity in ${region}: ${problem.text}`, problem.remediation);
  }
  throw new AwsAccessError(`could not assume ${role} after ${ATTEMPTS} attempt(s): ${last}`);
}

function explainCallerFailure(error: unknown, via: Identity['via'], region: string, context: CallContext): AwsAccessError {
  const name = errorName(error);
  const problem = classifyAwsError(error, { service: 'STS', action: 'GetCallerIdentity', region }, context);
  const message = (text: string) => new AwsAccessError(text, problem.remediation);
  if (name === 'CredentialsProviderError') {
    return new AwsAccessError(
      'no AWS credentials were found (environment, web identity, container, profile or shared files). ' +
        'Give the job a role with `role-to-assume` (and `permissions: id-token: write`) or an aws-actions/configure-aws-credentials step, or set `offline: true` to check the repository alone.',
    );
  }
  if (name === 'ExpiredToken' || name === 'ExpiredTokenException' || name === 'RequestExpired') {
    return message(
      `the AWS credentials from the ${via} have expired (${problem.text}). Refresh them, or set \`offline: true\` to check the repository alone.`,
    );
  }
  if (name === 'InvalidClientTokenId' || name === 'SignatureDoesNotMatch' || name === 'UnrecognizedClientException') {
    const partition = partitionOf(region).name;
    return new AwsAccessError(
      `the AWS credentials from the ${via} are not valid in ${region}, a region of the ${partition} partition (${problem.text}).`,
      `${problem.remediation ?? ''} Credentials of another partition (GovCloud: aws-us-gov, China: aws-cn) are valid only in its regions: give \`regions\` (or AWS_REGION) in their partition.`.trim(),
    );
  }
  return message(`could not prove who we are in AWS: STS GetCallerIdentity in ${region}: ${problem.text}`);
}

export async function establishIdentity(aws: AwsConfig, region: string, deps: IdentityDeps): Promise<Identity> {
  const via: Identity['via'] = aws.roleToAssume ? 'role' : 'default credential chain';
  const credentials = aws.roleToAssume ? await assumeRole(aws, region, deps) : undefined;
  const context = deps.context ?? {};
  let caller;
  try {
    caller = await stsClient(region, { credentials, maxAttempts: 3, agent: deps.agent, bounds: context.bounds }).send(
      new GetCallerIdentityCommand({}),
      { abortSignal: context.deadline },
    );
  } catch (error) {
    throw explainCallerFailure(error, via, region, context);
  }
  const account = caller.Account ?? '';
  if (!/^\d{12}$/.test(account)) {
    throw new AwsAccessError(
      `STS GetCallerIdentity in ${region} answered without a valid account (${account ? `"${account.slice(0, 20).replace(/[^\x20-\x7e]/g, '?')}"` : 'an empty one'}): nothing can be inspected for an account nobody can name.`,
      'Check that the STS endpoint is AWS (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_STS, proxy settings).',
    );
  }
  if (aws.allowedAccountIds.length && !aws.allowedAccountIds.includes(account)) {
    throw new AwsAccessError(
      `the credentials belong to account ${account}, which is not in allowed-account-ids (${aws.allowedAccountIds.join(', ')}); nothing was inspected.`,
    );
  }
  return { account, principal: caller.Arn ?? '', via, credentials };
}

/**
 * AWS SDK clients as the gate uses them: the region, credentials kept in memory, adaptive
 * retries for throttling, and every attempt bounded in time: the connection (connectMs),
 * the answer's headers (the SDK handler's requestTimeout, with throwOnRequestTimeout so it
 * is an error and not a log line), an idle socket (socketTimeout), and the body (read in
 * full within requestMs by the answer check, which also refuses what is not an AWS answer).
 * Endpoints come from the SDK's own configuration (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_RDS,
 * profiles), so VPC endpoints and emulators work.
 */
import { RDSClient } from '@aws-sdk/client-rds';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import { Agent as HttpAgent, type Agent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { awsAnswerMiddleware } from './answers.js';

/** Time bounds of one AWS call. */
export interface AwsBounds {
  /** TCP (and TLS) connection, per attempt. */
  connectMs: number;
  /** Headers, then again the body, per attempt; also the idle-socket bound. */
  requestMs: number;
  /** Attempts per call (throttling, AWS 5xx and timeouts are retried). */
  attempts: number;
}

export const DEFAULT_AWS_BOUNDS: AwsBounds = { connectMs: 5_000, requestMs: 30_000, attempts: 8 };

export interface ClientOptions {
  /** Fixed credentials, or a provider the SDK calls again as they near their expiry. */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider;
  /** Overrides bounds.attempts. */
  maxAttempts?: number;
  /** Routes requests through HTTP(S)_PROXY, minding NO_PROXY (see proxyAgent). */
  agent?: Agent;
  bounds?: AwsBounds;
}

/**
 * The AWS SDK for JavaScript ignores HTTPS_PROXY and friends; runners behind a proxy need
 * them. proxy-agent decides per request from HTTP_PROXY, HTTPS_PROXY and NO_PROXY, and
 * loads only when one of them is set.
 */
export async function proxyAgent(env: NodeJS.ProcessEnv): Promise<Agent | undefined> {
  if (!['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'].some((k) => env[k])) return undefined;
  const { ProxyAgent } = await import('proxy-agent');
  return new ProxyAgent();
}

/**
 * One connection pool for every client: many accounts' clients reach the same regional endpoints,
 * and a new client's own pool would open (and TLS-handshake) its connections again.
 */
const shared = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

function common(region: string, options: ClientOptions) {
  const bounds = options.bounds ?? DEFAULT_AWS_BOUNDS;
  return {
    region,
    credentials: options.credentials,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? bounds.attempts,
    requestHandler: {
      connectionTimeout: bounds.connectMs,
      requestTimeout: bounds.requestMs,
      throwOnRequestTimeout: true,
      socketTimeout: bounds.requestMs,
      httpAgent: options.agent ?? shared.http,
      httpsAgent: options.agent ?? shared.https,
    },
  } as const;
}

interface WithMiddleware {
  middlewareStack: { add(middleware: unknown, options: { step: 'deserialize'; priority: 'low'; name: string }): void };
}

function checked<C extends WithMiddleware>(client: C, options: ClientOptions): C {
  client.middlewareStack.add(awsAnswerMiddleware((options.bounds ?? DEFAULT_AWS_BOUNDS).requestMs), {
    step: 'deserialize',
    priority: 'low',
    name: 'rdsCaGuardAwsAnswer',
  });
  return client;
}

export const rdsClient = (region: string, options: ClientOptions = {}): RDSClient =>
  checked(new RDSClient(common(region, options)), options);
/** EC2 is only for `regions: all`; its client is the SDK's largest, so it loads only then. */
export async function ec2Client(region: string, options: ClientOptions = {}) {
  const { EC2Client } = await import('@aws-sdk/client-ec2');
  return checked(new EC2Client(common(region, options)), options);
}
/** Organizations is only for `accounts: organization`, so its client loads only then. */
export async function organizationsClient(region: string, options: ClientOptions = {}) {
  const { OrganizationsClient } = await import('@aws-sdk/client-organizations');
  return checked(new OrganizationsClient(common(region, options)), options);
}
export const stsClient = (region: string, options: ClientOptions = {}): STSClient =>
  checked(new STSClient(common(region, options)), options);

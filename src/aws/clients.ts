/**
 * AWS SDK clients as the gate uses them: the region, credentials kept in memory, adaptive
 * retries for throttling, bounded timeouts. Endpoints come from the SDK's own configuration
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_RDS, profiles), so VPC endpoints and emulators work.
 */
import { RDSClient } from '@aws-sdk/client-rds';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { Agent } from 'node:http';

export interface ClientOptions {
  credentials?: AwsCredentialIdentity;
  maxAttempts?: number;
  /** Routes requests through HTTP(S)_PROXY, minding NO_PROXY (see proxyAgent). */
  agent?: Agent;
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

function common(region: string, options: ClientOptions) {
  return {
    region,
    credentials: options.credentials,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 8,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000, httpAgent: options.agent, httpsAgent: options.agent },
  } as const;
}

export const rdsClient = (region: string, options: ClientOptions = {}): RDSClient => new RDSClient(common(region, options));
/** EC2 is only for `regions: all`; its client is the SDK's largest, so it loads only then. */
export async function ec2Client(region: string, options: ClientOptions = {}) {
  const { EC2Client } = await import('@aws-sdk/client-ec2');
  return new EC2Client(common(region, options));
}
export const stsClient = (region: string, options: ClientOptions = {}): STSClient => new STSClient(common(region, options));

/**
 * AWS SDK clients as the gate uses them: the region, credentials kept in memory, adaptive
 * retries for throttling, bounded timeouts. Endpoints come from the SDK's own configuration
 * (AWS_ENDPOINT_URL, AWS_ENDPOINT_URL_RDS, profiles), so VPC endpoints and emulators work.
 */
import { EC2Client } from '@aws-sdk/client-ec2';
import { RDSClient } from '@aws-sdk/client-rds';
import { STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';

export interface ClientOptions {
  credentials?: AwsCredentialIdentity;
  maxAttempts?: number;
}

function common(region: string, options: ClientOptions) {
  return {
    region,
    credentials: options.credentials,
    retryMode: 'adaptive',
    maxAttempts: options.maxAttempts ?? 8,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  } as const;
}

export const rdsClient = (region: string, options: ClientOptions = {}): RDSClient => new RDSClient(common(region, options));
export const ec2Client = (region: string, options: ClientOptions = {}): EC2Client => new EC2Client(common(region, options));
export const stsClient = (region: string, options: ClientOptions = {}): STSClient => new STSClient(common(region, options));

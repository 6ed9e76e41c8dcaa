/**
 * Whether the job was given AWS credentials, as the SDK's default chain would find them
 * (environment, web identity, container, shared files). Used to fail closed with a clear
 * cause when the live gate is asked for and cannot run.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function credentialSource(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY) return 'environment variables';
  if (env.AWS_WEB_IDENTITY_TOKEN_FILE && env.AWS_ROLE_ARN) return 'web identity token file';
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return 'container credentials';
  if (env.AWS_PROFILE) return `profile ${env.AWS_PROFILE}`;
  const files = [env.AWS_SHARED_CREDENTIALS_FILE ?? join(homedir(), '.aws', 'credentials'), env.AWS_CONFIG_FILE ?? join(homedir(), '.aws', 'config')];
  if (files.some((f) => existsSync(f))) return 'shared credentials/config file';
  return undefined;
}

export function awsNotInspectedReason(offline: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (offline) return undefined;
  const source = credentialSource(env);
  if (!source) {
    return 'no AWS credentials were found (no AWS_ACCESS_KEY_ID, web identity, container credentials, profile or shared credentials file). ' +
      'Add `permissions: id-token: write` and an aws-actions/configure-aws-credentials step, or set `offline: true` to check the repository alone.';
  }
  return `credentials were found (${source}) but this version of the action checks the repository only; set \`offline: true\` until the live gate is available.`;
}

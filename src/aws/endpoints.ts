/** Where an AWS call goes, as failure messages name it: the endpoint's host, and the proxy settings in the way. */
import type { AwsService } from './aws-problem.js';
import { partitionOf } from '../base/partition.js';

/** The endpoint the SDK calls for a service and region, as far as the environment tells: in the region's partition (amazonaws.com.cn in China). */
export function endpointFor(service: AwsService, region: string, env: NodeJS.ProcessEnv = {}): string {
  const configured = env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  if (configured) return hostOf(configured);
  return `${service.toLowerCase()}.${region}.${partitionOf(region).dnsSuffix}`;
}

/** host[:port] of a URL, never its credentials. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(unreadable URL)';
  }
}

export function proxySettings(env: NodeJS.ProcessEnv = {}): string {
  const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return `HTTPS_PROXY is ${proxy ? `${hostOf(proxy)}` : 'not set'}, NO_PROXY is ${noProxy ? `"${noProxy}"` : 'not set'}`;
}

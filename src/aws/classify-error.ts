/**
 * Whatever the SDK threw, as one kind of AWS problem with what happened and what to do:
 * the call named (service, action, region) when it is known.
 */
import { NotAnAwsAnswer } from './answers.js';
import type { AwsCall, AwsProblem, AwsService, CallContext } from './aws-problem.js';
import { DEFAULT_AWS_BOUNDS } from './clients.js';
import { endpointFor, proxySettings } from './endpoints.js';
import { ACCESS_DENIED, bodyOf, CREDENTIALS, NETWORK, plainMessage, SDK_INTERNAL, THROTTLED, type SdkError } from './sdk-errors.js';

export const HEALTH_DASHBOARD = 'https://health.aws.amazon.com/health/status';

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;

/** What to do when something other than AWS answered. */
const notAwsRemediation = (service: AwsService, env: NodeJS.ProcessEnv | undefined): string =>
  `Something other than AWS answered: a proxy's login or block page, a captive portal, or a wrong endpoint setting (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_${service}). Check them and the proxy settings (${proxySettings(env)}).`;

export function classifyAwsError(error: unknown, call?: AwsCall, context: CallContext = {}): AwsProblem {
  const e = (error ?? {}) as SdkError;
  const code = e.Code ?? e.code ?? e.name ?? '';
  const name = e.name ?? '';
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const attempts = e.$metadata?.attempts ?? 1;
  const bounds = context.bounds ?? DEFAULT_AWS_BOUNDS;
  const service = call?.service ?? 'RDS';
  const region = call?.region ?? '';
  const iamAction = call ? `${service.toLowerCase()}:${call.action}` : undefined;
  const endpoint = call ? endpointFor(service, region, context.env) : 'the AWS endpoint';

  if (context.deadline?.aborted || name === 'AbortError') {
    return {
      kind: 'deadline',
      text: `the inspection's deadline (timeout-minutes: ${context.timeoutMinutes ?? '?'}) passed before it answered`,
      remediation:
        'Raise `timeout-minutes`, or inspect fewer regions per run. AWS did not answer in time, so these databases were not checked.',
    };
  }
  if (error instanceof NotAnAwsAnswer) {
    return {
      kind: 'not-an-aws-answer',
      text: `${endpoint} answered HTTP ${error.status} with ${error.what} (content type ${error.contentType || 'none'}), not an AWS answer${error.firstBytes ? `; it began "${error.firstBytes}"` : ''}`,
      remediation: notAwsRemediation(service, context.env),
    };
  }
  if (ACCESS_DENIED.has(code) || (status === 403 && !e.$response?.headers?.['content-type']?.includes('html') && !CREDENTIALS.has(code))) {
    const principal = /User: (arn:\S+) is not authorized/.exec(e.message ?? '')?.[1] ?? context.principal;
    const statement = iamAction ? `{"Effect":"Allow","Action":"${iamAction}","Resource":"*"}` : undefined;
    return {
      kind: 'access-denied',
      text: `AWS denied ${iamAction ?? 'the call'}${region ? ` in ${region}` : ''}${principal ? ` to ${principal}` : ''}`,
      remediation: `${statement ? `Add ${statement} to the IAM policy of ${principal ?? 'the role the job uses'}` : 'Grant the missing permission'}. If the policy has it already, a service control policy, a permission boundary or the region being disabled denies it${region ? ` in ${region}` : ''}.`,
    };
  }
  if (THROTTLED.has(code) || status === 429) {
    return {
      kind: 'throttled',
      text: `AWS throttled it (retried ${times(Math.max(0, attempts - 1))}, still throttled)`,
      remediation:
        'Re-run later, when other automation in the account is quieter; a less frequent schedule or fewer regions per run lowers the call rate. Nothing is wrong with the permissions.',
    };
  }
  if (CREDENTIALS.has(code)) {
    return {
      kind: 'credentials',
      text: `AWS refused the credentials (${code}${plainMessage(e) ? `: ${plainMessage(e)}` : ''})`,
      remediation:
        'Give the job valid AWS credentials (role-to-assume with `id-token: write`, or a configure-aws-credentials step), or set `offline: true` to check the repository alone.',
    };
  }
  const contentType = e.$response?.headers?.['content-type'] ?? '';
  const readable = !SDK_INTERNAL.test(e.message ?? '') && code !== 'Unknown';
  if (status !== undefined && status >= 500) {
    return {
      kind: 'aws-side',
      text: `AWS answered HTTP ${status}${readable && code ? ` (${code})` : ''} after ${times(attempts)} trying: a failure on AWS's side${readable ? '' : ', with an error document that was not readable'}`,
      remediation: `Nothing to change on your side: re-run later, and check the AWS Health Dashboard (${HEALTH_DASHBOARD}) for ${service}${region ? ` in ${region}` : ''}.`,
    };
  }
  if (status !== undefined && (!readable || /html/i.test(contentType))) {
    const bytes = bodyOf(e);
    return {
      kind: 'not-an-aws-answer',
      text: `${endpoint} answered HTTP ${status} (content type ${contentType || 'none'}), not an AWS answer${bytes ? `; it began "${bytes}"` : ''}`,
      remediation: notAwsRemediation(service, context.env),
    };
  }
  if (name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'RequestTimeout' || code === 'RequestTimeoutException') {
    const connecting = /without establishing a connection/i.test(e.message ?? '');
    return {
      kind: 'timeout',
      text: connecting
        ? `could not connect to ${endpoint} within ${seconds(bounds.connectMs)} (${times(attempts)} tried)`
        : `${endpoint} did not answer in full within ${seconds(bounds.requestMs)} (${times(attempts)} tried)`,
      remediation: `An endpoint that takes the connection and then stays silent is usually a proxy or firewall in the way: check the network path from the runner to ${endpoint} and the proxy settings (${proxySettings(context.env)}).`,
    };
  }
  // A socket error can reach us as text only (the SDK wraps what it does not recognise as an Error).
  const socket = /\b(E[A-Z_]{3,})\b(?: (\S+))?/.exec(e.message ?? '');
  const networkCode = [e.code, code, socket?.[1]].find((c) => c && NETWORK.has(c));
  if (networkCode) {
    const where =
      e.hostname ??
      (e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : socket?.[1] === networkCode && socket[2] ? socket[2] : endpoint);
    return {
      kind: 'network',
      text: `could not reach ${where}${region ? ` for ${region}` : ''} (${networkCode})`,
      remediation: `Check the region name, the endpoint (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_${service} when set, a VPC endpoint's DNS) and the proxy settings (${proxySettings(context.env)}).`,
    };
  }
  const message = plainMessage(e);
  return {
    kind: 'other',
    text: `${code && code !== 'Error' && code !== 'Unknown' ? code : 'failed'}${status ? ` (HTTP ${status})` : ''}${message ? `: ${message}` : ''}`,
    remediation: 'Re-run; if it persists, the message above says what AWS objected to.',
  };
}

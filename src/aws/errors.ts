/**
 * AWS failures in words a person acts on, in one place. Every AWS call goes through
 * `awsCall`, which names the call (service, action, region) and turns whatever the SDK threw
 * into one of a few kinds, each with what happened and what to do. No SDK-internal text
 * ("Deserialization error", "$response", package names) reaches an output.
 */
import { firstBytes, NotAnAwsAnswer } from './answers.js';
import { DEFAULT_AWS_BOUNDS, type AwsBounds } from './clients.js';

export class AwsAccessError extends Error {
  override name = 'AwsAccessError';
  constructor(
    message: string,
    readonly remediation?: string,
  ) {
    super(message);
  }
}

export type AwsService = 'RDS' | 'STS' | 'EC2';

/** One AWS API call, as findings name it. */
export interface AwsCall {
  service: AwsService;
  action: string;
  region: string;
}

export type AwsProblemKind =
  'access-denied' | 'throttled' | 'aws-side' | 'network' | 'timeout' | 'deadline' | 'not-an-aws-answer' | 'credentials' | 'other';

export interface AwsProblem {
  kind: AwsProblemKind;
  /** What happened, without the call's name. */
  text: string;
  /** What a person does about it. */
  remediation: string;
}

/** What the classifier knows beyond the error. */
export interface CallContext {
  bounds?: AwsBounds;
  /** The whole inspection's deadline; once aborted, every failure is the deadline's. */
  deadline?: AbortSignal;
  timeoutMinutes?: number;
  /** The principal the calls run as, when known (GetCallerIdentity's ARN). */
  principal?: string;
  env?: NodeJS.ProcessEnv;
}

export const HEALTH_DASHBOARD = 'https://health.aws.amazon.com/health/status';

const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedAccess',
]);
const THROTTLED = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'PriorRequestNotComplete',
]);
const CREDENTIALS = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'RequestExpired',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'IncompleteSignature',
  'InvalidAccessKeyId',
]);
const NETWORK = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ECONNABORTED',
  'EPROTO',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Text that only means something to the SDK's authors. */
const SDK_INTERNAL = /@aws-sdk|@smithy|\$response|\$metadata|Deserialization error|\{error\}|node-http-handler|AWS SDK error wrapper/i;

interface SdkError {
  name?: string;
  code?: string;
  Code?: string;
  message?: string;
  hostname?: string;
  address?: string;
  port?: number;
  $fault?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
  $response?: { statusCode?: number; headers?: Record<string, string>; body?: unknown };
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const times = (n: number) => `${n} time${n === 1 ? '' : 's'}`;

/** The endpoint the SDK calls for a service and region, as far as the environment tells. */
export function endpointFor(service: AwsService, region: string, env: NodeJS.ProcessEnv = {}): string {
  const configured = env[`AWS_ENDPOINT_URL_${service}`] ?? env.AWS_ENDPOINT_URL;
  if (configured) return hostOf(configured);
  return `${service.toLowerCase()}.${region}.amazonaws.com`;
}

/** host[:port] of a URL, never its credentials. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(unreadable URL)';
  }
}

function proxySettings(env: NodeJS.ProcessEnv = {}): string {
  const proxy = env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy;
  const noProxy = env.NO_PROXY ?? env.no_proxy;
  return `HTTPS_PROXY is ${proxy ? `${hostOf(proxy)}` : 'not set'}, NO_PROXY is ${noProxy ? `"${noProxy}"` : 'not set'}`;
}

/** The SDK's message, or nothing when it is the SDK talking about itself. */
function plainMessage(e: SdkError): string {
  const message = (e.message ?? '').split('\n')[0].trim();
  return !message || message === 'Unknown' || SDK_INTERNAL.test(message) ? '' : message;
}

function bodyOf(e: SdkError): string {
  const body = e.$response?.body;
  return body instanceof Uint8Array || typeof body === 'string' ? firstBytes(body) : '';
}

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
      remediation: `Something other than AWS answered: a proxy's login or block page, a captive portal, or a wrong endpoint setting (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_${service}). Check them and the proxy settings (${proxySettings(context.env)}).`,
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
      remediation: `Something other than AWS answered: a proxy's login or block page, a captive portal, or a wrong endpoint setting (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_${service}). Check them and the proxy settings (${proxySettings(context.env)}).`,
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

/** A failed AWS call: which one, and its problem in words. */
export class AwsCallError extends Error {
  override name = 'AwsCallError';
  constructor(
    readonly call: AwsCall,
    readonly problem: AwsProblem,
  ) {
    super(`${call.service} ${call.action} in ${call.region}: ${problem.text}`);
  }
}

/** Runs one AWS call (all its pages and attempts); a failure becomes an AwsCallError naming it. */
export async function awsCall<T>(call: AwsCall, context: CallContext, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AwsCallError || error instanceof AwsAccessError) throw error;
    throw new AwsCallError(call, classifyAwsError(error, call, context));
  }
}

/** An AWS failure in words, when the call is not known. */
export function describeAwsError(error: unknown): string {
  if (error instanceof AwsCallError || error instanceof AwsAccessError) return error.message;
  return classifyAwsError(error).text;
}

export function errorName(error: unknown): string {
  return (error as { name?: string }).name ?? '';
}

/**
 * What an error the AWS SDK throws carries: its code, grouped by what it means, and its
 * message when that is meant for people. No SDK-internal text ("Deserialization error",
 * "$response", package names) reaches an output.
 */
import { firstBytes } from '../base/first-bytes.js';

export const ACCESS_DENIED = new Set([
  'AccessDenied',
  'AccessDeniedException',
  'UnauthorizedOperation',
  'AuthorizationError',
  'UnauthorizedAccess',
]);
export const THROTTLED = new Set([
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
export const CREDENTIALS = new Set([
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
export const NETWORK = new Set([
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
export const SDK_INTERNAL =
  /@aws-sdk|@smithy|\$response|\$metadata|Deserialization error|\{error\}|node-http-handler|AWS SDK error wrapper/i;

export interface SdkError {
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

/** The SDK's message, or nothing when it is the SDK talking about itself. */
export function plainMessage(e: SdkError): string {
  const message = (e.message ?? '').split('\n')[0].trim();
  return !message || message === 'Unknown' || SDK_INTERNAL.test(message) ? '' : message;
}

export function bodyOf(e: SdkError): string {
  const body = e.$response?.body;
  return body instanceof Uint8Array || typeof body === 'string' ? firstBytes(body) : '';
}

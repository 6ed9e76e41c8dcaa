/**
 * AWS failures in words a person acts on, in one place. Every AWS call goes through
 * `awsCall`, which names the call (service, action, region) and turns whatever the SDK threw
 * into one of a few kinds (classify-error.ts), each with what happened and what to do.
 */
import type { AwsCall, AwsProblem, CallContext } from './aws-problem.js';
import { classifyAwsError } from './classify-error.js';

export class AwsAccessError extends Error {
  override name = 'AwsAccessError';
  constructor(
    message: string,
    readonly remediation?: string,
  ) {
    super(message);
  }
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

/** `error` as a failed `call`: itself when it already names its call, else classified as that call's failure. */
export function asCallError(error: unknown, call: AwsCall, context: CallContext): AwsCallError {
  return error instanceof AwsCallError ? error : new AwsCallError(call, classifyAwsError(error, undefined, context));
}

/** An AWS failure in words, when the call is not known. */
export function describeAwsError(error: unknown): string {
  if (error instanceof AwsCallError || error instanceof AwsAccessError) return error.message;
  return classifyAwsError(error).text;
}

export function errorName(error: unknown): string {
  return (error as { name?: string }).name ?? '';
}

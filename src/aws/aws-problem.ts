/** An AWS failure as the outputs name it: the call, the kind of problem, and what a person does about it. */
import type { AwsBounds } from './clients.js';

export type AwsService = 'RDS' | 'STS' | 'EC2' | 'Organizations';

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

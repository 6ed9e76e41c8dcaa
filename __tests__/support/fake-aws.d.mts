export function toXml(name: string, value: unknown): string;
export function oidcToken(claims: Record<string, unknown>): string;
export type AwsFault =
  'AccessDenied' | 'Throttling' | 'ServerError' | 'BrokenServerError' | 'Silent' | 'Trickle' | 'Empty' | 'Html' | 'WrongXml';
export interface FakeOptions {
  pageSize: number;
  latencyMs: number;
  /** Up to this many more milliseconds per call, at random (unseeded): answers finish in any order. */
  latencyJitterMs: number;
  throttleRate: number;
  serverErrorRate: number;
  accessDenied: Set<string>;
  /** Region (or '*') → action → fault. */
  failActions: Record<string, Record<string, AwsFault>>;
  /** Milliseconds between the bytes of a Trickle answer. */
  trickleMs: number;
  /** The first N AssumeRoleWithWebIdentity calls answer IDPCommunicationError. */
  assumeRoleFailures: number;
  /** Describes of a database before an immediate modification takes effect. */
  settlePolls: number;
  /** Identifiers whose Modify* call fails. */
  failModify: Set<string>;
}
export interface Call {
  service: 'rds' | 'sts' | 'ec2';
  action: string;
  region: string;
}
export class FakeAws {
  constructor(seed: Record<string, any>);
  seed: Record<string, any>;
  calls: Call[];
  url: string;
  tokenRequests: number;
  tokensSeen: string[];
  modifications: Record<string, string>[];
  set(options: Partial<FakeOptions>): this;
  start(): Promise<this>;
  stop(): Promise<void>;
  env(extra?: Record<string, string>): Record<string, string>;
  oidcEnv(claims?: Record<string, unknown>): Record<string, string>;
  countCalls(filter?: (c: Call) => boolean): number;
}

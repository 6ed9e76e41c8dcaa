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
  /** Member accounts whose role AssumeRole refuses (AccessDenied), whatever the role name and ExternalId. */
  denyAssume: Set<string>;
  /**
   * Member account → action (or '*') → fault, for calls signed with that member's AssumeRole keys; the key
   * `AssumeRole` also applies to AssumeRole calls whose RoleArn names that account.
   */
  failAccounts: Record<string, Record<string, AwsFault>>;
  /**
   * The AWS partition played (default 'aws'): every ARN answered is in it (the seed's `arn:aws:` ARNs are moved into
   * it), and a call signed for a region of another partition answers InvalidClientTokenId (Organizations:
   * UnrecognizedClientException), as that partition's endpoint would; AssumeRole* refuse a RoleArn of another partition.
   */
  partition: string;
}
export interface Call {
  service: 'rds' | 'sts' | 'ec2' | 'organizations';
  action: string;
  /** The region the call was signed for; '' for an unsigned call (AssumeRoleWithWebIdentity), which names none. */
  region: string;
  /** The account the signer's key is served as: the member for AssumeRole-issued keys, else the hub. */
  account: string;
  /** AssumeRole only: the account of the RoleArn. */
  target?: string;
}
/** What an AssumeRole call asked for, as sent. */
export interface AssumeRoleCall {
  RoleArn?: string;
  RoleSessionName?: string;
  ExternalId?: string;
  DurationSeconds?: string;
}
export class FakeAws {
  constructor(seed: Record<string, any>);
  seed: Record<string, any>;
  calls: Call[];
  url: string;
  tokenRequests: number;
  tokensSeen: string[];
  modifications: Record<string, string>[];
  /** Every AssumeRole call's parameters, in order (refused and faulted ones too). */
  assumedRoles: AssumeRoleCall[];
  set(options: Partial<FakeOptions>): this;
  start(): Promise<this>;
  stop(): Promise<void>;
  env(extra?: Record<string, string>): Record<string, string>;
  oidcEnv(claims?: Record<string, unknown>): Record<string, string>;
  countCalls(filter?: (c: Call) => boolean): number;
}

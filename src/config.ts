/** What a run was asked to do: the model every layer reads, parsed from the inputs by src/inputs/ (the parser lives apart from it). */

/** How a probe speaks to its endpoint before TLS starts. */
export type Protocol = 'postgres' | 'mysql' | 'tls';

export interface ProbeTarget {
  /** What the finding names: a database id or the probe-targets entry. */
  name: string;
  protocol: Protocol;
  host: string;
  port: number;
  /** The database's region: a one-region bundle for another region is not tried against it. */
  region?: string;
  /** An RDS Proxy endpoint: it presents an ACM certificate (Amazon Trust Services roots), not an RDS CA's. */
  proxy?: boolean;
}

export interface ProbeConfig {
  enabled: boolean;
  targets: ProbeTarget[];
  bundle?: string;
  timeoutSeconds: number;
}

export type FailOn = 'error' | 'warning' | 'never';

export interface ReportConfig {
  token?: string;
  /** Identifies the one issue of this scope (hidden marker). */
  key: string;
  labels: string[];
  assignees: string[];
  title: string;
  /** `scope`: one issue for the run; `account`: one per AWS account (and one for the repository's own findings). */
  issueScope: 'scope' | 'account';
}

export interface RotateConfig {
  dryRun: boolean;
  applyImmediately: boolean;
  allowRestart: boolean;
  skipTrustCheck: boolean;
  maxDatabases: number;
  protectedEnvironments: string[];
  confirm?: string;
  concurrency: number;
  waitTimeoutMinutes: number;
  waitPollSeconds: number;
  continueOnError: boolean;
}

export interface Config {
  mode: 'check' | 'report' | 'rotate' | 'aggregate';
  /** Aggregate mode: globs of the shards' JSON reports, relative to the workspace. */
  reports: string[];
  /** Aggregate mode: keep the tracking issue as report mode does. */
  issue: boolean;
  probe: ProbeConfig;
  /** The environments file's environments, when the file exists (read by applyEnvironment). */
  environments?: Readonly<Record<string, EnvironmentSelection>>;
  /** Absolute path of the environments file, and as the user wrote it. */
  configFile: { path: string; shownAs: string };
  environmentTag: string;
  rotate: RotateConfig;
  environment?: string;
  report: ReportConfig;
  offline: boolean;
  regions: string[];
  approvedCa: string[];
  paths: string[];
  exclude: string[];
  /** Globs of `terraform show -json` files, relative to the workspace. */
  terraformPlans: string[];
  /** Always starts with `changeit`. */
  truststorePasswords: string[];
  requireBundle: boolean;
  failOn: FailOn;
  /** Where the JSON report goes: inside RUNNER_TEMP or the workspace; none in the CLI unless asked. */
  reportFile?: string;
  sarifFile?: string;
  maxFileBytes: number;
  workspace: string;
  /** Resolve the account's enabled regions through EC2 (regions: all). */
  allRegions: boolean;
  aws: AwsConfig;
}

export interface AwsConfig {
  roleToAssume?: string;
  roleSessionName: string;
  roleDurationSeconds: number;
  /** The GitHub OIDC token's audience; undefined: the partition's default (see oidcAudience). */
  audience?: string;
  allowedAccountIds: string[];
  scope: Scope;
  expiryWarningDays: number;
  expiryErrorDays: number;
  /** The whole inspection's deadline (timeout-minutes). */
  timeoutMinutes: number;
  /** Several accounts, reached from the hub identity; undefined: the credentials' own account. */
  accounts?: AccountsConfig;
}

/** The member accounts of a multi-account run and how each is reached. */
export interface AccountsConfig {
  /** Listed account ids, or every active account of the organization (under these OUs or roots, when any). */
  from: { ids: string[] } | { organizationUnits: string[] };
  /** The role ARN in a member account: a template with `{account}`. */
  roleArn: string;
  externalId?: string;
  /** Member accounts inspected at a time. */
  concurrency: number;
}

/** How an environment of the environments file selects its databases. */
export interface EnvironmentSelection {
  regions?: readonly string[];
  tags?: Readonly<Record<string, string>>;
  identifiers?: readonly string[];
  'exclude-identifiers'?: readonly string[];
}

export interface Scope {
  /** key → value; every one must match. */
  tags: Record<string, string>;
  /** Databases whose `tag` names this environment, compared case-insensitively as GitHub compares environment names. */
  environment?: { tag: string; name: string };
  engines: string[];
  identifiers: string[];
  excludeIdentifiers: string[];
}

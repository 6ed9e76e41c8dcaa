/**
 * The action's inputs: names, defaults and validation in one place. action.yml repeats
 * the defaults for GitHub's UI and a test holds it to this table. The CLI maps its
 * flags onto the same names.
 */
import { isAbsolute, join, resolve } from 'node:path';
import { isInside } from './base/path-inside.js';
import type { Catalog } from './catalog/catalog.js';
import { parseProbeTarget } from './probe/run.js';
import type { Config, ProbeTarget, ReportConfig } from './config.js';
import { InputError } from './errors.js';

export interface InputSpec {
  default: string;
  description: string;
}

export const INPUTS = {
  mode: {
    default: 'check',
    description:
      "What to do. `check`: judge the repository (and, unless offline, the databases) and fail per `fail-on`. `report`: the same checks, kept in one tracking issue (for a nightly schedule). `rotate`: move the `environment`'s databases to the target CA (for workflow_dispatch).",
  },
  offline: {
    default: 'false',
    description:
      '`true` checks the repository alone, with no AWS access (forks, fresh machines). Without it the action needs AWS credentials, and fails closed without them.',
  },
  regions: {
    default: '',
    description:
      "Regions in scope, comma- or newline-separated, or `all` (the account's enabled regions). Default: AWS_REGION / AWS_DEFAULT_REGION; offline with neither, every commercial region of the embedded catalog.",
  },
  'role-to-assume': {
    default: '',
    description:
      "ARN of the IAM role to assume through GitHub OIDC (needs `permissions: id-token: write`). Without it, the AWS SDK's default credential chain (e.g. a configure-aws-credentials step).",
  },
  'role-session-name': { default: 'rds-ca-guard', description: 'Session name for the assumed role (shows in CloudTrail).' },
  'role-duration-seconds': { default: '3600', description: "Lifetime of the assumed role's credentials, 900 to 43200 seconds." },
  audience: { default: 'sts.amazonaws.com', description: 'Audience of the GitHub OIDC token.' },
  'allowed-account-ids': {
    default: '',
    description: 'AWS account ids the credentials may belong to; any other account is refused before anything is inspected.',
  },
  tags: {
    default: '',
    description: 'Only databases carrying every one of these tags, e.g. `Environment=prod` (comma- or newline-separated, ANDed).',
  },
  engines: {
    default: 'mysql,mariadb,postgres,oracle,sqlserver,db2,aurora,docdb',
    description:
      'Engines in scope; an entry matches an engine of that name or its editions (`oracle` matches `oracle-ee`). Neptune is never in scope: its clients verify Amazon Trust Services roots.',
  },
  identifiers: { default: '*', description: 'Globs of database (or Multi-AZ cluster) identifiers in scope.' },
  'exclude-identifiers': { default: '', description: 'Globs of database identifiers out of scope.' },
  'expiry-warning-days': {
    default: '180',
    description:
      "A database's CA (or, where it cannot rotate without a restart, its server certificate) expiring within this many days is a warning.",
  },
  'expiry-error-days': { default: '30', description: 'Within this many days, an error.' },
  'approved-ca': {
    default: 'rds-ca-rsa2048-g1,rds-ca-rsa4096-g1,rds-ca-ecc384-g1',
    description: 'CA identifiers databases may use. The first is the target: bundles must hold its root for every region in scope.',
  },
  paths: {
    default: '**',
    description:
      'Globs (relative to the workspace) of files to scan. A path without glob characters names a file or a directory and must exist.',
  },
  exclude: { default: '', description: 'Globs of files not to scan.' },
  'terraform-plan': {
    default: '',
    description:
      'Globs (relative to the workspace) of `terraform show -json` plan files: the CA each planned `aws_db_instance`, `aws_rds_cluster_instance`, `aws_docdb_cluster_instance` and `aws_rds_cluster` will have, with variables, modules and registry defaults resolved by Terraform. A glob that matches no file is an error.',
  },
  'truststore-passwords': {
    default: '',
    description:
      'Extra passwords to try on JKS/PKCS#12 truststores (after `changeit`), one per line; a comma is part of a password. Pass them from a secret; they are masked.',
  },
  'require-bundle': { default: 'false', description: '`true` makes "no RDS bundle in the repository" an error instead of a notice.' },
  'fail-on': {
    default: '',
    description:
      'Lowest severity that fails the job: `error`, `warning`, or `never`. Default: `error` in check mode, `never` in report mode (the issue carries the news).',
  },
  'report-file': {
    default: '',
    description:
      'Where to write the JSON report, inside `$RUNNER_TEMP` or the workspace and never onto a file git tracks. Default: `$RUNNER_TEMP/rds-ca-guard-report.json`.',
  },
  'sarif-file': {
    default: '',
    description:
      'Where to write a SARIF 2.1.0 file for github/codeql-action/upload-sarif, inside `$RUNNER_TEMP` or the workspace and never onto a file git tracks. Default: none.',
  },
  'max-file-size-mb': { default: '5', description: 'Files larger than this are skipped with a notice.' },
  probe: {
    default: 'false',
    description:
      '`true` makes the TLS handshake with every database endpoint in scope (from a runner that can reach them) and verifies what it presents against the bundle.',
  },
  'probe-targets': {
    default: '',
    description:
      'Extra endpoints to probe, also offline: `postgres://host:port`, `mysql://host:port`, `tls://host:port` (proxies, tunnels, databases outside AWS).',
  },
  'probe-bundle': {
    default: '',
    description: 'The bundle (a path in the repository) the application uses; default: each RDS bundle found in the repository.',
  },
  'timeout-minutes': {
    default: '10',
    description:
      'Minutes the whole AWS inspection may take (1 to 360). Regions not inspected by then are `region-not-inspected` errors naming the call AWS did not answer; each call is also bounded (5 s to connect, 30 s to answer, per attempt).',
  },
  'probe-timeout-seconds': { default: '5', description: 'Seconds each probe may take before the endpoint counts as unreachable.' },
  'github-token': {
    default: '${{ github.token }}',
    description: 'Token for the tracking issue in report mode (needs `permissions: issues: write`).',
  },
  environment: {
    default: '',
    description:
      "The environment this run covers. Its databases are the environments file's entry for it, else those tagged <environment-tag>=<name>; report mode keeps one issue per repository and environment.",
  },
  'issue-key': {
    default: '',
    description: 'Report mode: an explicit key for the tracking issue, instead of the repository and environment.',
  },
  'issue-labels': {
    default: 'rds-ca',
    description:
      'Report mode: labels of the tracking issue (created when missing). Any of them finds the issue again (by its hidden marker).',
  },
  'issue-assignees': { default: '', description: 'Report mode: users assigned to the tracking issue when it is created.' },
  config: {
    default: '.github/rds-ca-guard.yml',
    description:
      'Environments file inside the workspace (it can add protection, never remove it): per environment, regions, tags, identifiers, role-to-assume and protected. Without it, environment X means tag <environment-tag>=X within `regions`.',
  },
  'environment-tag': {
    default: 'Environment',
    description: "Tag key that names a database's environment when the environments file does not define it.",
  },
  'dry-run': { default: 'true', description: 'Rotate mode: `true` writes the plan and changes nothing; `false` applies it.' },
  apply: { default: 'immediately', description: 'Rotate mode: `immediately`, or `next-maintenance-window`.' },
  'allow-restart': {
    default: 'false',
    description: 'Rotate mode: `true` allows changes that restart a database (engine versions that cannot rotate without one).',
  },
  'skip-trust-check': {
    default: 'false',
    description:
      "Rotate mode: `true` rotates even when the repository's bundles do not yet trust the target root (clients may fail to connect).",
  },
  'max-databases': { default: '10', description: 'Rotate mode: the most databases one run may change.' },
  'protected-environments': {
    default: 'prod,production',
    description: "Rotate mode: environments that need `confirm` equal to their name (names compare case-insensitively, as GitHub's do).",
  },
  confirm: { default: '', description: "Rotate mode: the environment's name, to rotate a protected environment." },
  concurrency: { default: '2', description: 'Rotate mode: databases changed at a time.' },
  'wait-timeout-minutes': {
    default: '60',
    description: 'Rotate mode: how long to wait for each database to be available again on the target CA (apply: immediately).',
  },
  'wait-poll-seconds': { default: '30', description: 'Rotate mode: seconds between status polls while waiting.' },
  'continue-on-error': { default: 'false', description: 'Rotate mode: `true` keeps starting changes after one fails.' },
  'issue-title': {
    default: '',
    description: 'Report mode: title of the tracking issue. Default: "RDS CA rotation: <repository>[ (<environment>)]".',
  },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;
/**
 * A list input's items, and whether one is empty (`a,,b`, or a lone comma). A comma at the end
 * of a line (`a,\nb`) and blank lines are layout, not empty items.
 */
function listItems(value: string): { items: string[]; emptyItem: boolean } {
  const items: string[] = [];
  let emptyItem = false;
  for (const line of value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const parts = line
      .replace(/,$/, '')
      .split(',')
      .map((s) => s.trim());
    if (parts.some((p) => !p)) emptyItem = true;
    items.push(...parts.filter(Boolean));
  }
  return { items, emptyItem };
}

/** One password per line, always: a comma is part of a password. Leading and trailing blanks are not. */
function splitPasswords(value: string): string[] {
  return value
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Plain decimal digits, optionally with a fractional part: no sign, exponent, hex, or blanks. */
const WHOLE = /^\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** The token as the runner substitutes it; a literal expression means nobody did (a local run). */
function token(value: string, env: NodeJS.ProcessEnv): string | undefined {
  if (value && !value.startsWith('${{')) return value;
  return env.GITHUB_TOKEN || undefined;
}

function reportConfig(
  get: (name: InputName) => string,
  list: (name: InputName) => string[],
  env: NodeJS.ProcessEnv,
  problems: string[],
  mode: string,
): ReportConfig {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const environment = get('environment');
  const labels = list('issue-labels');
  if (mode === 'report') {
    if (!repository)
      problems.push('Report mode needs GITHUB_REPOSITORY (owner/name), which the runner sets; set it when running elsewhere.');
    if (!labels.length) problems.push('Input `issue-labels` is empty; report mode needs at least one label to find its issue again.');
    if (!token(get('github-token'), env))
      problems.push('Input `github-token` is empty and GITHUB_TOKEN is not set; report mode needs a token with `issues: write`.');
  }
  return {
    token: token(get('github-token'), env),
    // One issue per environment however its name is cased (GitHub's names are case-insensitive).
    key: get('issue-key') || `${repository}${environment ? `:${environment.toLowerCase()}` : ''}`,
    labels,
    assignees: list('issue-assignees'),
    title: get('issue-title') || `RDS CA rotation: ${repository}${environment ? ` (${environment})` : ''}`,
  };
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
/** Larger files than this are not certificate material; Node reads no single buffer much larger. */
const MAX_FILE_MB = 1024;

export function parseInputs(
  read: (name: InputName) => string | undefined,
  env: NodeJS.ProcessEnv,
  catalog: Catalog,
  workspace: string,
): Config {
  const problems: string[] = [];
  const get = (name: InputName): string => {
    const value = read(name)?.trim();
    return value ? value : INPUTS[name].default;
  };
  const oneOf = <T extends string>(name: InputName, accepted: readonly T[]): T => {
    const value = get(name);
    if ((accepted as readonly string[]).includes(value)) return value as T;
    problems.push(`Input \`${name}\` is "${value}"; accepted: ${accepted.join(', ')}.`);
    return accepted[0];
  };
  /** A list input's items; an empty item is one problem, naming the input and the value. */
  const list = (name: InputName): string[] => {
    const { items, emptyItem } = listItems(get(name));
    if (emptyItem)
      problems.push(
        `Input \`${name}\` has an empty item in "${get(name)}"; accepted: items separated by one comma or newline, none of them empty.`,
      );
    return items;
  };
  const bool = (name: InputName): boolean => {
    const value = get(name).toLowerCase();
    if (value === 'true' || value === 'false') return value === 'true';
    problems.push(`Input \`${name}\` is "${get(name)}"; accepted: true, false.`);
    return false;
  };

  const mode = oneOf('mode', ['check', 'report', 'rotate'] as const);
  const offline = bool('offline');
  const known = catalog.caIds();
  const approvedCa = list('approved-ca');
  if (!approvedCa.length)
    problems.push(`Input \`approved-ca\` is empty; accepted: one or more of ${known.join(', ')} (the first is the target).`);
  for (const ca of approvedCa.filter((id) => !known.includes(id))) {
    problems.push(`Input \`approved-ca\` has unknown CA identifier "${ca}"; accepted: ${known.join(', ')} (the first is the target).`);
  }

  let regions = list('regions');
  const allRegions = regions.length === 1 && regions[0] === 'all';
  if (allRegions) regions = offline ? catalog.regions(approvedCa[0]) : [];
  else if (!regions.length) {
    const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (fromEnv) regions = [fromEnv];
    else if (offline) regions = catalog.regions(approvedCa[0]);
    else if (!get('environment'))
      problems.push(
        'Input `regions` is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; give regions (e.g. "us-east-1,eu-west-1") or set `offline: true`.',
      );
  }
  for (const region of regions.filter((r) => !REGION.test(r) && !(r === 'all' && allRegions))) {
    problems.push(`Input \`regions\` has invalid region name "${region}"; accepted: names like us-east-1, eu-west-2, or \`all\` alone.`);
  }

  const megabytesText = get('max-file-size-mb');
  const megabytes = DECIMAL.test(megabytesText) ? Number(megabytesText) : NaN;
  if (!(megabytes > 0 && megabytes <= MAX_FILE_MB)) {
    problems.push(
      `Input \`max-file-size-mb\` is "${megabytesText}"; accepted: a plain decimal number of megabytes above 0 and at most ${MAX_FILE_MB}, e.g. 5 or 0.5.`,
    );
  }

  const refused = new Set<InputName>();
  const whole = (name: InputName, min: number, max: number): number => {
    const text = get(name);
    const value = WHOLE.test(text) ? Number(text) : NaN;
    if (value >= min && value <= max) return value;
    problems.push(`Input \`${name}\` is "${text}"; accepted: a whole number in plain decimal digits from ${min} to ${max}.`);
    refused.add(name);
    return min;
  };
  const roleToAssume = get('role-to-assume') || undefined;
  if (roleToAssume && !/^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/.test(roleToAssume)) {
    problems.push(`Input \`role-to-assume\` is "${roleToAssume}"; accepted: a role ARN like arn:aws:iam::123456789012:role/rds-ca-guard.`);
  }
  const allowedAccountIds = list('allowed-account-ids');
  for (const account of allowedAccountIds.filter((a) => !/^\d{12}$/.test(a)))
    problems.push(`Input \`allowed-account-ids\` has "${account}"; accepted: 12-digit AWS account ids.`);
  const tags: Record<string, string> = {};
  for (const tag of list('tags')) {
    const eq = tag.indexOf('=');
    if (eq <= 0) problems.push(`Input \`tags\` has "${tag}"; accepted: Key=Value pairs, e.g. Environment=prod.`);
    else tags[tag.slice(0, eq).trim()] = tag.slice(eq + 1).trim();
  }
  const engines = list('engines').map((e) => e.toLowerCase());
  if (engines.some((e) => e.startsWith('neptune')))
    problems.push(
      'Input `engines` lists neptune; Neptune clients verify Amazon Trust Services roots, not the RDS CAs, so it cannot be checked here. Remove it.',
    );
  const expiryWarningDays = whole('expiry-warning-days', 0, 36500);
  const expiryErrorDays = whole('expiry-error-days', 0, 36500);
  // Only between two accepted values: a refused one is already its own problem.
  if (!refused.has('expiry-warning-days') && !refused.has('expiry-error-days') && expiryErrorDays > expiryWarningDays)
    problems.push(
      `Input \`expiry-error-days\` (${expiryErrorDays}) is larger than \`expiry-warning-days\` (${expiryWarningDays}); accepted: error days ≤ warning days.`,
    );

  if (mode === 'rotate' && !get('environment'))
    problems.push('Input `environment` is required in rotate mode: name the environment to rotate (e.g. dev).');
  if (mode === 'rotate' && offline) problems.push('Input `offline` is true, but rotate mode changes databases in AWS; remove `offline`.');

  const probeTargets: ProbeTarget[] = [];
  for (const entry of list('probe-targets')) {
    const target = parseProbeTarget(entry);
    if (typeof target === 'string') problems.push(`Input \`probe-targets\`: ${target}.`);
    else probeTargets.push(target);
  }

  const path = (value: string): string => (isAbsolute(value) ? resolve(value) : join(workspace, value));
  /** A file input to read must name a path inside the workspace (checked again, links resolved, when it is read). */
  const inWorkspace = (name: InputName): string => {
    const absolute = path(get(name));
    if (!isInside(resolve(workspace), absolute))
      problems.push(
        `Input \`${name}\` is "${get(name)}", outside the workspace; accepted: a file inside the workspace, e.g. ${INPUTS[name].default}. It was not read.`,
      );
    return absolute;
  };
  const config: Config = {
    mode,
    probe: {
      enabled: bool('probe'),
      targets: probeTargets,
      bundle: get('probe-bundle').replace(/^\.\//, '') || undefined,
      timeoutSeconds: whole('probe-timeout-seconds', 1, 120),
    },
    configFile: { path: inWorkspace('config'), shownAs: get('config') },
    environmentTag: get('environment-tag'),
    rotate: {
      dryRun: bool('dry-run'),
      applyImmediately: oneOf('apply', ['immediately', 'next-maintenance-window'] as const) === 'immediately',
      allowRestart: bool('allow-restart'),
      skipTrustCheck: bool('skip-trust-check'),
      maxDatabases: whole('max-databases', 1, 10000),
      protectedEnvironments: list('protected-environments'),
      confirm: get('confirm') || undefined,
      concurrency: whole('concurrency', 1, 50),
      waitTimeoutMinutes: whole('wait-timeout-minutes', 1, 1440),
      waitPollSeconds: whole('wait-poll-seconds', 1, 600),
      continueOnError: bool('continue-on-error'),
    },
    environment: get('environment') || undefined,
    report: reportConfig(get, list, env, problems, mode),
    offline,
    regions: [...new Set(regions)],
    approvedCa,
    paths: list('paths'),
    exclude: list('exclude'),
    terraformPlans: list('terraform-plan'),
    truststorePasswords: ['changeit', ...splitPasswords(get('truststore-passwords')).filter((p) => p !== 'changeit')],
    requireBundle: bool('require-bundle'),
    failOn: read('fail-on')?.trim() ? oneOf('fail-on', ['error', 'warning', 'never'] as const) : mode === 'report' ? 'never' : 'error',
    // Never a fixed name in a shared temporary directory: RUNNER_TEMP is the job's own.
    // Where outputs may go is checked when they are written (src/outputs.ts), links resolved.
    reportFile: get('report-file')
      ? path(get('report-file'))
      : env.RUNNER_TEMP
        ? join(env.RUNNER_TEMP, 'rds-ca-guard-report.json')
        : undefined,
    sarifFile: get('sarif-file') ? path(get('sarif-file')) : undefined,
    maxFileBytes: Math.round(megabytes * 1024 * 1024),
    workspace,
    allRegions,
    aws: {
      roleToAssume,
      roleSessionName: get('role-session-name'),
      roleDurationSeconds: whole('role-duration-seconds', 900, 43200),
      audience: get('audience'),
      allowedAccountIds,
      scope: { tags, engines, identifiers: list('identifiers'), excludeIdentifiers: list('exclude-identifiers') },
      expiryWarningDays,
      expiryErrorDays,
      timeoutMinutes: whole('timeout-minutes', 1, 360),
    },
  };
  if (problems.length) throw new InputError(problems);
  return config;
}

/**
 * The action's inputs: names, defaults and validation in one place. action.yml repeats
 * the defaults for GitHub's UI and a test holds it to this table. The CLI maps its
 * flags onto the same names.
 */
import { isAbsolute, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Catalog } from './catalog/catalog.js';

export interface InputSpec {
  default: string;
  description: string;
}

export const INPUTS = {
  mode: { default: 'check', description: 'What to do. `check`: judge the repository (and, unless offline, the databases) and fail per `fail-on`.' },
  offline: { default: 'false', description: '`true` checks the repository alone, with no AWS access (forks, fresh machines). Without it the action needs AWS credentials, and fails closed without them.' },
  regions: { default: '', description: 'Regions in scope, comma- or newline-separated. Default: AWS_REGION / AWS_DEFAULT_REGION; offline with neither, every commercial region of the embedded catalog.' },
  'approved-ca': { default: 'rds-ca-rsa2048-g1,rds-ca-rsa4096-g1,rds-ca-ecc384-g1', description: 'CA identifiers databases may use. The first is the target: bundles must hold its root for every region in scope.' },
  paths: { default: '**', description: 'Globs (relative to the workspace) of files to scan. A path without glob characters must exist.' },
  exclude: { default: '', description: 'Globs of files not to scan.' },
  'truststore-passwords': { default: '', description: 'Extra passwords to try on JKS/PKCS#12 truststores (after `changeit`), one per line (or comma-separated on one line). Pass them from a secret; they are masked.' },
  'require-bundle': { default: 'false', description: '`true` makes "no RDS bundle in the repository" an error instead of a notice.' },
  'fail-on': { default: 'error', description: 'Lowest severity that fails the job: `error`, `warning`, or `never`.' },
  'report-file': { default: '', description: 'Where to write the JSON report. Default: `$RUNNER_TEMP/rds-ca-guard-report.json`.' },
  'sarif-file': { default: '', description: 'Where to write a SARIF 2.1.0 file for github/codeql-action/upload-sarif. Default: none.' },
  'max-file-size-mb': { default: '5', description: 'Files larger than this are skipped with a notice.' },
} as const satisfies Record<string, InputSpec>;

export type InputName = keyof typeof INPUTS;
export type FailOn = 'error' | 'warning' | 'never';

export interface Config {
  mode: 'check';
  offline: boolean;
  regions: string[];
  approvedCa: string[];
  paths: string[];
  exclude: string[];
  /** Always starts with `changeit`. */
  truststorePasswords: string[];
  requireBundle: boolean;
  failOn: FailOn;
  reportFile: string;
  sarifFile?: string;
  maxFileBytes: number;
  workspace: string;
}

/** Every wrong input at once, each naming the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
  }
}

export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Passwords may hold commas: one per line when there are several lines. */
function splitPasswords(value: string): string[] {
  return value.includes('\n') ? value.split('\n').map((s) => s.trim()).filter(Boolean) : splitList(value);
}

const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

export function parseInputs(read: (name: InputName) => string | undefined, env: NodeJS.ProcessEnv, catalog: Catalog, workspace: string): Config {
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
  const bool = (name: InputName): boolean => {
    const value = get(name).toLowerCase();
    if (value === 'true' || value === 'false') return value === 'true';
    problems.push(`Input \`${name}\` is "${get(name)}"; accepted: true, false.`);
    return false;
  };

  const mode = oneOf('mode', ['check'] as const);
  const offline = bool('offline');
  const known = catalog.caIds();
  const approvedCa = splitList(get('approved-ca'));
  const unknownCa = approvedCa.filter((ca) => !known.includes(ca));
  if (!approvedCa.length || unknownCa.length) {
    problems.push(`Input \`approved-ca\` has unknown CA identifier(s) "${unknownCa.join(', ')}"; accepted: ${known.join(', ')} (the first is the target).`);
  }

  let regions = splitList(get('regions'));
  if (!regions.length) {
    const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (fromEnv) regions = [fromEnv];
    else if (offline) regions = catalog.regions(approvedCa[0]);
    else problems.push('Input `regions` is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; give regions (e.g. "us-east-1,eu-west-1") or set `offline: true`.');
  }
  const badRegions = regions.filter((r) => !REGION.test(r));
  if (badRegions.length) problems.push(`Input \`regions\` has invalid region name(s) "${badRegions.join(', ')}"; accepted: names like us-east-1, eu-west-2.`);

  const megabytes = Number(get('max-file-size-mb'));
  if (!Number.isFinite(megabytes) || megabytes <= 0) problems.push(`Input \`max-file-size-mb\` is "${get('max-file-size-mb')}"; accepted: a positive number of megabytes.`);

  const path = (value: string): string => (isAbsolute(value) ? value : join(workspace, value));
  const config: Config = {
    mode,
    offline,
    regions: [...new Set(regions)],
    approvedCa,
    paths: splitList(get('paths')),
    exclude: splitList(get('exclude')),
    truststorePasswords: ['changeit', ...splitPasswords(get('truststore-passwords')).filter((p) => p !== 'changeit')],
    requireBundle: bool('require-bundle'),
    failOn: oneOf('fail-on', ['error', 'warning', 'never'] as const),
    reportFile: get('report-file') ? path(get('report-file')) : join(env.RUNNER_TEMP || tmpdir(), 'rds-ca-guard-report.json'),
    sarifFile: get('sarif-file') ? path(get('sarif-file')) : undefined,
    maxFileBytes: Math.round(megabytes * 1024 * 1024),
    workspace,
  };
  if (problems.length) throw new InputError(problems);
  return config;
}

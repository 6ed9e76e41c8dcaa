/** The files: how large a file is read, which are scanned, the environments file, and where the reports go. */
import { isAbsolute, join, resolve } from 'node:path';
import { isInside } from '../base/path-inside.js';
import type { Config } from '../config.js';
import { INPUTS, type InputName } from './declaration.js';
import type { InputReader } from './reader.js';
import { positiveDecimal } from '../base/validators.js';

/** Larger files than this are not certificate material; Node reads no single buffer much larger. */
const MAX_FILE_MB = INPUTS['max-file-size-mb'].kind.max;

export function maxFileBytesOf(r: InputReader): number {
  const text = r.get('max-file-size-mb');
  const parsed = positiveDecimal(MAX_FILE_MB).safeParse(text);
  if (!parsed.success)
    r.problem(
      `Input \`max-file-size-mb\` is "${text}"; accepted: a plain decimal number of megabytes above 0 and at most ${MAX_FILE_MB}, e.g. 5 or 0.5.`,
    );
  return Math.round((parsed.success ? parsed.data : NaN) * 1024 * 1024);
}

/** A path input: absolute as given, else relative to the workspace. */
const pathIn = (workspace: string, value: string): string => (isAbsolute(value) ? resolve(value) : join(workspace, value));

/** The environments file, which must be inside the workspace (checked again, links resolved, when it is read). */
export function configFileOf(r: InputReader, workspace: string): Config['configFile'] {
  const name: InputName = 'config';
  const absolute = pathIn(workspace, r.get(name));
  if (!isInside(resolve(workspace), absolute))
    r.problem(
      `Input \`${name}\` is "${r.get(name)}", outside the workspace; accepted: a file inside the workspace, e.g. ${INPUTS[name].default}. It was not read.`,
    );
  return { path: absolute, shownAs: r.get(name) };
}

type Files = Pick<
  Config,
  'paths' | 'exclude' | 'terraformPlans' | 'truststorePasswords' | 'requireBundle' | 'failOn' | 'reportFile' | 'sarifFile'
>;

/** What is scanned, what fails the job and where the reports are written. */
export function filesOf(r: InputReader, env: NodeJS.ProcessEnv, workspace: string, mode: Config['mode']): Files {
  return {
    paths: r.list('paths'),
    exclude: r.list('exclude'),
    terraformPlans: r.list('terraform-plan'),
    truststorePasswords: ['changeit', ...r.lines('truststore-passwords').filter((p) => p !== 'changeit')],
    requireBundle: r.bool('require-bundle'),
    failOn: r.given('fail-on') ? r.choice('fail-on') : mode === 'report' ? 'never' : 'error',
    // Never a fixed name in a shared temporary directory: RUNNER_TEMP is the job's own.
    // Where outputs may go is checked when they are written (src/outputs.ts), links resolved.
    reportFile: r.get('report-file')
      ? pathIn(workspace, r.get('report-file'))
      : env.RUNNER_TEMP
        ? join(env.RUNNER_TEMP, 'rds-ca-guard-report.json')
        : undefined,
    sarifFile: r.get('sarif-file') ? pathIn(workspace, r.get('sarif-file')) : undefined,
  };
}

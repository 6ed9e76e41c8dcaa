/**
 * Writes the report and SARIF files; shared by the action and the CLI. An output never lands on
 * a file git tracks nor goes through a symbolic link; in the action it goes only inside
 * RUNNER_TEMP or the workspace (links resolved). The CLI writes where its own command line
 * says. One that cannot be written is a problem naming its input; the others are still written.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, writeSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { isInside } from './base/path-inside.js';
import { jsonReport } from './render/json.js';
import { sarifLog } from './render/sarif.js';
import type { Config } from './config.js';
import type { CheckOutcome } from './model/outcome.js';
import { multiAccount } from './model/fleet.js';

export interface OutputProblem {
  input: 'report-file' | 'sarif-file';
  path: string;
  reason: string;
}

/** The message a person reads: the input, the path and why. */
export function describeOutputProblem(p: OutputProblem): string {
  return `Input \`${p.input}\` (${p.path}): ${p.reason}`;
}

/** The path `input` was written to: undefined when it was not asked for, or could not be written. */
export function writtenOutput(config: Config, problems: readonly OutputProblem[], input: OutputProblem['input']): string | undefined {
  const path = input === 'report-file' ? config.reportFile : config.sarifFile;
  return path && !problems.some((p) => p.input === input) ? path : undefined;
}

/** Where `path` really lands: its deepest existing ancestor directory with links resolved, plus the rest. */
function realTarget(path: string): string {
  let dir = dirname(path);
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return resolve(realpathSync(dir), relative(dir, path));
}

/** true/false when git can tell; undefined when the workspace is not a git checkout (or git is missing). */
function trackedByGit(workspace: string, path: string): boolean | undefined {
  try {
    execFileSync('git', ['-C', workspace, 'rev-parse', '--is-inside-work-tree'], { stdio: 'ignore' });
  } catch {
    return undefined;
  }
  try {
    execFileSync('git', ['-C', workspace, 'ls-files', '--error-unmatch', '--', relative(workspace, path)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A file this tool wrote before (JSON report or SARIF): the only existing untracked file it overwrites outside git. */
function oursBefore(path: string): boolean {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    const head = Buffer.alloc(512);
    const n = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, n).toString('utf8').includes('"rds-ca-guard"');
  } finally {
    closeSync(fd);
  }
}

/** Where outputs may go: the action's are confined to RUNNER_TEMP and the workspace; undefined: anywhere. */
export type OutputRoots = { runnerTemp?: string } | undefined;

/** Why `path` must not be written for `input`, or undefined when it may. Reads the file system and git; writes nothing. */
export function refuseOutputPath(
  input: OutputProblem['input'],
  path: string,
  workspace: string,
  confined: OutputRoots,
): OutputProblem | undefined {
  const refuse = (reason: string): OutputProblem => ({ input, path, reason });
  const real = realTarget(path);
  if (confined) {
    const runnerTemp = confined.runnerTemp;
    const roots = [workspace, runnerTemp].filter((r): r is string => Boolean(r) && existsSync(r!)).map((r) => realpathSync(resolve(r)));
    if (!roots.some((root) => isInside(root, real)))
      return refuse(
        `resolves (links followed) to ${real}, outside ${runnerTemp ? '$RUNNER_TEMP and ' : ''}the workspace; accepted: a path inside ${runnerTemp ? '$RUNNER_TEMP or ' : ''}the workspace.`,
      );
  }
  if (!existsSync(path) && !isSymlink(path)) return undefined;
  if (isSymlink(path)) return refuse('is a symbolic link; the report is never written through one. Give a new file name.');
  if (lstatSync(path).isDirectory()) return refuse('is a directory; give a file name.');
  const realWorkspace = realpathSync(workspace);
  if (isInside(realWorkspace, real)) {
    const tracked = trackedByGit(realWorkspace, real);
    if (tracked)
      return refuse(
        'is a file git tracks in the repository; the report would overwrite it. Give a new file name (e.g. under $RUNNER_TEMP).',
      );
    if (tracked === undefined && !oursBefore(path))
      return refuse(
        "is an existing file that this tool did not write (the workspace is not a git checkout, so it may be the repository's); give a new file name.",
      );
  }
  return undefined;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Creates or truncates a regular file, never following a symbolic link at its name. */
function write(path: string, value: object): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644);
  try {
    writeSync(fd, `${JSON.stringify(value, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Writes what was asked; returns each output that could not be written (the others are written regardless). */
export function writeReportFiles(
  outcome: CheckOutcome,
  config: Config,
  extra: object,
  env: NodeJS.ProcessEnv,
  confined: OutputRoots,
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const attempt = (input: OutputProblem['input'], path: string | undefined, value: () => object): void => {
    if (!path) return;
    const refused = refuseOutputPath(input, path, config.workspace, confined);
    if (refused) {
      problems.push(refused);
      return;
    }
    try {
      write(path, value());
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      problems.push({ input, path, reason: `cannot be written (${e.code ?? 'error'}: ${e.message}).` });
    }
  };
  attempt('report-file', config.reportFile, () => ({ ...jsonReport(outcome, config), ...extra }));
  attempt('sarif-file', config.sarifFile, () =>
    sarifLog(outcome.findings, {
      workflowRef: env.GITHUB_WORKFLOW_REF,
      repository: env.GITHUB_REPOSITORY,
      fallbackUri: relative(config.workspace, config.configFile.path).split(sep).join('/'),
      multiAccount: multiAccount(outcome.facts.aws),
    }),
  );
  return problems;
}

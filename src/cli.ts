/**
 * The command line on the same engine as the action.
 *   rds-ca-guard check [DIR] [--offline] [--regions us-east-1,...] [--<input> value ...]
 *   rds-ca-guard check [DIR] --mode aggregate --reports 'shards/*.json' [--reports GLOB ...]
 *   rds-ca-guard catalog [--add FILE|URL ...] [--sources data/rds-ca] [--out src/catalog/entries.generated.ts]
 * Exit status: 0 pass, 1 fail, 2 bad usage or input.
 */
import { resolve } from 'node:path';
import { embeddedCatalog } from './catalog/catalog.js';
import { refreshCatalog } from './catalog/refresh.js';
import { runMode } from './modes/run-mode.js';
import { BOOLEAN_INPUTS, INPUTS, parseInputs, type InputName } from './inputs/index.js';
import { applyEnvironment } from './environment.js';
import { renderRotationSummary } from './render/rotation-summary.js';
import { renderSummary } from './render/summary.js';
import { renderText } from './render/text.js';
import { catalogRequest, parseFlags } from './cli-flags.js';
import { describeOutputProblem, writtenOutput, type OutputProblem } from './outputs.js';
import { ConfigFileError, InputError, UsageError } from './errors.js';

const USAGE = `Usage:
  rds-ca-guard check [DIR] [--offline] [--format text|markdown] [--<input> VALUE ...]
      Inputs are the action's: ${Object.keys(INPUTS).join(', ')}.
      Boolean inputs may be given as a bare flag (${[...BOOLEAN_INPUTS].map((name) => `--${name}`).join(', ')}).
  rds-ca-guard check [DIR] --mode aggregate --reports GLOB [--reports GLOB ...]
      Merges a matrix's shard reports (their --report-file, globs relative to DIR) into one verdict.
  rds-ca-guard catalog [FILE|URL ...] [--add FILE|URL ...] [--sources DIR] [--out FILE]
      Adds AWS bundle files or URLs to DIR and regenerates the embedded catalog.
  A report file is written only where --report-file (or --sarif-file) says.`;

/** Inside a workflow step the CLI can assume a role through GitHub OIDC as the action does. */
const getIdToken = async (audience: string): Promise<string> => (await import('@actions/core')).getIDToken(audience);

async function check(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args);
  const format = flags.get('format')?.[0] ?? 'text';
  flags.delete('format');
  for (const name of flags.keys()) if (!(name in INPUTS)) throw new UsageError(`unknown option --${name}`);
  if (positional.length > 1) throw new UsageError(`one directory at most, got: ${positional.join(' ')}`);
  if (!['text', 'markdown'].includes(format)) throw new UsageError(`--format is "${format}"; accepted: text, markdown`);
  const workspace = resolve(positional[0] ?? '.');
  const parsed = await applyEnvironment(
    parseInputs((name: InputName) => flags.get(name)?.join('\n'), process.env, embeddedCatalog(), workspace),
  );
  // Only where asked: never a fixed name in a shared directory (another user may have planted a link there).
  const config = flags.has('report-file') ? parsed : { ...parsed, reportFile: undefined };
  // The CLI plans; changes are made by the action, under the workflow's environment protection.
  if (config.mode === 'rotate' && !config.rotate.dryRun)
    throw new UsageError(
      "rotate with --dry-run false runs as the action (workflow_dispatch), under the environment's protection; the CLI only plans",
    );
  const run = await runMode(config, { env: process.env, confined: undefined, log: () => undefined, getIdToken });
  const failed = outputsFailed(run.outputProblems);
  if (run.mode === 'rotate') {
    process.stdout.write(renderRotationSummary(run.rotation));
    // A plan that cannot be made (no AWS view, an environment with no database) is a failure, not an empty plan.
    return failed ? 2 : run.rotation.plan.refusals.some((r) => r.fatal) ? 1 : 0;
  }
  const reportFile = writtenOutput(config, run.outputProblems, 'report-file');
  const plan = { environmentTag: config.environmentTag, environments: config.environments };
  process.stdout.write(
    format === 'markdown' ? renderSummary(run.check, { offline: config.offline, reportFile, plan }) : renderText(run.check, plan),
  );
  return failed ? 2 : run.check.verdict.failJob ? 1 : 0;
}

/** Says which outputs were not written (each naming its flag); true when any. */
function outputsFailed(problems: readonly OutputProblem[]): boolean {
  for (const p of problems) process.stderr.write(`rds-ca-guard: ${describeOutputProblem(p).replace(/^Input `([^`]+)`/, '--$1')}\n`);
  return problems.length > 0;
}

async function catalog(args: string[]): Promise<number> {
  const request = catalogRequest(args);
  const message = await refreshCatalog(request.add, request.sources, request.out);
  process.stdout.write(`${message}\nNow rebuild: npm run build\n`);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'catalog') return await catalog(rest);
    if (command === '--help' || command === '-h' || command === undefined) {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) process.stderr.write(`rds-ca-guard: ${error.message}\n${USAGE}\n`);
    else if (error instanceof InputError || error instanceof ConfigFileError)
      process.stderr.write(
        `rds-ca-guard: invalid ${error instanceof ConfigFileError ? 'environments file' : 'input'}.\n${error.message}\n`,
      );
    else process.stderr.write(`rds-ca-guard: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));

/**
 * The command line on the same engine as the action.
 *   rds-ca-guard check [DIR] [--offline] [--regions us-east-1,...] [--<input> value ...]
 *   rds-ca-guard catalog [--add FILE|URL ...] [--sources data/rds-ca] [--out src/catalog/entries.generated.ts]
 * Exit status: 0 pass, 1 fail, 2 bad usage or input.
 */
import { resolve } from 'node:path';
import { embeddedCatalog } from './catalog/catalog.js';
import { refreshCatalog } from './catalog/refresh.js';
import { runCheck } from './check.js';
import { ConfigFileError, INPUTS, InputError, parseInputs, type InputName } from './inputs.js';
import { writeReportFiles } from './outputs.js';
import { applyEnvironment } from './environment.js';
import { renderRotationSummary, rotationJson } from './report/rotation-summary.js';
import { runRotation } from './rotation/run.js';
import { renderSummary } from './report/summary.js';
import { renderText } from './report/text.js';

const USAGE = `Usage:
  rds-ca-guard check [DIR] [--offline] [--format text|markdown] [--<input> VALUE ...]
      Inputs are the action's: ${Object.keys(INPUTS).join(', ')}.
      Boolean inputs may be given as a bare flag (--offline, --require-bundle).
  rds-ca-guard catalog [--add FILE|URL ...] [--sources DIR] [--out FILE]
      Adds AWS bundle files or URLs to DIR and regenerates the embedded catalog.`;

class UsageError extends Error {}

/** Inside a workflow step the CLI can assume a role through GitHub OIDC as the action does. */
const getIdToken = async (audience: string): Promise<string> => (await import('@actions/core')).getIDToken(audience);

function parseFlags(args: string[]): { positional: string[]; flags: Map<string, string[]> } {
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const isBool = name === 'offline' || name === 'require-bundle';
    const next = args[i + 1];
    const value = inline ?? (isBool && (next === undefined || !/^(true|false)$/i.test(next)) ? 'true' : args[++i]);
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { positional, flags };
}

async function check(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args);
  const format = flags.get('format')?.[0] ?? 'text';
  flags.delete('format');
  for (const name of flags.keys()) if (!(name in INPUTS)) throw new UsageError(`unknown option --${name}`);
  if (positional.length > 1) throw new UsageError(`one directory at most, got: ${positional.join(' ')}`);
  if (!['text', 'markdown'].includes(format)) throw new UsageError(`--format is "${format}"; accepted: text, markdown`);
  const workspace = resolve(positional[0] ?? '.');
  const config = await applyEnvironment(parseInputs((name: InputName) => flags.get(name)?.join('\n'), process.env, embeddedCatalog(), workspace));
  if (config.mode === 'rotate') {
    // The CLI plans; changes are made by the action, under the workflow's environment protection.
    if (!config.rotate.dryRun) throw new UsageError('rotate with --dry-run false runs as the action (workflow_dispatch), under the environment\'s protection; the CLI only plans');
    const rotation = await runRotation(config, { getIdToken }, () => undefined);
    writeReportFiles(rotation.check, config, rotationJson(rotation, true));
    process.stdout.write(renderRotationSummary(rotation, true));
    return 0;
  }
  const outcome = await runCheck(config, { getIdToken });
  writeReportFiles(outcome, config);
  process.stdout.write(format === 'markdown' ? renderSummary(outcome, { offline: config.offline, reportFile: config.reportFile }) : renderText(outcome));
  return outcome.verdict.failJob ? 1 : 0;
}

async function catalog(args: string[]): Promise<number> {
  const { positional, flags } = parseFlags(args);
  if (positional.length) throw new UsageError(`unexpected argument ${positional[0]}`);
  const message = await refreshCatalog(flags.get('add') ?? [], flags.get('sources')?.[0] ?? 'data/rds-ca', flags.get('out')?.[0] ?? 'src/catalog/entries.generated.ts');
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
    else if (error instanceof InputError || error instanceof ConfigFileError) process.stderr.write(`rds-ca-guard: invalid ${error instanceof ConfigFileError ? 'environments file' : 'input'}.\n${error.message}\n`);
    else process.stderr.write(`rds-ca-guard: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));

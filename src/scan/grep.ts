/**
 * Searching the workspace's files for fixed strings: GNU or BSD grep over a list of files, one
 * grep per core through xargs; and the command runner it (and git's listing) uses.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { shellQuote } from '../base/shell-quote.js';
import { MARKERS } from './markers.js';

/** Runs a command: its exit status (null when it could not start) and its standard output. */
export function run(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string } = {},
): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ status: null, out: '' }));
    child.on('close', (status) => resolve({ status, out: Buffer.concat(chunks).toString('utf8') }));
    if (options.input !== undefined) {
      child.stdin!.on('error', () => undefined); // a missing xargs closes its input: the error event says so
      child.stdin!.end(options.input);
    }
  });
}

/**
 * The files among `files` holding one of the markers, by GNU or BSD grep over the list, one grep
 * per core (xargs -P): with the markers' 25 fixed strings that is about half of what `git grep`
 * takes. Undefined when xargs or grep is missing or a grep could not read a file (exit status 2 or
 * more: the wrapper turns it into 255, which stops xargs), so the caller falls back to `git grep`.
 */
export async function grepList(
  root: string,
  files: readonly string[],
  markers: readonly string[] = MARKERS,
): Promise<string[] | undefined> {
  if (!files.length) return [];
  const grep = `grep -l --null -F ${markers.map((m) => `-e ${shellQuote(m)}`).join(' ')} -- "$@"; s=$?; [ $s -le 1 ] || exit 255`;
  const cores = String(Math.max(1, availableParallelism()));
  const result = await run('xargs', ['-0', '-P', cores, '-n', '4000', 'sh', '-c', grep, 'sh'], {
    cwd: root,
    input: `${files.join('\0')}\0`,
  });
  return result.status === 0 || result.status === 123 ? records(result.out) : undefined;
}

export const records = (out: string): string[] => out.split('\0').filter(Boolean);

/**
 * The files among `files` (regular files in the workspace) holding one of `needles`, by the same
 * grep: for readers that must look past the markers (Terraform's module callers). Undefined
 * when grep could not look; the caller then reads the files itself.
 */
export async function filesContaining(
  root: string,
  files: readonly string[],
  needles: readonly string[],
): Promise<Set<string> | undefined> {
  const found = await grepList(root, files, needles);
  return found && new Set(found);
}

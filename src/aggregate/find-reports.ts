/**
 * Aggregate mode's shard reports: the files the `reports` globs match in the workspace, and each
 * glob that matches none (a shard whose artifact is missing must not pass unseen).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { ShardRefusal } from '../model/shards.js';

const GLOB_OPTIONS = { dot: true, strictBrackets: true } as const;

/** Why a glob cannot be used, or undefined. */
function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob))
    return 'it is an absolute path; `reports` globs are relative to the workspace (download the artifacts into it, e.g. `path: shards`)';
  if (glob.split('/').includes('..')) return 'it points outside the workspace (`..`); `reports` globs are relative to the workspace';
  try {
    picomatch.makeRe(glob, GLOB_OPTIONS);
  } catch (error) {
    return `it is not a valid glob (${(error as Error).message})`;
  }
  return undefined;
}

/** Files (and links, judged when read) under `dir`, relative to `root`; directory links are not followed, `.git` is skipped. */
function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, full, out);
    else if (entry.isFile() || entry.isSymbolicLink()) out.push(relative(root, full).split(sep).join('/'));
  }
}

const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** The files the globs match, sorted, each once; a glob that matches none (or cannot be used) is refused. */
export function findReports(workspace: string, globs: readonly string[]): { files: string[]; refused: ShardRefusal[] } {
  const files = new Set<string>();
  const refused: ShardRefusal[] = [];
  const remediation =
    "Download every shard's report into the workspace before this step (actions/download-artifact), and give `reports` globs that match them, relative to the workspace.";
  for (const raw of globs) {
    const glob = raw.replace(/^\.\//, '');
    const problem = globProblem(glob);
    if (problem) {
      refused.push({ file: raw, glob: true, reason: problem, remediation });
      continue;
    }
    const { base, isGlob } = picomatch.scan(glob);
    const found: string[] = [];
    if (!isGlob) {
      if (existsSync(join(workspace, glob)) && !isDirectory(join(workspace, glob))) found.push(glob);
    } else if (isDirectory(join(workspace, base))) {
      const listed: string[] = [];
      walk(workspace, join(workspace, base), listed);
      const matches = picomatch(glob, GLOB_OPTIONS);
      found.push(...listed.filter((f) => matches(f)));
    }
    if (!found.length) {
      const reason = isDirectory(join(workspace, glob))
        ? `it names a directory; match the reports in it (e.g. \`${glob.replace(/\/+$/, '')}/**/*.json\`)`
        : 'the shard reports it stands for are missing';
      refused.push({ file: raw, glob: true, reason, remediation });
    }
    for (const f of found) files.add(f);
  }
  return { files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), refused };
}

/** A workspace path as an `exclude` glob matching that file alone. */
export function exactGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');
}

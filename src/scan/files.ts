/**
 * Which files of the workspace to scan, and which of them can hold anything the rules read:
 * the workspace listed (listing.ts), then the `paths` and `exclude` globs.
 */
import picomatch from 'picomatch';
import { gitList, walk } from './listing.js';
import type { ScopeProblem } from '../model/repository.js';

export interface FileList {
  files: string[];
  /** Files worth reading; the others hold none of the MARKERS (and no certificate extension). */
  candidates: Set<string>;
  listedBy: 'git' | 'walk';
  /** `paths` entries naming one file or directory (no glob) that matched nothing, and why. */
  missing: Array<{ path: string; reason: string }>;
  /** Git submodules that are not checked out: nothing in them was scanned. */
  submodules: string[];
  /** What is wrong with `paths` and `exclude` themselves (the scope cannot be trusted). */
  scope: ScopeProblem[];
}

const GLOB_OPTIONS = { dot: true, strictBrackets: true } as const;

/** Why a glob cannot be used, or undefined: outside the workspace, or not a glob picomatch can read. */
function globProblem(glob: string): string | undefined {
  if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob)) return 'is an absolute path; globs are relative to the workspace';
  if (glob.split('/').includes('..')) return 'points outside the workspace (`..`); globs are relative to the workspace';
  if (/\*{3,}/.test(glob)) return 'is not a valid glob (`***`: `*` matches within a name, `**` any depth)';
  try {
    picomatch.makeRe(glob, GLOB_OPTIONS);
  } catch (error) {
    return `is not a valid glob (${(error as Error).message})`;
  }
  return undefined;
}

/**
 * The files in scope. `paths` entries are globs; one without glob characters names a file or a
 * directory (everything under it). Everything that would make the scope collapse without a
 * word is returned as a scope problem: a glob that cannot be read or leaves the workspace, a
 * named path that is excluded or absent, a scope that leaves nothing to scan.
 */
export async function listFiles(root: string, paths: readonly string[], exclude: readonly string[]): Promise<FileList> {
  const listed = await gitList(root);
  const all = listed?.files ?? walk(root);
  const listedBy = listed ? 'git' : 'walk';
  const submodules = listed?.submodules ?? [];
  const scope: ScopeProblem[] = [];
  if (!all.length) {
    scope.push({
      input: 'workspace',
      value: root,
      reason: 'holds no file to scan: is the repository checked out (actions/checkout) before this step?',
    });
  }
  const clean = (p: string): string => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const include: string[] = [];
  for (const entry of paths.map(clean)) {
    const problem = globProblem(entry);
    if (problem) scope.push({ input: 'paths', value: entry, reason: problem });
    else if (!picomatch.scan(entry).isGlob && all.some((f) => f.startsWith(`${entry}/`))) include.push(entry, `${entry}/**`);
    else include.push(entry);
  }
  const excluded: string[] = [];
  for (const entry of exclude.map(clean)) {
    const problem = globProblem(entry);
    if (problem) scope.push({ input: 'exclude', value: entry, reason: problem });
    else excluded.push(entry, ...(picomatch.scan(entry).isGlob ? [] : [`${entry}/**`]));
  }
  const everything = !include.length || include.includes('**');
  if (everything && !excluded.length) {
    return { files: all, candidates: listed?.candidates ?? new Set(all), listedBy, missing: [], submodules, scope };
  }
  const included = everything ? () => true : picomatch(include, GLOB_OPTIONS);
  const skipped = excluded.length ? picomatch(excluded, GLOB_OPTIONS) : () => false;
  const files = all.filter((f) => included(f) && !skipped(f));
  const present = new Set(files);
  const missing: FileList['missing'] = [];
  for (const entry of paths.map(clean).filter((p) => !picomatch.scan(p).isGlob && !globProblem(p))) {
    const named = all.filter((f) => f === entry || f.startsWith(`${entry}/`));
    if (named.some((f) => present.has(f))) continue;
    const by = excluded.find((e) => named.length && named.every((f) => picomatch.isMatch(f, e, GLOB_OPTIONS)));
    missing.push({
      path: entry,
      reason: named.length
        ? `named in \`paths\` but excluded by \`exclude\` (${by ?? exclude.join(', ')}): it was not scanned`
        : 'named in `paths` but not found in the workspace (or ignored by git)',
    });
  }
  if (all.length && !files.length) {
    const input = everything ? 'exclude' : 'paths';
    scope.push({
      input,
      value: (everything ? exclude : paths).join(', '),
      reason: `leaves nothing to scan of the workspace's ${all.length} file(s)${everything ? '' : exclude.length ? ' (with `exclude`)' : ''}`,
    });
  }
  const candidates = listed ? new Set([...listed.candidates].filter((f) => present.has(f))) : present;
  const inScope = (p: string): boolean => !skipped(p) && (included(p) || included(`${p}/x`));
  return { files, candidates, listedBy, missing, submodules: submodules.filter(inScope), scope };
}

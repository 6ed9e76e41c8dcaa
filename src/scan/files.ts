/**
 * Which files of the workspace to scan: git's file list in a checkout (tracked plus
 * untracked-but-not-ignored, so .gitignore is honoured), a directory walk elsewhere;
 * then the `paths` and `exclude` globs.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

export interface FileList {
  files: string[];
  listedBy: 'git' | 'walk';
  /** `paths` entries naming one file (no glob) that matched nothing. */
  missing: string[];
}

function gitFiles(root: string): string[] | undefined {
  const git = spawnSync('git', ['-C', root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    maxBuffer: 1 << 30,
    encoding: 'buffer',
  });
  if (git.error || git.status !== 0) return undefined;
  const out = git.stdout.toString('utf8');
  return out ? [...new Set(out.split('\0').filter(Boolean))] : [];
}

function walk(root: string): string[] {
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const full = join(dir, entry.name);
      // Directory links are not followed; file links are listed and judged when read.
      if (entry.isDirectory()) visit(full);
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(relative(root, full).split(sep).join('/'));
    }
  };
  visit(root);
  return files.sort();
}

export function listFiles(root: string, paths: readonly string[], exclude: readonly string[]): FileList {
  const git = gitFiles(root);
  const all = git ?? walk(root);
  const options = { dot: true };
  const include = picomatch(paths.length ? [...paths] : ['**'], options);
  const skip = exclude.length ? picomatch([...exclude], options) : () => false;
  const files = all.filter((f) => include(f) && !skip(f));
  const present = new Set(files);
  const missing = paths.filter((p) => !picomatch.scan(p).isGlob && !present.has(p.replace(/^\.\//, '')));
  return { files, listedBy: git ? 'git' : 'walk', missing };
}

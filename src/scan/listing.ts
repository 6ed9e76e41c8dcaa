/**
 * Every file of the workspace. In a git checkout: the files git tracks (what is committed or
 * staged; ignored and untracked files are not the repository's trust material), with those
 * that can hold anything the rules read found by grep over them (`git grep` where xargs or sh
 * is missing). Elsewhere: a directory walk, every file a candidate.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hasCertificateExtension } from '../certs/file-names.js';
import { grepList, records, run } from './grep.js';
import { MARKERS } from './markers.js';

const git = (root: string, args: string[]) => run('git', ['-C', root, ...args]);

export async function gitList(root: string): Promise<{ files: string[]; candidates: Set<string>; submodules: string[] } | undefined> {
  // Checked-out submodules are listed and searched as part of the repository; the others stay gitlinks (160000).
  const grepArgs = ['grep', '-l', '-z', '-F', '--no-color', '--recurse-submodules', ...MARKERS.flatMap((m) => ['-e', m])];
  const tracked = await git(root, ['ls-files', '-z', '--cached', '--recurse-submodules', '--format=%(objectmode) %(path)']).then((r) =>
    // git < 2.38 has no --format: the stage listing carries the mode too.
    r.status === 0 ? r : git(root, ['ls-files', '-z', '-s', '--cached', '--recurse-submodules']),
  );
  if (tracked.status !== 0) return undefined;
  const files: string[] = [];
  const submodules: string[] = [];
  const regular: string[] = [];
  const candidates = new Set<string>();
  for (const entry of records(tracked.out)) {
    // "<mode> <path>" (or "<mode> <object> <stage>\t<path>"); links (120000) are read to judge where they point.
    const tab = entry.indexOf('\t');
    const path = tab === -1 ? entry.slice(entry.indexOf(' ') + 1) : entry.slice(tab + 1);
    if (entry.startsWith('160000')) {
      submodules.push(path);
      continue;
    }
    if (path === files[files.length - 1]) continue; // an unmerged path is listed once per stage
    files.push(path);
    if (entry.startsWith('120000') || hasCertificateExtension(path)) candidates.add(path);
    else regular.push(path);
  }
  // grep over the list (links are candidates anyway, and grep would follow them out); else git grep.
  let matched = await grepList(root, regular);
  if (!matched) {
    const grep = await git(root, grepArgs);
    // git grep exits 1 when nothing matches; anything else means it could not look.
    if (grep.status !== 0 && grep.status !== 1) return undefined;
    matched = records(grep.out);
  }
  for (const path of matched) candidates.add(path);
  return { files, candidates, submodules };
}

export function walk(root: string): string[] {
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

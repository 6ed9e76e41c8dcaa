/** The plan files terraform-plan names: found by their globs inside the workspace, and read. */
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { plannedCas } from './terraform-plan.js';
import type { PlanFacts } from '../model/plan.js';

/** Files under `dir` (relative to `root`) matching `glob`; .git and node_modules are not walked. */
function matching(root: string, glob: string): string[] {
  const { base, isGlob } = picomatch.scan(glob);
  if (!isGlob) return existsSync(join(root, glob)) ? [glob] : [];
  const isMatch = picomatch(glob, { dot: true });
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && entry.name !== '.git' && entry.name !== 'node_modules') walk(path);
      else if (entry.isFile() && isMatch(path)) found.push(path);
    }
  };
  walk(base === '.' ? '' : base);
  return found;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads every plan the globs name. */
export function readPlans(root: string, globs: readonly string[]): PlanFacts {
  const facts: PlanFacts = { globs: [...globs], files: [], changes: [], problems: [] };
  const files = new Set<string>();
  for (const glob of globs) {
    const normal = relative(root, join(root, glob)).split(sep).join('/');
    if (normal.startsWith('..')) {
      facts.problems.push({
        file: glob,
        reason: 'the glob points outside the workspace; write the plan JSON inside it (e.g. `terraform show -json plan.out > plan.json`)',
      });
      continue;
    }
    if (isDirectory(join(root, normal)) && !picomatch.scan(normal).isGlob) {
      facts.problems.push({
        file: glob,
        reason: 'it is a directory, not a plan; give the plan JSON file (e.g. plan.json) or a glob such as `plans/*.json`',
      });
      continue;
    }
    const found = matching(root, normal);
    if (!found.length)
      facts.problems.push({
        file: glob,
        reason: 'no file matches it, so no planned CA was checked: did the `terraform show -json` step run and write there?',
      });
    for (const f of found) files.add(f);
  }
  const workspace = realpathSync(root);
  for (const file of [...files].sort()) {
    let json: string;
    try {
      // A link that leads out of the workspace is not read: a plan is written in the job, inside it.
      const real = realpathSync(join(root, file));
      if (relative(workspace, real).startsWith('..')) {
        facts.problems.push({ file, reason: 'it is a link to a file outside the workspace, which is not read' });
        continue;
      }
      json = readFileSync(real, 'utf8');
    } catch (error) {
      facts.problems.push({ file, reason: `it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
      continue;
    }
    facts.files.push(file);
    const { changes, problem } = plannedCas(file, json);
    if (problem) facts.problems.push({ file, reason: problem });
    facts.changes.push(...changes);
  }
  return facts;
}

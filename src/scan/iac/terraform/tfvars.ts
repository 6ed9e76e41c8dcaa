/**
 * tfvars matching: a variable of a root module (a module directory no module call or
 * Terragrunt unit in the repository uses; or one with tfvars files of its own) is assigned by
 * every tfvars file of its own directory, and by every tfvars file elsewhere whose own directory
 * does not declare a variable of that name (`envs/prod.tfvars` passed with `-var-file`) and
 * for which no other judged module declaring that name is nearer (sharing more leading
 * directories with the tfvars file: `a/envs/prod.tfvars` feeds `a/`, not `b/`). The
 * default counts too, unless an auto-loaded file of its own directory (`terraform.tfvars`,
 * `*.auto.tfvars`, and their `.json`) assigns the variable (variables.ts).
 */
import { commonDepth, dirOf } from './paths.js';
import type { ProjectFiles } from './project-files.js';
import type { Attr, ParsedFile } from './syntax-model.js';

/** Assignments of variable `name` of root module `dir` in tfvars files (see the matching rule above). */
export async function tfvarsFor(project: ProjectFiles, dir: string, name: string): Promise<Array<{ file: ParsedFile; attr: Attr }>> {
  const out: Array<{ file: ParsedFile; attr: Attr }> = [];
  for (const path of project.tfvars) {
    const text = project.read(path);
    if (text === undefined || !text.includes(name)) continue;
    const f = await project.file(path);
    const attr = f?.body.attrs.get(name);
    if (!f || !attr) continue;
    const home = dirOf(path);
    if (home !== dir) {
      if (project.hasModule(home) && (await project.module(home)).variables.has(name)) continue;
      // Of the analysed modules that declare the variable, the tfvars file feeds the nearest.
      let best = -1;
      for (const other of new Set([...project.analysed, dir])) {
        if ((await project.module(other)).variables.has(name)) best = Math.max(best, commonDepth(home, other));
      }
      if (commonDepth(home, dir) < best) continue;
    }
    out.push({ file: f, attr });
  }
  return out;
}

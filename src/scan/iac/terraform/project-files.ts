/**
 * The Terraform and Terragrunt files of a repository: indexed by directory, each parsed once on
 * first need, assembled into modules, and the module calls and Terragrunt units that use a module.
 */
import { isTerraformFile } from '../file-kinds.js';
import { byCodePoint, type IacProblem, type TerraformVariableSetting } from '../../../model/iac.js';
import { readModule, type Module } from './module.js';
import { CONFIG, dirOf, inToolCache, TFVARS } from './paths.js';
import { readTerraformFile } from './read-file.js';
import { moduleSource, terragruntSource } from './sources.js';
import type { Block, ParsedFile } from './syntax-model.js';

/** A user of a local module: a module block in another module, or a Terragrunt unit. */
export type Caller = { kind: 'module'; dir: string; block: Block } | { kind: 'terragrunt'; file: ParsedFile };

/** Finds the files holding a string without reading them here (grep): a monorepo has thousands of .tf files. */
export type Containing = (paths: readonly string[], needles: readonly string[]) => Promise<ReadonlySet<string> | undefined>;

const TERRAFORM_ENDINGS = ['.tf', '.json', '.tofu', '.tfvars', '.hcl'];

export class ProjectFiles {
  private readonly byDir = new Map<string, string[]>();
  /** The tfvars files of the repository, in name order. */
  readonly tfvars: string[] = [];
  private readonly parsed = new Map<string, Promise<ParsedFile | undefined>>();
  private readonly modules = new Map<string, Promise<Module>>();
  private readonly callers = new Map<string, Promise<Caller[]>>();
  private sourceTexts?: Promise<Map<string, string>>;
  readonly problems: IacProblem[] = [];
  /** The module directories whose resources are judged: tfvars files outside a module go to the nearest of these. */
  analysed: readonly string[] = [];
  /** Variables set outside Terraform's files (TF_VAR_x, -var x=…): assignments of every root module declaring them. */
  settings: readonly TerraformVariableSetting[] = [];

  constructor(
    files: readonly string[],
    readonly read: (path: string) => string | undefined,
    private readonly containing?: Containing,
  ) {
    for (const f of files) {
      // The extension first (a cheap test on 100,000 paths), then the pattern.
      if (!TERRAFORM_ENDINGS.some((e) => f.endsWith(e)) || !isTerraformFile(f) || inToolCache(f)) continue;
      const d = dirOf(f);
      const list = this.byDir.get(d);
      if (list) list.push(f);
      else this.byDir.set(d, [f]);
      if (TFVARS.test(f)) this.tfvars.push(f);
    }
    this.tfvars.sort();
  }

  /** Parses a file once; its parse problem, if any, is recorded. */
  file(path: string): Promise<ParsedFile | undefined> {
    let found = this.parsed.get(path);
    if (!found) {
      const text = this.read(path);
      found =
        text === undefined
          ? Promise.resolve(undefined)
          : readTerraformFile(path, text).then((f) => {
              this.problems.push(...f.problems);
              return f;
            });
      this.parsed.set(path, found);
    }
    return found;
  }

  hasModule(dir: string): boolean {
    return (this.byDir.get(dir) ?? []).some((f) => CONFIG.test(f));
  }

  module(dir: string): Promise<Module> {
    let found = this.modules.get(dir);
    if (!found) {
      found = readModule(dir, this.byDir.get(dir) ?? [], (path) => this.file(path));
      this.modules.set(dir, found);
    }
    return found;
  }

  /** Whether directory `dir` holds tfvars files of its own. */
  hasOwnTfvars(dir: string): boolean {
    return (this.byDir.get(dir) ?? []).some((f) => TFVARS.test(f));
  }

  /** Texts of Terraform and Terragrunt files that may call a local module (they name a `source`). Read once, on first need. */
  private possibleCallers(): Promise<Map<string, string>> {
    this.sourceTexts ??= (async () => {
      const texts = new Map<string, string>();
      const files = [...this.byDir].sort(([a], [b]) => byCodePoint(a, b)).flatMap(([, list]) => list.filter((f) => !TFVARS.test(f)));
      // A caller is a module block (`module "x" {`, or `"module"` in JSON) or a Terragrunt unit (its `terraform { source = … }`).
      const [config, units] = await Promise.all([
        this.containing?.(
          files.filter((f) => !f.endsWith('.hcl')),
          ['module "', '"module"'],
        ),
        this.containing?.(
          files.filter((f) => f.endsWith('.hcl')),
          ['terraform {'],
        ),
      ]);
      for (const f of files) {
        const holding = f.endsWith('.hcl') ? units : config;
        if (holding && !holding.has(f)) continue;
        const text = this.read(f);
        if (text !== undefined && text.includes('source')) texts.set(f, text);
      }
      return texts;
    })();
    return this.sourceTexts;
  }

  /** Module blocks and Terragrunt units in the repository whose local source is `dir`. */
  callersOf(dir: string): Promise<Caller[]> {
    let found = this.callers.get(dir);
    if (!found) {
      found = (async () => {
        if (!dir) return [];
        const needle = `/${dir.slice(dir.lastIndexOf('/') + 1)}`;
        const out: Caller[] = [];
        for (const [path, text] of await this.possibleCallers()) {
          if (!text.includes(needle)) continue;
          const from = dirOf(path);
          if (path.endsWith('.hcl')) {
            const f = await this.file(path);
            const source = f && terragruntSource(f);
            if (source && moduleSource(source.value, from).child === dir) out.push({ kind: 'terragrunt', file: f });
          } else {
            if (from === dir) continue;
            const f = await this.file(path);
            for (const b of f?.body.blocks ?? []) {
              if (b.type !== 'module') continue;
              if (moduleSource(b.attrs.get('source')?.value, from).child === dir) out.push({ kind: 'module', dir: from, block: b });
            }
          }
        }
        return out;
      })();
      this.callers.set(dir, found);
    }
    return found;
  }

  /** Whether `dir` is a root module: no module call or Terragrunt unit in the repository uses it, or it has tfvars files of its own. */
  async isRoot(dir: string): Promise<boolean> {
    return this.hasOwnTfvars(dir) || !(await this.callersOf(dir)).length;
  }
}

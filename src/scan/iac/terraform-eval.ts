/**
 * Follows Terraform values through a repository: `var.x` to tfvars, defaults and the arguments
 * of module calls (local modules, recursively, and Terragrunt `inputs`), `local.x` to locals,
 * `module.x.y` to a local module's output, conditionals and `coalesce`/`try`/`lookup` to each
 * of their candidates, maps indexed by a key to each value. Each result says where its deciding
 * value is written and the hops it took (`via`); whatever depends on something the repository
 * does not hold is an `unknown` that says what is missing.
 *
 * Also: `format`, `lower`, `upper`, `trimspace`, `join`, `replace` (plain strings) and `element`
 * over known values; `optional(type, default)` in a variable's object type; `each.key` /
 * `each.value` of a resource's `for_each` (terraform.ts); variables set by CI steps and scripts
 * (`settings`) like -var-file assignments of root modules; override files and OpenTofu's `.tofu`.
 *
 * Limits: conditions are not evaluated (each branch is a candidate), except that the branch
 * `X` of `X != null ? X : …` is never null; at most MAX_OUTCOMES candidates per expression;
 * references deeper than MAX_DEPTH are unknown, and a cycle is named once (`local.a → local.b →
 * local.a`); `for` expressions, operators, splats and other functions are unknown.
 *
 * tfvars matching: a variable of a root module (a module directory no module call or
 * Terragrunt unit in the repository uses; or one with tfvars files of its own) is assigned by
 * every tfvars file of its own directory, and by every tfvars file elsewhere whose own directory
 * does not declare a variable of that name (`envs/prod.tfvars` passed with `-var-file`) and
 * for which no other judged module declaring that name is nearer (sharing more leading
 * directories with the tfvars file: `a/envs/prod.tfvars` feeds `a/`, not `b/`). The
 * default counts too, unless an auto-loaded file of its own directory (`terraform.tfvars`,
 * `*.auto.tfvars`, and their `.json`) assigns the variable.
 */
import { posix } from 'node:path';
import { byCodePoint, type IacProblem, type TerraformVariableSetting } from './pin.js';
import { readTerraformFile } from './terraform/read-file.js';
import type { Attr, Block, Expr, Loc, ParsedFile, Step } from './terraform/syntax-model.js';

const MAX_OUTCOMES = 64;
const MAX_DEPTH = 32;

export type Value =
  | { k: 'str'; s: string }
  | { k: 'null' }
  | { k: 'obj'; entries: Array<{ key?: string; values: Outcome[] }> }
  | { k: 'list'; items: Outcome[][] }
  | { k: 'unknown'; text: string; missing: string };

/** One candidate value: what it is, where it is written, and the hops from there (value first). */
export interface Outcome {
  v: Value;
  at: Loc;
  via: string[];
}

/** Where expressions are evaluated: a module directory, a Terragrunt file, or a tfvars file (literals only). */
export type Scope = { kind: 'module'; dir: string; each?: Each } | { kind: 'terragrunt'; file: string } | { kind: 'tfvars'; file: string };

/** One instance of a resource with `for_each`: its key and value. */
export interface Each {
  key: Outcome[];
  value: Outcome[];
}

export interface Module {
  dir: string;
  variables: Map<string, Block>;
  locals: Map<string, Attr>;
  outputs: Map<string, Block>;
  resources: Block[];
  calls: Block[];
}

type Caller = { kind: 'module'; dir: string; block: Block } | { kind: 'terragrunt'; file: ParsedFile };

const TFVARS = /\.tfvars(?:\.json)?$/;
const TERRAFORM_ENDINGS = ['.tf', '.json', '.tofu', '.tfvars', '.hcl'];
const AUTO_TFVARS = /(?:^|\/)(?:terraform\.tfvars|[^/]*\.auto\.tfvars)(?:\.json)?$/;
/** Configuration files: Terraform's `.tf`/`.tf.json`, OpenTofu's `.tofu`/`.tofu.json`. */
export const CONFIG = /\.(?:tf|tofu)(?:\.json)?$/;
/** Override files, merged into the module after the others: `override.tf`, `*_override.tf` (and `.tf.json`, `.tofu`, `.tofu.json`). */
const OVERRIDE = /(?:^|\/|_)override\.(?:tf|tofu)(?:\.json)?$/;

/** The files of a module Terraform (or OpenTofu) reads: with `x.tofu` beside `x.tf`, OpenTofu reads `x.tofu` only (also for `.json`). */
function configurationFiles(files: readonly string[]): string[] {
  const config = files.filter((f) => CONFIG.test(f));
  const tofu = new Set(config.filter((f) => /\.tofu(?:\.json)?$/.test(f)).map((f) => f.replace(/\.tofu(\.json)?$/, '.tf$1')));
  return config.filter((f) => !tofu.has(f)).sort();
}

/** An override block merged into the original: each argument it sets replaces the original's, nested blocks of a type it has replace those of that type. */
function overridden(original: Block, override: Block): Block {
  const attrs = new Map(original.attrs);
  for (const [k, a] of override.attrs) attrs.set(k, a);
  const types = new Set(override.blocks.map((b) => b.type));
  return { ...original, attrs, blocks: [...original.blocks.filter((b) => !types.has(b.type)), ...override.blocks] };
}

/** How many leading directory names two directories share. */
function commonDepth(a: string, b: string): number {
  const x = a ? a.split('/') : [];
  const y = b ? b.split('/') : [];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i);
}

function inToolCache(path: string): boolean {
  return /(?:^|\/)\.(?:terraform|terragrunt-cache)\//.test(path);
}

function unknown(e: { text: string; file: string; line: number }, missing: string, via: string[] = []): Outcome {
  return { v: { k: 'unknown', text: e.text, missing }, at: { file: e.file, line: e.line }, via };
}

function hop(name: string, at: Loc): string {
  return `${name} (${at.file}:${at.line})`;
}

function withHops(outcomes: Outcome[], ...hops: string[]): Outcome[] {
  return outcomes.map((o) => ({ ...o, via: [...o.via, ...hops] }));
}

/** A module source as written, when it is a static string (path.module, get_terragrunt_dir() and get_repo_root() allowed). */
export function staticSource(e: Expr | undefined, dir: string): string | undefined {
  if (!e) return undefined;
  if (e.k === 'str') return e.value;
  if (e.k === 'template') {
    let out = '';
    for (const p of e.parts) {
      if (p.k === 'str') out += p.value;
      else if (p.k === 'ref' && p.root === 'path' && p.steps.length === 1) out += '.';
      else if (p.k === 'call' && /^get_(?:parent_)?terragrunt_dir$/.test(p.name)) out += '.';
      else if (p.k === 'call' && p.name === 'get_repo_root')
        out += dir
          ? dir
              .split('/')
              .map(() => '..')
              .join('/')
          : '.';
      else return undefined;
    }
    return out;
  }
  return undefined;
}

/** The repository directory of a local source (`./x`, `../modules//db`), or undefined for registry, git and other sources. */
export function localSourceDir(source: string, dir: string): string | undefined {
  if (!/^\.\.?(?:\/|$)/.test(source)) return undefined;
  const joined = posix.normalize(posix.join(dir || '.', source.replace(/\/\//g, '/'))).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined;
}

/** Where a non-local source comes from, for `missing`. */
export function sourceOrigin(source: string): string {
  const registry =
    /^(?:tfr:\/\/\/?)?(?:[\w.-]+\.[a-z]+\/)?[\w-]+\/[\w-]+\/[\w-]+(?:\/\/[^?]*)?(?:\?.*)?$/.test(source) && !source.includes('::');
  return registry ? `the registry (${source})` : source;
}

export class Project {
  private readonly byDir = new Map<string, string[]>();
  private readonly tfvars: string[] = [];
  private readonly parsed = new Map<string, Promise<ParsedFile | undefined>>();
  private readonly modules = new Map<string, Promise<Module>>();
  private readonly callers = new Map<string, Promise<Caller[]>>();
  private readonly varMemo = new Map<string, Outcome[]>();
  private sourceTexts?: Promise<Map<string, string>>;
  readonly problems: IacProblem[] = [];
  /** The module directories whose resources are judged: tfvars files outside a module go to the nearest of these. */
  analysed: readonly string[] = [];
  /** Variables set outside Terraform's files (TF_VAR_x, -var x=…): assignments of every root module declaring them. */
  settings: readonly TerraformVariableSetting[] = [];
  /** The locals and variables being evaluated, outermost first: one met again is a cycle. */
  private readonly resolving: Array<{ key: string; name: string }> = [];

  constructor(
    files: readonly string[],
    private readonly read: (path: string) => string | undefined,
    /** Finds the files holding a string without reading them here (grep): a monorepo has thousands of .tf files. */
    private readonly containing?: (paths: readonly string[], needles: readonly string[]) => Promise<ReadonlySet<string> | undefined>,
  ) {
    for (const f of files) {
      // The extension first (a cheap test on 100,000 paths), then the pattern.
      if (
        !TERRAFORM_ENDINGS.some((e) => f.endsWith(e)) ||
        !/\.(?:tf|tf\.json|tofu|tofu\.json|tfvars|tfvars\.json|hcl)$/.test(f) ||
        inToolCache(f)
      )
        continue;
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
      found = (async () => {
        const mod: Module = { dir, variables: new Map(), locals: new Map(), outputs: new Map(), resources: [], calls: [] };
        const files = configurationFiles(this.byDir.get(dir) ?? []);
        const overrides: Block[] = [];
        for (const path of files) {
          const f = await this.file(path);
          if (OVERRIDE.test(path)) {
            overrides.push(...(f?.body.blocks ?? []));
            continue;
          }
          for (const b of f?.body.blocks ?? []) {
            if (b.type === 'variable' && b.labels[0] && !mod.variables.has(b.labels[0])) mod.variables.set(b.labels[0], b);
            else if (b.type === 'output' && b.labels[0] && !mod.outputs.has(b.labels[0])) mod.outputs.set(b.labels[0], b);
            else if (b.type === 'locals') {
              for (const [k, a] of b.attrs) if (!mod.locals.has(k)) mod.locals.set(k, a);
            } else if (b.type === 'resource' && b.labels.length === 2) mod.resources.push(b);
            else if (b.type === 'module' && b.labels[0]) mod.calls.push(b);
          }
        }
        // Override files (in name order) replace what they set in the blocks of the same name.
        for (const o of overrides) {
          const named = (map: Map<string, Block>): void => {
            const original = o.labels[0] !== undefined ? map.get(o.labels[0]) : undefined;
            if (original) map.set(o.labels[0], overridden(original, o));
          };
          if (o.type === 'variable') named(mod.variables);
          else if (o.type === 'output') named(mod.outputs);
          else if (o.type === 'locals') for (const [k, a] of o.attrs) mod.locals.set(k, a);
          else if (o.type === 'resource' || o.type === 'module') {
            const list = o.type === 'resource' ? mod.resources : mod.calls;
            const i = list.findIndex((b) => b.labels.join('.') === o.labels.join('.'));
            if (i >= 0) list[i] = overridden(list[i], o);
          }
        }
        return mod;
      })();
      this.modules.set(dir, found);
    }
    return found;
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
            if (source && localSourceDir(staticSource(source.value, from) ?? '', from) === dir) out.push({ kind: 'terragrunt', file: f });
          } else {
            if (from === dir) continue;
            const f = await this.file(path);
            for (const b of f?.body.blocks ?? []) {
              if (b.type !== 'module') continue;
              const source = staticSource(b.attrs.get('source')?.value, from);
              if (source !== undefined && localSourceDir(source, from) === dir) out.push({ kind: 'module', dir: from, block: b });
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
    return (this.byDir.get(dir) ?? []).some((f) => TFVARS.test(f)) || !(await this.callersOf(dir)).length;
  }

  /** Assignments of variable `name` of root module `dir` in tfvars files (see the matching rule above). */
  private async tfvarsFor(dir: string, name: string): Promise<Array<{ file: ParsedFile; attr: Attr }>> {
    const out: Array<{ file: ParsedFile; attr: Attr }> = [];
    for (const path of this.tfvars) {
      const text = this.read(path);
      if (text === undefined || !text.includes(name)) continue;
      const f = await this.file(path);
      const attr = f?.body.attrs.get(name);
      if (!f || !attr) continue;
      const home = dirOf(path);
      if (home !== dir) {
        if (this.hasModule(home) && (await this.module(home)).variables.has(name)) continue;
        // Of the analysed modules that declare the variable, the tfvars file feeds the nearest.
        let best = -1;
        for (const other of new Set([...this.analysed, dir])) {
          if ((await this.module(other)).variables.has(name)) best = Math.max(best, commonDepth(home, other));
        }
        if (commonDepth(home, dir) < best) continue;
      }
      out.push({ file: f, attr });
    }
    return out;
  }

  async evalExpr(e: Expr, scope: Scope, depth = 0): Promise<Outcome[]> {
    if (depth > MAX_DEPTH) return [unknown(e, 'the value passes through too many references to follow')];
    const at = { file: e.file, line: e.line };
    switch (e.k) {
      case 'str':
        return [{ v: { k: 'str', s: e.value }, at, via: [] }];
      case 'scalar':
        return [{ v: { k: 'str', s: e.value }, at, via: [] }];
      case 'null':
        return [{ v: { k: 'null' }, at, via: [] }];
      case 'template':
        return this.template(e, e.parts, scope, depth);
      case 'ref':
        return this.ref(e, scope, depth);
      case 'access':
        return this.steps(await this.evalExpr(e.base, scope, depth + 1), e.steps, e, scope, depth);
      case 'cond': {
        // `X != null ? X : …`: the branch that repeats X never gives null (nor `X == null ? … : X`).
        const branch = async (b: Expr, guarded: boolean): Promise<Outcome[]> => {
          const found = await this.evalExpr(b, scope, depth + 1);
          return guarded && e.test && b.text.replace(/\s+/g, '') === e.test.text ? found.filter((o) => o.v.k !== 'null') : found;
        };
        return cap(e, [...(await branch(e.then, e.test?.op === '!=')), ...(await branch(e.else, e.test?.op === '=='))]);
      }
      case 'call':
        return this.call(e, scope, depth);
      case 'object': {
        const entries: Array<{ key?: string; values: Outcome[] }> = [];
        for (const entry of e.entries) entries.push({ key: entry.key, values: await this.evalExpr(entry.value, scope, depth + 1) });
        return [{ v: { k: 'obj', entries }, at, via: [] }];
      }
      case 'tuple': {
        const items: Outcome[][] = [];
        for (const item of e.items) items.push(await this.evalExpr(item, scope, depth + 1));
        return [{ v: { k: 'list', items }, at, via: [] }];
      }
      case 'other':
        return [unknown(e, `${e.what} is not evaluated by RDS CA Guard`)];
    }
  }

  /**
   * Evaluates `read` for the local or variable `name` (`key` tells it apart across modules), or,
   * when it is already being evaluated, says the values form a cycle, naming it once as
   * Terraform does: `local.a → local.b → local.a`.
   */
  private async resolve(
    key: string,
    name: string,
    e: { text: string; file: string; line: number },
    read: () => Promise<Outcome[]>,
  ): Promise<Outcome[]> {
    const at = this.resolving.findIndex((r) => r.key === key);
    if (at >= 0) {
      const route = [...this.resolving.slice(at).map((r) => r.name), name].join(' → ');
      return [unknown(e, `the value refers to itself (a cycle: ${route}), which Terraform rejects`)];
    }
    this.resolving.push({ key, name });
    try {
      return await read();
    } finally {
      this.resolving.pop();
    }
  }

  private async template(e: Expr, parts: Expr[], scope: Scope, depth: number): Promise<Outcome[]> {
    if (parts.length === 1 && parts[0].k !== 'str') return this.evalExpr(parts[0], scope, depth + 1);
    let acc: Array<{ s: string; via: string[] }> = [{ s: '', via: [] }];
    for (const part of parts) {
      const values = await this.evalExpr(part, scope, depth + 1);
      const bad = values.find((v) => v.v.k !== 'str');
      if (bad)
        return [bad.v.k === 'unknown' ? { ...unknown(e, bad.v.missing), via: bad.via } : unknown(e, `\`${part.text}\` is not a string`)];
      const next: Array<{ s: string; via: string[] }> = [];
      for (const a of acc)
        for (const v of values)
          next.push({ s: a.s + (v.v as { s: string }).s, via: [...a.via, ...v.via.filter((h) => !a.via.includes(h))] });
      if (next.length > MAX_OUTCOMES) return [unknown(e, `the template has more than ${MAX_OUTCOMES} combinations`)];
      acc = next;
    }
    return acc.map((a) => ({ v: { k: 'str', s: a.s }, at: { file: e.file, line: e.line }, via: a.via }));
  }

  private async call(e: Extract<Expr, { k: 'call' }>, scope: Scope, depth: number): Promise<Outcome[]> {
    const args: Outcome[][] = [];
    const all = async (): Promise<Outcome[]> => {
      for (const a of e.args) args.push(await this.evalExpr(a, scope, depth + 1));
      return args.flat();
    };
    switch (e.name) {
      case 'coalesce':
        return cap(
          e,
          (await all()).filter((o) => o.v.k !== 'null' && !(o.v.k === 'str' && o.v.s === '')),
        );
      case 'try': {
        // The first argument that evaluates gives the value; one that may fail (unknown) or has no
        // value (a missing key) lets the next one count too.
        const out: Outcome[] = [];
        for (const a of e.args) {
          const found = await this.evalExpr(a, scope, depth + 1);
          out.push(...found);
          if (found.length && found.every((o) => o.v.k !== 'unknown')) break;
        }
        return cap(e, out);
      }
      case 'tostring':
      case 'nonsensitive':
      case 'sensitive':
      case 'toset':
      case 'tomap':
      case 'tolist':
        return cap(e, await all());
      case 'lower':
      case 'upper':
      case 'trimspace': {
        const f = { lower: (x: string) => x.toLowerCase(), upper: (x: string) => x.toUpperCase(), trimspace: (x: string) => x.trim() }[
          e.name
        ];
        if (e.args.length !== 1) return [unknown(e, `\`${e.name}\` takes one argument`)];
        await all();
        return cap(
          e,
          this.combine(e, args, ([v]) => (v.k === 'str' ? f(v.s) : { missing: `\`${e.name}\` gets a value that is not a string` })),
        );
      }
      case 'format': {
        await all();
        return cap(
          e,
          this.combine(e, args, (values) => format(values)),
        );
      }
      case 'replace': {
        if (e.args.length !== 3) return [unknown(e, '`replace` takes three arguments')];
        await all();
        return cap(
          e,
          this.combine(e, args, ([str, sub, by]) => {
            if (str.k !== 'str' || sub.k !== 'str' || by.k !== 'str') return { missing: '`replace` gets a value that is not a string' };
            if (sub.s.length > 1 && sub.s.startsWith('/') && sub.s.endsWith('/'))
              return { missing: 'a regular expression in `replace` is not evaluated by RDS CA Guard' };
            return sub.s === '' ? str.s : str.s.split(sub.s).join(by.s);
          }),
        );
      }
      case 'join': {
        if (e.args.length < 2) return [unknown(e, '`join` needs a separator and a list')];
        await all();
        // Each list becomes one argument per item (each item's candidates), the separator first.
        const [sep, ...lists] = args;
        const out: Outcome[] = [];
        for (const combo of this.combine(e, lists, () => '')) if (combo.v.k === 'unknown') return [combo];
        const expand = (list: Outcome[]): Outcome[][][] => list.map((o) => (o.v.k === 'list' ? o.v.items : [[o]]));
        let shapes: Outcome[][][] = [[]];
        for (const list of lists) {
          const next: Outcome[][][] = [];
          for (const s of shapes) for (const items of expand(list)) next.push([...s, ...items]);
          if (next.length > MAX_OUTCOMES) return [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)];
          shapes = next;
        }
        for (const items of shapes) {
          out.push(
            ...this.combine(e, [sep, ...items], ([s, ...parts]) => {
              if (s.k !== 'str' || parts.some((x) => x.k !== 'str')) return { missing: '`join` gets a value that is not a string' };
              return parts.map((x) => (x as { s: string }).s).join(s.s);
            }),
          );
        }
        return cap(e, out);
      }
      case 'element': {
        if (e.args.length !== 2) return [unknown(e, '`element` takes a list and an index')];
        const lists = await this.evalExpr(e.args[0], scope, depth + 1);
        const indexes = await this.evalExpr(e.args[1], scope, depth + 1);
        const out: Outcome[] = [];
        for (const list of lists) {
          if (list.v.k !== 'list') {
            out.push(list.v.k === 'unknown' ? list : unknown(e, '`element` gets a value that is not a list', list.via));
            continue;
          }
          for (const index of indexes) {
            const n = index.v.k === 'str' ? Number(index.v.s) : NaN;
            if (!Number.isInteger(n) || n < 0 || !list.v.items.length)
              out.push(index.v.k === 'unknown' ? index : unknown(e, `\`${e.args[1].text}\` is not an index of the list`, index.via));
            else out.push(...withHops(list.v.items[n % list.v.items.length], ...list.via));
          }
        }
        return cap(e, out);
      }
      case 'lookup': {
        if (e.args.length < 2) return [unknown(e, '`lookup` needs a map and a key')];
        const found = await this.steps(await this.evalExpr(e.args[0], scope, depth + 1), [{ index: e.args[1] }], e, scope, depth);
        const fallback = e.args[2] ? await this.evalExpr(e.args[2], scope, depth + 1) : [];
        return cap(e, [...found, ...fallback]);
      }
      case 'get_env': {
        const fallback = e.args[1] ? await this.evalExpr(e.args[1], scope, depth + 1) : [];
        const name = e.args[0]?.k === 'str' ? e.args[0].value : 'an environment variable';
        return cap(e, [unknown(e, `the environment variable \`${name}\` is set where Terragrunt runs`), ...fallback]);
      }
      default:
        return [unknown(e, `the function \`${e.name}\` is not evaluated by RDS CA Guard`)];
    }
  }

  /**
   * A variable's values with the defaults of its type filled in: an attribute of an
   * `object({ ca = optional(string, "…") })` that a value leaves out (or sets to null) takes the
   * default, also inside `map(…)`, `list(…)`, `set(…)` and nested objects.
   */
  private async withDefaults(type: Expr | undefined, outcomes: Outcome[], dir: string, depth: number): Promise<Outcome[]> {
    if (!type || type.k !== 'call' || !outcomes.some((o) => o.v.k === 'obj' || o.v.k === 'list')) return outcomes;
    const scope: Scope = { kind: 'module', dir };
    const inner = type.args[0];
    if (['map', 'list', 'set'].includes(type.name) && inner) {
      const out: Outcome[] = [];
      for (const o of outcomes) {
        if (o.v.k === 'obj') {
          const entries = [];
          for (const entry of o.v.entries)
            entries.push({ key: entry.key, values: await this.withDefaults(inner, entry.values, dir, depth + 1) });
          out.push({ ...o, v: { k: 'obj', entries } });
        } else if (o.v.k === 'list') {
          const items = [];
          for (const item of o.v.items) items.push(await this.withDefaults(inner, item, dir, depth + 1));
          out.push({ ...o, v: { k: 'list', items } });
        } else out.push(o);
      }
      return out;
    }
    if (type.name !== 'object' || inner?.k !== 'object' || depth > MAX_DEPTH) return outcomes;
    const out: Outcome[] = [];
    for (const o of outcomes) {
      if (o.v.k !== 'obj') {
        out.push(o);
        continue;
      }
      const entries = [...o.v.entries];
      for (const attr of inner.entries) {
        if (attr.key === undefined) continue;
        const optional = attr.value.k === 'call' && attr.value.name === 'optional' ? attr.value : undefined;
        const attrType = optional ? optional.args[0] : attr.value;
        const i = entries.findIndex((x) => x.key === attr.key);
        const given = i >= 0 ? entries[i].values.filter((x) => x.v.k !== 'null') : [];
        const unset = i < 0 || entries[i].values.some((x) => x.v.k === 'null');
        let values = given;
        if (unset && optional?.args[1])
          values = [
            ...given,
            ...withHops(await this.evalExpr(optional.args[1], scope, depth + 1), hop(`optional default of ${attr.key}`, optional)),
          ];
        else if (unset && i >= 0) values = entries[i].values;
        values = await this.withDefaults(attrType, values, dir, depth + 1);
        if (i >= 0) entries[i] = { key: attr.key, values };
        else if (values.length) entries.push({ key: attr.key, values });
      }
      out.push({ ...o, v: { k: 'obj', entries } });
    }
    return out;
  }

  /**
   * Applies a string function to each combination of its arguments' candidates. The result is
   * written where its last argument that came from elsewhere (a local, a tfvars file) is written,
   * or at the call when every argument is written in it.
   */
  private combine(e: Expr, args: Outcome[][], f: (values: Value[]) => string | { missing: string }): Outcome[] {
    let combos: Outcome[][] = [[]];
    for (const arg of args) {
      const next: Outcome[][] = [];
      for (const c of combos) for (const o of arg) next.push([...c, o]);
      if (next.length > MAX_OUTCOMES) return [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)];
      combos = next;
    }
    return combos.map((combo): Outcome => {
      const via = [...new Set(combo.flatMap((o) => o.via))];
      const bad = combo.find((o) => o.v.k === 'unknown');
      if (bad && bad.v.k === 'unknown') return { ...unknown(e, bad.v.missing), via };
      const result = f(combo.map((o) => o.v));
      if (typeof result !== 'string') return { ...unknown(e, result.missing), via };
      const from = [...combo].reverse().find((o) => o.via.length);
      return { v: { k: 'str', s: result }, at: from ? from.at : { file: e.file, line: e.line }, via };
    });
  }

  /** Applies `.name`, `[key]` and `[*]` to each candidate: a map indexed by a known key gives that value, by an unknown key every value. */
  private async steps(base: Outcome[], steps: readonly Step[], e: Expr, scope: Scope, depth: number): Promise<Outcome[]> {
    let current = base;
    for (const step of steps) {
      const keys: string[] | undefined = 'attr' in step ? [step.attr] : undefined;
      let indexKeys = keys;
      if ('index' in step) {
        const k = await this.evalExpr(step.index, scope, depth + 1);
        indexKeys = k.every((o) => o.v.k === 'str') ? k.map((o) => (o.v as { s: string }).s) : undefined;
      }
      const next: Outcome[] = [];
      for (const o of current) {
        if (o.v.k === 'unknown') next.push(o);
        else if ('splat' in step) next.push(unknown(e, 'a splat (`[*]`) is not evaluated by RDS CA Guard', o.via));
        else if (o.v.k === 'obj') {
          for (const entry of o.v.entries) {
            if (indexKeys && !indexKeys.includes(entry.key ?? '\u0000')) continue;
            next.push(...withHops(entry.values, ...o.via));
          }
        } else if (o.v.k === 'list') {
          o.v.items.forEach((item, i) => {
            if (!indexKeys || indexKeys.includes(String(i))) next.push(...withHops(item, ...o.via));
          });
        } else next.push(unknown(e, `\`${e.text}\` reads into a value that is not a map`, o.via));
      }
      current = cap(e, next);
    }
    return current;
  }

  private async ref(e: Extract<Expr, { k: 'ref' }>, scope: Scope, depth: number): Promise<Outcome[]> {
    const first = e.steps[0] && 'attr' in e.steps[0] ? e.steps[0].attr : undefined;
    const rest = e.steps.slice(1);
    const follow = async (found: Outcome[]): Promise<Outcome[]> => this.steps(found, rest, e, scope, depth);
    if (!first) return [unknown(e, `\`${e.text}\` is not evaluated by RDS CA Guard`)];
    const name = `${e.root}.${first}`;
    if (e.root === 'var') {
      if (scope.kind !== 'module') return [unknown(e, `\`${name}\` is not available here`)];
      return follow(await this.resolve(`${scope.dir}\u0000${name}`, name, e, () => this.variable(scope.dir, first, depth + 1)));
    }
    if (e.root === 'local') {
      let attr: Attr | undefined;
      if (scope.kind === 'module') attr = (await this.module(scope.dir)).locals.get(first);
      else {
        const f = await this.file(scope.file);
        attr = f?.body.blocks
          .filter((b) => b.type === 'locals')
          .map((b) => b.attrs.get(first))
          .find((a) => a);
      }
      if (!attr) return [unknown(e, `\`${name}\` is not defined`)];
      const home: Scope = scope.kind === 'module' ? { kind: 'module', dir: scope.dir } : scope;
      const key = `${scope.kind === 'module' ? scope.dir : scope.file}\u0000${name}`;
      const found = await this.resolve(key, name, e, async () =>
        withHops(await this.evalExpr(attr.value, home, depth + 1), hop(name, attr)),
      );
      return follow(found);
    }
    if (e.root === 'each' && scope.kind === 'module' && scope.each && (first === 'key' || first === 'value'))
      return follow(scope.each[first]);
    if (e.root === 'module' && scope.kind === 'module') {
      const mod = await this.module(scope.dir);
      const call = mod.calls.find((b) => b.labels[0] === first);
      const output = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
      if (!call) return [unknown(e, `module \`${first}\` is not declared`)];
      const source = staticSource(call.attrs.get('source')?.value, scope.dir);
      const child = source !== undefined ? localSourceDir(source, scope.dir) : undefined;
      if (child === undefined || !this.hasModule(child)) {
        return [
          unknown(
            e,
            `module \`${first}\` comes from ${source === undefined ? 'a computed source' : sourceOrigin(source)}, whose outputs are not in the repository`,
          ),
        ];
      }
      const out = output ? (await this.module(child)).outputs.get(output) : undefined;
      const value = out?.attrs.get('value');
      if (!out || !value) return [unknown(e, `module \`${first}\` (${child}) has no output \`${output ?? ''}\``)];
      const found = withHops(
        await this.evalExpr(value.value, { kind: 'module', dir: child }, depth + 1),
        hop(`output.${output}`, value),
        hop(`module.${first}`, call),
      );
      return this.steps(found, rest.slice(1), e, scope, depth);
    }
    if (e.root === 'data') return [unknown(e, `the data source \`${name}\` is read from the provider when Terraform runs`)];
    if (e.root === 'dependency' || e.root === 'include' || e.root === 'feature')
      return [unknown(e, `\`${e.text}\` comes from another Terragrunt configuration or its state`)];
    if (e.root === 'each' || e.root === 'count' || e.root === 'self') return [unknown(e, `\`${e.text}\` differs per instance`)];
    if (e.root === 'terraform') return [unknown(e, `\`${e.text}\` is chosen when Terraform runs`)];
    if (scope.kind === 'module' && e.root.includes('_')) {
      const attrName = rest[0] && 'attr' in rest[0] ? rest[0].attr : undefined;
      const block = (await this.module(scope.dir)).resources.find((b) => b.labels[0] === e.root && b.labels[1] === first);
      const attr = attrName ? block?.attrs.get(attrName) : undefined;
      if (block && attr)
        return this.steps(
          withHops(await this.evalExpr(attr.value, scope, depth + 1), hop(`${name}.${attrName}`, attr)),
          rest.slice(1),
          e,
          scope,
          depth,
        );
      return [unknown(e, `\`${e.text}\` is ${block ? 'set by AWS when Terraform applies' : 'not declared in this module'}`)];
    }
    return [unknown(e, `\`${e.text}\` is not evaluated by RDS CA Guard`)];
  }

  /** Every value variable `name` of module `dir` can take: from its callers, or (a root module) from tfvars and its default. */
  async variable(dir: string, name: string, depth: number): Promise<Outcome[]> {
    const key = `${dir}\u0000${name}`;
    const memo = this.varMemo.get(key);
    if (memo) return memo;
    const mod = await this.module(dir);
    const decl = mod.variables.get(name);
    const ref = { text: `var.${name}`, file: decl?.file ?? dir, line: decl?.line ?? 1 };
    if (!decl) return [unknown(ref, `variable \`${name}\` is not declared in ${dir || 'the repository root'}`)];
    const declHop = hop(`var.${name}`, decl);
    const out: Outcome[] = [];
    let needDefault = false;
    const callers = await this.callersOf(dir);
    for (const caller of callers) {
      if (caller.kind === 'module') {
        const arg = caller.block.attrs.get(name);
        if (arg)
          out.push(
            ...withHops(
              await this.evalExpr(arg.value, { kind: 'module', dir: caller.dir }, depth + 1),
              hop(`module.${caller.block.labels[0]}`, arg),
              declHop,
            ),
          );
        else needDefault = true;
      } else {
        const inputs = caller.file.body.attrs.get('inputs');
        const scope: Scope = { kind: 'terragrunt', file: caller.file.file };
        const entry = inputs?.value.k === 'object' ? inputs.value.entries.find((x) => x.key === name) : undefined;
        if (entry)
          out.push(
            ...withHops(
              await this.evalExpr(entry.value, scope, depth + 1),
              hop(`inputs.${name}`, { file: caller.file.file, line: entry.line }),
              declHop,
            ),
          );
        else if (inputs && inputs.value.k !== 'object') {
          out.push(
            ...withHops(
              await this.steps(await this.evalExpr(inputs.value, scope, depth + 1), [{ attr: name }], inputs.value, scope, depth),
              hop(`inputs.${name}`, inputs),
              declHop,
            ),
          );
        } else needDefault = true;
      }
    }
    const ownTfvars = (this.byDir.get(dir) ?? []).some((f) => TFVARS.test(f));
    if (!callers.length || ownTfvars) {
      const assigned = await this.tfvarsFor(dir, name);
      for (const { file, attr } of assigned)
        out.push(...withHops(await this.evalExpr(attr.value, { kind: 'tfvars', file: file.file }, depth + 1), hop(`var.${name}`, attr)));
      // TF_VAR_x in a CI step, `-var x=…` in a script: like a -var-file assignment.
      const settings = this.settings.filter((v) => v.name === name);
      for (const v of settings)
        out.push({ v: { k: 'str', s: v.value }, at: { file: v.file, line: v.line }, via: [`${v.how} (${v.file}:${v.line})`, declHop] });
      const auto = assigned.some(({ file }) => dirOf(file.file) === dir && AUTO_TFVARS.test(file.file));
      if (!auto && decl.attrs.has('default')) needDefault = true;
      else if (!auto && !assigned.length && !settings.length)
        out.push(unknown(ref, `variable \`${name}\` has no default and no tfvars in the repository assigns it`));
    }
    if (needDefault) {
      const def = decl.attrs.get('default');
      if (def) out.push(...withHops(await this.evalExpr(def.value, { kind: 'module', dir }, depth + 1), declHop));
    }
    const result = cap(ref, await this.withDefaults(decl.attrs.get('type')?.value, out, dir, depth));
    this.varMemo.set(key, result);
    return result;
  }
}

/** The `source` attribute of a Terragrunt file's `terraform` block. */
export function terragruntSource(f: ParsedFile): Attr | undefined {
  return f.body.blocks.find((b) => b.type === 'terraform' && b.attrs.has('source'))?.attrs.get('source');
}

/** Terraform's `format` over known values: `%s`, `%v`, `%d`, `%q` and `%%`; other verbs are not evaluated. */
function format(values: Value[]): string | { missing: string } {
  const [spec, ...rest] = values;
  if (spec?.k !== 'str') return { missing: 'the format of `format` is not a string' };
  if (rest.some((v) => v.k !== 'str')) return { missing: '`format` gets a value that is not a string' };
  const args = rest.map((v) => (v as { s: string }).s);
  let next = 0;
  let bad: string | undefined;
  const out = spec.s.replace(
    /%(?:\[(\d+)\])?([-+# 0]*\d*(?:\.\d+)?)?([a-zA-Z%])/g,
    (all, at: string | undefined, flags: string | undefined, verb: string) => {
      if (verb === '%') return '%';
      if (flags || !'svdq'.includes(verb)) {
        bad ??= `the format verb \`${all}\` is not evaluated by RDS CA Guard`;
        return '';
      }
      const i = at !== undefined ? Number(at) - 1 : next;
      next = i + 1;
      if (i >= args.length) {
        bad ??= '`format` has fewer arguments than its verbs';
        return '';
      }
      return verb === 'q' ? JSON.stringify(args[i]) : args[i];
    },
  );
  return bad ? { missing: bad } : out;
}

function cap(e: { text: string; file: string; line: number }, outcomes: Outcome[]): Outcome[] {
  return outcomes.length > MAX_OUTCOMES ? [unknown(e, `the value has more than ${MAX_OUTCOMES} candidates`)] : outcomes;
}

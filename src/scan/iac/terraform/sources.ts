/** Module sources: static ones as written, local ones as repository directories, remote ones by origin. */
import { posix } from 'node:path';
import type { Attr, Expr, ParsedFile } from './syntax-model.js';

/** A module source as written, when it is a static string (path.module, get_terragrunt_dir() and get_repo_root() allowed). */
function staticSource(e: Expr | undefined, dir: string): string | undefined {
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
function localSourceDir(source: string, dir: string): string | undefined {
  if (!/^\.\.?(?:\/|$)/.test(source)) return undefined;
  const joined = posix.normalize(posix.join(dir || '.', source.replace(/\/\//g, '/'))).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../')) return undefined;
  return joined === '.' ? '' : joined;
}

/**
 * The source of a module call or Terragrunt unit in `dir`: as written when static, and `child`,
 * the repository directory it names when it is local.
 */
export function moduleSource(e: Expr | undefined, dir: string): { source?: string; child?: string } {
  const source = staticSource(e, dir);
  return { source, child: source !== undefined ? localSourceDir(source, dir) : undefined };
}

/** Where a non-local source comes from, for `missing`. */
export function sourceOrigin(source: string): string {
  const registry =
    /^(?:tfr:\/\/\/?)?(?:[\w.-]+\.[a-z]+\/)?[\w-]+\/[\w-]+\/[\w-]+(?:\/\/[^?]*)?(?:\?.*)?$/.test(source) && !source.includes('::');
  return registry ? `the registry (${source})` : source;
}

/** Where the module of a call the repository does not hold comes from: a local directory without a module, or sourceOrigin. */
export function remoteOrigin(source: string, child: string | undefined): string {
  return child !== undefined ? `${source}, which is not in the repository` : sourceOrigin(source);
}

/** The `source` attribute of a Terragrunt file's `terraform` block. */
export function terragruntSource(f: ParsedFile): Attr | undefined {
  return f.body.blocks.find((b) => b.type === 'terraform' && b.attrs.has('source'))?.attrs.get('source');
}

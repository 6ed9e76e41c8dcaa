/** Which Terraform files a path names: configuration, overrides, tfvars (auto-loaded or not), tool caches. */
export { dirOf } from '../../../model/plan.js';

export const TFVARS = /\.tfvars(?:\.json)?$/;
export const AUTO_TFVARS = /(?:^|\/)(?:terraform\.tfvars|[^/]*\.auto\.tfvars)(?:\.json)?$/;
/** Configuration files: Terraform's `.tf`/`.tf.json`, OpenTofu's `.tofu`/`.tofu.json`. */
export const CONFIG = /\.(?:tf|tofu)(?:\.json)?$/;
/** Override files, merged into the module after the others: `override.tf`, `*_override.tf` (and `.tf.json`, `.tofu`, `.tofu.json`). */
export const OVERRIDE = /(?:^|\/|_)override\.(?:tf|tofu)(?:\.json)?$/;

/** The files of a module Terraform (or OpenTofu) reads: with `x.tofu` beside `x.tf`, OpenTofu reads `x.tofu` only (also for `.json`). */
export function configurationFiles(files: readonly string[]): string[] {
  const config = files.filter((f) => CONFIG.test(f));
  const tofu = new Set(config.filter((f) => /\.tofu(?:\.json)?$/.test(f)).map((f) => f.replace(/\.tofu(\.json)?$/, '.tf$1')));
  return config.filter((f) => !tofu.has(f)).sort();
}

/** How many leading directory names two directories share. */
export function commonDepth(a: string, b: string): number {
  const x = a ? a.split('/') : [];
  const y = b ? b.split('/') : [];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

/** Files Terraform and Terragrunt download or cache (`.terraform/`, `.terragrunt-cache/`): not the repository's own. */
export function inToolCache(path: string): boolean {
  return /(?:^|\/)\.(?:terraform|terragrunt-cache)\//.test(path);
}

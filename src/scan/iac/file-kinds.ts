/** Which reader a file of infrastructure code goes to, by its name: one table for the dispatcher and the readers that look across files. */
import { basename } from 'node:path';

export type IacReader = 'terraform' | 'code' | 'document' | 'script';

const CODE = /\.(?:[cm]?[jt]s|py|go|java|cs)$/;
const DOCUMENT = /\.(?:ya?ml|json|template)$/;
/** Shell the bash grammar reads: scripts, Makefile recipes, Dockerfile RUN. */
const SHELL_SCRIPT = /\.(?:sh|bash|zsh|ksh)$/;
const MAKEFILE = /^(?:GNU)?[Mm]akefile(?:\..*)?$/;
const DOCKERFILE = /^(?:Dockerfile|Containerfile)(?:\..*)?$/;
/** Scripts no parser here reads, whose CA options are reported as not checked. */
const POWERSHELL = /\.(?:ps1|psm1)$/;
const JENKINSFILE = /^Jenkinsfile(?:\..*)?$/;

/**
 * Installed dependencies are not the repository's infrastructure: a CA constant in a vendored
 * aws-cdk-lib defines the library, it deploys nothing. (Terraform modules under `modules/` or
 * `vendor/modules/` are the repository's own and are read; Go's `vendor/` holds only dependencies' code.)
 */
export const DEPENDENCIES = /(?:^|\/)(?:node_modules|bower_components|site-packages|\.venv|venv)\//;
export const CODE_DEPENDENCIES = /(?:^|\/)vendor\//;

/** Terraform's files: configuration (also OpenTofu's), variable files, Terragrunt. */
export function isTerraformFile(path: string): boolean {
  return /\.(?:tf|tf\.json|tofu|tofu\.json|tfvars|tfvars\.json|hcl)$/.test(path);
}

/** Whether a file is a YAML or JSON document (CloudFormation, Kubernetes, CI, parameter files). */
export function isDocument(path: string): boolean {
  return DOCUMENT.test(path);
}

/** Whether a file is shell the bash grammar reads. */
export function isShell(path: string): boolean {
  const name = basename(path);
  return SHELL_SCRIPT.test(name) || MAKEFILE.test(name) || DOCKERFILE.test(name);
}

/** A Makefile: its recipes are shell. */
export function isMakefile(path: string): boolean {
  return MAKEFILE.test(basename(path));
}

/** A Dockerfile (or Containerfile): its RUN instructions are shell. */
export function isDockerfile(path: string): boolean {
  return DOCKERFILE.test(basename(path));
}

/** PowerShell: no parser here. */
export function isPowerShell(path: string): boolean {
  return POWERSHELL.test(basename(path));
}

/** A Jenkinsfile (Groovy): no parser here. */
export function isJenkinsfile(path: string): boolean {
  return JENKINSFILE.test(basename(path));
}

/** The reader for a file, by name (and, for scripts without an extension, by its `#!` line). */
export function iacReaderOf(path: string, text?: string): IacReader | undefined {
  if (isTerraformFile(path)) return 'terraform';
  const name = basename(path);
  if (CODE.test(name) && !name.endsWith('.d.ts')) return 'code';
  if (DOCUMENT.test(name)) return 'document';
  // Scripts no parser here reads (PowerShell, Jenkinsfile) go to the script reader too: it reports their CA options as not checked.
  if (isShell(name) || isPowerShell(name) || isJenkinsfile(name)) return 'script';
  if (text !== undefined && !name.includes('.') && /^#!.*\b(?:ba|z|da|k)?sh\b/.test(text)) return 'script';
  return undefined;
}

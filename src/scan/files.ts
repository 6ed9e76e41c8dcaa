/**
 * Which files of the workspace to scan, and which of them can hold anything the rules
 * read. In a git checkout: the files git tracks (what is committed or staged; ignored and
 * untracked files are not the repository's trust material), then grep over them for the
 * markers of trust material (`git grep` where xargs or sh is missing). Elsewhere: a
 * directory walk, every file a candidate. Then the `paths` and `exclude` globs.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { BASE64_PEM_START } from '../certs/document-values.js';
import { hasCertificateExtension } from '../certs/file-names.js';
import { CLIENT_MARKERS } from './clients.js';

/**
 * Text that trust material contains: PEM armour, or its base64 (Helm values), and the manifests
 * that mount files from base64 (a Secret's `data`, a ConfigMap's `binaryData`: a truststore there
 * holds neither).
 */
export const TRUST_MARKERS = ['-----BEGIN ', BASE64_PEM_START, 'kind: Secret', 'binaryData'];

/** Text that IaC which sets (or leaves unset) a database's CA mentions. */
export const IAC_MARKERS = [
  // Terraform, Terragrunt, Ansible, the AWS CLI (ca_cert covers ca_cert_identifier and ca_certificate_identifier)
  'ca_cert',
  'certificate_identifier',
  'ca-certificate-identifier',
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_docdb_cluster',
  'terraform-aws-modules/rds',
  'rds_instance',
  // CloudFormation, SAM, Serverless, CDK (L1 and L2)
  'CACertificateIdentifier',
  'AWS::RDS::',
  'AWS::DocDB::',
  'CaCertificate',
  'caCertificateIdentifier',
  'CfnDB',
  'DatabaseInstance',
  'DatabaseCluster',
  // Pulumi, Crossplane, AWS Controllers for Kubernetes
  'caCertIdentifier',
  'CaCertIdentifier',
  'aws:rds:',
  'rds.Instance',
  'rds.NewInstance',
  'rds.ClusterInstance',
  'rds.NewClusterInstance',
  'rds.Cluster',
  'rds.NewCluster',
  'rds.aws.upbound.io',
  'rds.aws.crossplane.io',
  'database.aws.crossplane.io',
  'rds.services.k8s.aws',
  // Values set outside the code: Terraform variables in CI steps and scripts, CloudFormation parameter files
  'TF_VAR_',
  ' -var ',
  ' -var=',
  'ParameterKey',
  'parameter_overrides',
  'parameter-overrides',
];

/**
 * Text the IaC readers look for when they follow a value out of a file: module calls (a local
 * module's callers), Terragrunt units, CloudFormation parameter files and deploy commands. In
 * the one grep, so that finding those files costs no second pass over the repository.
 */
export const FOLLOW_MARKERS = ['module "', '"module"', 'terraform {', '"Parameters"', 'ParameterOverrides', '--parameters'];

/** Every file the scan must read contains one of these. */
export const MARKERS = [...TRUST_MARKERS, ...IAC_MARKERS, ...CLIENT_MARKERS, ...FOLLOW_MARKERS];

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

export interface ScopeProblem {
  input: 'paths' | 'exclude' | 'workspace';
  value: string;
  reason: string;
}

function run(
  command: string,
  args: string[],
  options: { cwd?: string; input?: string } = {},
): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ status: null, out: '' }));
    child.on('close', (status) => resolve({ status, out: Buffer.concat(chunks).toString('utf8') }));
    if (options.input !== undefined) {
      child.stdin!.on('error', () => undefined); // a missing xargs closes its input: the error event says so
      child.stdin!.end(options.input);
    }
  });
}

const git = (root: string, args: string[]) => run('git', ['-C', root, ...args]);

/**
 * The files among `files` holding one of the markers, by GNU or BSD grep over the list, one grep
 * per core (xargs -P): with the markers' 25 fixed strings that is about half of what `git grep`
 * takes. Undefined when xargs or grep is missing or a grep could not read a file (exit status 2 or
 * more: the wrapper turns it into 255, which stops xargs), so the caller falls back to `git grep`.
 */
async function grepList(root: string, files: readonly string[], markers: readonly string[] = MARKERS): Promise<string[] | undefined> {
  if (!files.length) return [];
  const grep = `grep -l --null -F ${markers.map((m) => `-e '${m.replaceAll("'", "'\\''")}'`).join(' ')} -- "$@"; s=$?; [ $s -le 1 ] || exit 255`;
  const cores = String(Math.max(1, availableParallelism()));
  const result = await run('xargs', ['-0', '-P', cores, '-n', '4000', 'sh', '-c', grep, 'sh'], {
    cwd: root,
    input: `${files.join('\0')}\0`,
  });
  return result.status === 0 || result.status === 123 ? records(result.out) : undefined;
}

const records = (out: string): string[] => out.split('\0').filter(Boolean);

/**
 * The files among `files` (regular files in the workspace) holding one of `needles`, by the same
 * grep: for readers that must look past the markers (Terraform's module callers). Undefined
 * when grep could not look; the caller then reads the files itself.
 */
export async function filesContaining(
  root: string,
  files: readonly string[],
  needles: readonly string[],
): Promise<Set<string> | undefined> {
  const found = await grepList(root, files, needles);
  return found && new Set(found);
}

async function gitList(root: string): Promise<{ files: string[]; candidates: Set<string>; submodules: string[] } | undefined> {
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

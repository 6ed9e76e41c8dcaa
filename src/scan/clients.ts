/**
 * Where the repository's clients get their trust when it is not a committed bundle: bundle
 * downloads, CA settings that name a file, connection modes, and client libraries' built-in
 * RDS profiles; and what each CA setting resolves to. Pure: file texts in, facts out.
 */
import { posix } from 'node:path';
import { findCaReferences, findConnectionModes } from './ca-references.js';
import { findDownloads } from './downloads.js';
import { findProfileUses } from './client-profiles.js';
import { findDatabaseHosts, findProxyHosts } from './proxy-hosts.js';
import { findRootWrites, type RootWrite } from './root-writes.js';
import { withBlocks } from './yaml-blocks.js';
import type { ProxyHost } from '../model/proxies.js';
import type { CaReference, ConnectionMode, Download, ProfileUse, Resolution } from '../model/clients.js';
import { byCodePoint } from '../model/iac.js';

export type { CaReference, ConnectionMode, Download, ProfileUse };

/**
 * Text in files that downloads, CA settings, connection modes or profiles contain (for the git grep
 * prefilter). Each pattern costs `git grep` time on every file: the list is what those files must
 * say, not every spelling: a `ca: fs.readFileSync(…)`, and connection modes (`sslmode`,
 * `rejectUnauthorized`), are found in the files the other markers bring in, beside the CA settings.
 */
export const CLIENT_MARKERS = [
  'rds-downloads',
  'truststore.pki',
  'sslrootcert',
  'SSLROOTCERT',
  'ssl-ca',
  'ssl_ca',
  'sslca',
  'trustStore',
  'NODE_EXTRA_CA_CERTS',
  'cafile',
  'tlsCAFile',
  'Amazon RDS',
  '.proxy-',
  'amazontrust.com',
];

export interface FileClients {
  downloads: Download[];
  references: CaReference[];
  connections: ConnectionMode[];
  profiles: ProfileUse[];
  proxyHosts?: ProxyHost[];
  databaseHosts?: ProxyHost[];
  rootWrites?: RootWrite[];
}

/** What one file says about where clients get trust. Documentation is not a client: it is not read. */
export function clientsInFile(path: string, text: string): FileClients {
  const has = (...markers: string[]): boolean => markers.some((m) => text.includes(m));
  // Most candidates hold only PEM armour or IaC: one pass for the markers spares them the rest.
  if (!has(...CLIENT_MARKERS, '://', 'SSL', 'ssl', 'CAFile', 'readFile') && !/\.proxy-/i.test(text))
    return { downloads: [], references: [], connections: [], profiles: [] };
  const proxyHosts = withBlocks(path, text, findProxyHosts(path, text));
  const databaseHosts = withBlocks(path, text, findDatabaseHosts(path, text));
  const rootWrites = findRootWrites(path, text);
  return {
    ...(proxyHosts.length ? { proxyHosts } : {}),
    ...(databaseHosts.length ? { databaseHosts } : {}),
    ...(rootWrites.length ? { rootWrites } : {}),
    downloads: has('://') ? findDownloads(path, text) : [],
    references: withBlocks(path, text, findCaReferences(path, text)),
    connections: has('ssl', 'SSL', 'rejectUnauthorized', 'verifyServerCertificate', 'tlsAllow')
      ? withBlocks(path, text, findConnectionModes(path, text))
      : [],
    profiles: has('Amazon RDS') ? findProfileUses(path, text) : [],
  };
}

const basename = (p: string): string => p.slice(p.replace(/\\/g, '/').lastIndexOf('/') + 1);

/**
 * What a CA setting names: a committed file (by its path from the referring file or the
 * repository root, or an absolute path ending in a committed path), a file a download in the
 * repository writes, a Secret's or ConfigMap's key a pod mounts, or nothing the repository holds.
 */
export function resolveReference(
  reference: CaReference,
  files: ReadonlySet<string>,
  downloads: readonly Download[],
  trustFiles: ReadonlySet<string>,
  mounts: ReadonlyMap<string, string> = new Map(),
): Resolution {
  if (reference.unresolved) return { kind: 'unresolved' };
  const value = reference.value
    .replace(/^file:(?:\/\/)?/, '')
    .replace(/\\/g, '/')
    .replace(/^~\//, '/');
  const absolute = value.startsWith('/') || /^[A-Za-z]:\//.test(value);
  const candidates = absolute ? [] : [posix.normalize(posix.join(posix.dirname(reference.file), value)), posix.normalize(value)];
  const direct = candidates.find((c) => files.has(c));
  if (direct) return { kind: 'file', path: direct };
  // A download that writes this path (or, for an absolute path in an image, this file name), the nearest first.
  const shared = (a: string, b: string): number => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  const byDownload = downloads
    .filter((d) => d.savedAs && (d.savedAs === reference.value || basename(d.savedAs) === basename(value)))
    .sort(
      (a, b) =>
        Number(b.savedAs === reference.value) - Number(a.savedAs === reference.value) ||
        shared(b.file, reference.file) - shared(a.file, reference.file) ||
        byCodePoint(a.file, b.file) ||
        a.line - b.line,
    )[0];
  if (byDownload) return { kind: 'download', file: byDownload.file, line: byDownload.line, url: byDownload.url };
  if (absolute) {
    const suffix = [...files].filter((f) => value.endsWith(`/${f}`));
    if (suffix.length === 1) return { kind: 'file', path: suffix[0] };
  }
  // An image that copies a committed bundle in: the same file name among the repository's trust files.
  const named = [...trustFiles].filter((f) => basename(f) === basename(value));
  if (named.length === 1) return { kind: 'file', path: named[0] };
  // A pod that mounts a Secret's or ConfigMap's key as that file.
  const mounted = mounts.get(basename(value));
  if (mounted) return { kind: 'file', path: mounted };
  return { kind: 'outside' };
}

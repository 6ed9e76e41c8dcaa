/**
 * Where the repository's clients reach an RDS Proxy, and which trust files those clients use.
 *
 * Each client setting naming a proxy's host is matched to its own connection: the CA setting and
 * connection mode on the same line (one connection string), or, when that line has none, those on
 * lines of the same file (in YAML, the same mapping block) that name no database host (`PGHOST=…` beside `PGSSLROOTCERT=…`). A
 * client that does not verify the server is client-connection-unverified's concern; one whose CA
 * setting names no repository file (`sslrootcert=system`, a system path, a file the repository does
 * not hold) is not judged here; one with no CA setting falls back to the repository's RDS bundles.
 *
 * A proxy declared in the infrastructure code or live in AWS is reached by the repository's clients
 * at large: every RDS bundle is judged for it except one whose every client setting names a
 * database's own host, not a proxy's (an unlinked bundle fails closed).
 */
import type { Facts } from './facts.js';
import type { ResolvedReference } from './clients.js';
import type { ProxyHost } from './proxies.js';

export interface ProxySite {
  /** How a finding names it: `aws_db_proxy.main (infra/proxy.tf:3)`, `proxy "app" (app.proxy-….rds.amazonaws.com) in 123456789012/us-east-1`. */
  label: string;
  /** Its identity without a line number (a finding's resource: its first-seen date must survive edits above it). */
  id: string;
  account?: string;
}

export interface ProxySites {
  /** Proxies the repository's clients at large reach. */
  repositoryWide: ProxySite[];
  /** Trust files named by the CA settings of a client naming a proxy host, by trust key (see trustKey). */
  linked: Map<string, ProxySite[]>;
  /** Trust keys whose every client setting names a database's own host: repositoryWide proxies do not judge them. */
  directOnly: Set<string>;
}

/** A committed file by its path; a download by its build file and line (one build file may fetch several). */
export const trustKey = (path: string, line?: number): string => (line === undefined ? path : `${path}#${line}`);

const named = (name: string | undefined): string => (name ? ` "${name}"` : '');

function keyOf(r: ResolvedReference): string | undefined {
  if (r.resolvesTo.kind === 'file') return trustKey(r.resolvesTo.path);
  if (r.resolvesTo.kind === 'download') return trustKey(r.resolvesTo.file, r.resolvesTo.line);
  return undefined;
}

export function proxySites(facts: Facts): ProxySites {
  const repositoryWide: ProxySite[] = [];
  for (const p of facts.repository.proxies ?? []) {
    repositoryWide.push({ label: `${p.resource}${named(p.name)} (${p.file}:${p.line})`, id: `${p.resource}${named(p.name)} (${p.file})` });
  }
  for (const inventory of facts.aws?.inspected ?? []) {
    for (const e of inventory.proxies ?? []) {
      const what = e.name === e.proxy ? `proxy "${e.proxy}"` : `proxy endpoint "${e.name}" of proxy "${e.proxy}"`;
      const label = `${what}${e.host ? ` (${e.host})` : ''} in ${e.account}/${e.region}`;
      repositoryWide.push({ label, id: label, account: e.account });
    }
  }
  const { references, connections, proxyHosts = [], databaseHosts = [] } = facts.repository.clients;
  const hosts: ProxyHost[] = [...proxyHosts, ...databaseHosts];
  const namesHost = (file: string, line: number): boolean => hosts.some((h) => h.file === file && h.line === line);
  /** A host's own settings: those on its line, else those on lines of its file (its YAML block) that name no host. */
  const own = <T extends { file: string; line: number; block?: number }>(host: ProxyHost, items: readonly T[]): T[] => {
    const inFile = items.filter((i) => i.file === host.file && i.block === host.block);
    const sameLine = inFile.filter((i) => i.line === host.line);
    return sameLine.length ? sameLine : inFile.filter((i) => !namesHost(i.file, i.line));
  };
  const linked = new Map<string, ProxySite[]>();
  for (const host of proxyHosts) {
    const site = { label: `${host.host} (${host.file}:${host.line})`, id: `${host.host} (${host.file})` };
    if (own(host, connections).some((c) => !c.verifies)) continue;
    const settings = own(host, references);
    if (!settings.length) {
      repositoryWide.push(site);
      continue;
    }
    // The system store, or a file outside the repository (client-ca-not-in-repository's concern): nothing to judge here.
    for (const key of new Set(settings.flatMap((r) => keyOf(r) ?? []))) linked.set(key, [...(linked.get(key) ?? []), site]);
  }
  // Which hosts each CA setting serves: those on its line, else those its file (its YAML block) names.
  const served = (r: ResolvedReference): ProxyHost[] => {
    const inFile = hosts.filter((h) => h.file === r.file && h.block === r.block);
    const sameLine = inFile.filter((h) => h.line === r.line);
    return sameLine.length ? sameLine : inFile;
  };
  const byKey = new Map<string, ProxyHost[][]>();
  for (const r of references) {
    const key = keyOf(r);
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), served(r)]);
  }
  const direct = new Set(databaseHosts);
  const directOnly = new Set(
    [...byKey].filter(([, uses]) => uses.every((h) => h.length > 0 && h.every((x) => direct.has(x)))).map(([key]) => key),
  );
  return { repositoryWide, linked, directOnly };
}

/**
 * Where the repository's clients reach an RDS Proxy, and which trust files those clients use.
 *
 * A proxy declared in the infrastructure code or live in AWS (in scope) is reached by the
 * repository's clients at large: they use every RDS bundle the repository gives them (committed,
 * downloaded, a library's profile), the same set bundle-missing-target-root judges. A client file
 * that names a proxy's host is more precise: the CA files its own settings name (`sslrootcert`,
 * `ssl-ca`, `NODE_EXTRA_CA_CERTS`, …) are what it uses, RDS bundles or not; when it names none,
 * it falls back to the repository's RDS bundles like the others. A client that does not verify
 * the server (`sslmode=require`) is client-connection-unverified's concern, not this one's.
 */
import type { Facts } from './facts.js';

export interface ProxySite {
  /** How a finding names it: `aws_db_proxy.main (infra/proxy.tf:3)`, `proxy "app" (app.proxy-….rds.amazonaws.com) in 123456789012/us-east-1`. */
  label: string;
  account?: string;
}

export interface ProxySites {
  /** Proxies the repository's clients at large reach. */
  repositoryWide: ProxySite[];
  /** Trust files named by the CA settings of a client file that names a proxy host, by path. */
  linked: Map<string, ProxySite[]>;
}

const named = (name: string | undefined): string => (name ? ` "${name}"` : '');

export function proxySites(facts: Facts): ProxySites {
  const repositoryWide: ProxySite[] = [];
  for (const p of facts.repository.proxies ?? []) {
    repositoryWide.push({ label: `${p.resource}${named(p.name)} (${p.file}:${p.line})` });
  }
  for (const inventory of facts.aws?.inspected ?? []) {
    for (const e of inventory.proxies ?? []) {
      const what = e.name === e.proxy ? `proxy "${e.proxy}"` : `proxy endpoint "${e.name}" of proxy "${e.proxy}"`;
      repositoryWide.push({ label: `${what}${e.host ? ` (${e.host})` : ''} in ${e.account}/${e.region}`, account: e.account });
    }
  }
  const linked = new Map<string, ProxySite[]>();
  const { references, connections, proxyHosts = [] } = facts.repository.clients;
  for (const host of proxyHosts) {
    const site = { label: `${host.host} (${host.file}:${host.line})` };
    if (connections.some((c) => c.file === host.file && !c.verifies)) continue;
    const files = references
      .filter((r) => r.file === host.file)
      .flatMap((r) => (r.resolvesTo.kind === 'file' ? [r.resolvesTo.path] : r.resolvesTo.kind === 'download' ? [r.resolvesTo.file] : []));
    if (!files.length) repositoryWide.push(site);
    for (const path of new Set(files)) linked.set(path, [...(linked.get(path) ?? []), site]);
  }
  return { repositoryWide, linked };
}

/**
 * Which handshakes to make and against which bundles: every database endpoint in scope (with
 * `probe: true`) and every `probe-targets` entry, against `probe-bundle` or each RDS bundle of
 * the repository. All at once, each bounded by probe-timeout-seconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCertificates } from '../certs/read.js';
import type { AwsFacts } from '../model/fleet.js';
import type { RdsBundle } from '../trust/bundles.js';
import { probe } from './probe.js';
import { protocolOf } from './protocols.js';
import type { ProbeConfig, ProbeTarget, Protocol } from '../config.js';
import type { ProbeRun } from '../model/probe.js';
import { proxyHostRegion } from '../model/proxies.js';

const SCHEMES: Record<string, Protocol> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mysql',
  tls: 'tls',
  mongodb: 'tls',
};
const DEFAULT_PORTS: Record<Protocol, number> = { postgres: 5432, mysql: 3306, tls: 27017 };

/** `postgres://host:port`, `mysql://host:port`, `tls://host:port` (DocumentDB and other direct TLS). */
export function parseProbeTarget(text: string): ProbeTarget | string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `"${text}" is not a URL like postgres://db.example.com:5432`;
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme === 'sqlserver')
    return `"${text}": SQL Server probes are not supported (TLS inside TDS PRELOGIN packets); accepted: postgres://, mysql://, tls://`;
  const protocol = SCHEMES[scheme];
  if (!protocol) return `"${text}" has scheme ${scheme}:; accepted: postgres://, mysql://, tls://`;
  if (url.username || url.password) return `"${text}" carries credentials; the probe never logs in, remove them`;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return {
    name: text,
    protocol,
    host,
    port: url.port ? Number(url.port) : DEFAULT_PORTS[protocol],
    ...(proxyHostRegion(host) ? { proxy: true } : {}),
  };
}

/** PEM text of a bundle file whatever its format. */
async function bundlePem(root: string, path: string, passwords: readonly string[]): Promise<string> {
  const ders: Uint8Array[] = [];
  const found = await readCertificates(path, readFileSync(join(root, path)), {
    passwords,
    known: () => undefined,
    onDer: (d) => ders.push(d),
  });
  if (!found.certificates.length) throw new Error(`${path} holds no certificate${found.problem ? ` (${found.problem.reason})` : ''}`);
  return ders
    .map((d) => `-----BEGIN CERTIFICATE-----\n${Buffer.from(d).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`)
    .join('');
}

export async function runProbes(
  config: ProbeConfig,
  root: string,
  bundles: readonly RdsBundle[],
  aws: AwsFacts | undefined,
  passwords: readonly string[],
): Promise<ProbeRun> {
  const targets = [...config.targets];
  if (config.enabled) {
    for (const db of (aws?.inspected ?? []).flatMap((i) => i.databases)) {
      const protocol = protocolOf(db.engine);
      if (protocol && db.endpoint)
        targets.push({ name: `${db.id} (${db.region})`, protocol, host: db.endpoint.address, port: db.endpoint.port, region: db.region });
    }
    // RDS Proxy endpoints listen on their engine family's port; SQL Server's TLS is inside TDS, not probed.
    for (const e of (aws?.inspected ?? []).flatMap((i) => i.proxies ?? [])) {
      const protocol = e.engineFamily === 'POSTGRESQL' ? 'postgres' : e.engineFamily === 'MYSQL' ? 'mysql' : undefined;
      if (protocol && e.host)
        targets.push({
          name: `proxy ${e.name} (${e.region})`,
          protocol,
          host: e.host,
          port: DEFAULT_PORTS[protocol],
          region: e.region,
          proxy: true,
        });
    }
  }
  if (!targets.length) return { results: [] };
  // probe-bundle is what the application uses everywhere; the repository's bundles serve their regions.
  const chosen: { path: string; serves: RdsBundle['serves'] }[] = config.bundle
    ? [{ path: config.bundle, serves: 'all' }]
    : bundles.filter((b) => !b.origin).map((b) => ({ path: b.path, serves: b.serves }));
  if (!chosen.length)
    return { results: [], notRun: 'no RDS bundle in the repository and no probe-bundle: there is nothing to verify the servers against' };
  const pems: { path: string; serves: RdsBundle['serves']; pem: string }[] = [];
  for (const { path, serves } of chosen) {
    try {
      pems.push({ path, serves, pem: await bundlePem(root, path, passwords) });
    } catch (error) {
      return { results: [], notRun: `probe-bundle ${path} cannot be used: ${(error as Error).message}` };
    }
  }
  // A regional bundle is judged only for its region's databases: a client in eu-west-1 does not use the us-east-1 bundle.
  const serving = (t: ProbeTarget) => pems.filter((b) => !t.region || b.serves === 'all' || b.serves === t.region);
  const results = await Promise.all(targets.flatMap((t) => serving(t).map((b) => probe(t, b.path, b.pem, config.timeoutSeconds * 1000))));
  return { results };
}

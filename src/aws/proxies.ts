/**
 * A region's RDS proxies and their endpoints (DescribeDBProxies, DescribeDBProxyEndpoints, both
 * paginated): each proxy's default endpoint and each additional endpoint, in scope as databases are.
 *
 * Scope: a proxy stands for the databases behind it. It is in scope when its name passes the
 * identifier globs (include and exclude) and its engine family is an engine in scope (MYSQL:
 * mysql, mariadb, aurora-mysql; POSTGRESQL: postgres, aurora-postgresql; SQLSERVER: sqlserver-*),
 * judged by the same filter as a database. DescribeDBProxies answers no tags, so a scope that
 * filters by tags or environment leaves proxies out rather than guess.
 */
import {
  paginateDescribeDBProxies,
  paginateDescribeDBProxyEndpoints,
  type DBProxy,
  type DBProxyEndpoint,
  type RDSClient,
} from '@aws-sdk/client-rds';
import type { Database } from '../model/fleet.js';
import type { LiveProxyEndpoint } from '../model/proxies.js';
import { byCodePoint } from '../model/iac.js';
import type { CallContext } from './aws-problem.js';
import type { Where } from './databases.js';
import { collectPages } from './pages.js';

const PAGE = 100;
const FAMILY_ENGINES: Record<string, string[]> = {
  MYSQL: ['mysql', 'mariadb', 'aurora-mysql'],
  POSTGRESQL: ['postgres', 'aurora-postgresql'],
  SQLSERVER: ['sqlserver-ee', 'sqlserver-se', 'sqlserver-ex', 'sqlserver-web'],
};

/** Whether the proxy is in scope, judged as a database of its engine family named as the proxy. */
function proxyInScope(proxy: DBProxy, where: Where, inScope: (db: Database) => boolean): boolean {
  const engines = FAMILY_ENGINES[proxy.EngineFamily ?? ''] ?? [proxy.EngineFamily?.toLowerCase() ?? 'unknown'];
  return engines.some((engine) =>
    inScope({
      arn: proxy.DBProxyArn ?? `${where.region}:${proxy.DBProxyName}`,
      account: where.account,
      id: proxy.DBProxyName ?? '?',
      kind: 'instance',
      region: where.region,
      engine,
      engineVersion: 'unknown',
      tags: {},
    }),
  );
}

export async function describeProxies(
  rds: RDSClient,
  where: Where,
  inScope: (db: Database) => boolean,
  context: CallContext,
  call: <T>(action: string, work: () => Promise<T>) => Promise<T>,
): Promise<LiveProxyEndpoint[]> {
  const send = { abortSignal: context.deadline };
  // Both calls go out together: a region's proxies are few, and the deadline covers both.
  const [proxies, endpoints] = await Promise.all([
    call('DescribeDBProxies', () =>
      collectPages<DBProxy, { DBProxies?: DBProxy[] }>(
        paginateDescribeDBProxies({ client: rds, pageSize: PAGE }, {}, send),
        (p) => p.DBProxies,
      ),
    ),
    call('DescribeDBProxyEndpoints', () =>
      collectPages<DBProxyEndpoint, { DBProxyEndpoints?: DBProxyEndpoint[] }>(
        paginateDescribeDBProxyEndpoints({ client: rds, pageSize: PAGE }, {}, send),
        (p) => p.DBProxyEndpoints,
      ),
    ),
  ]);
  const kept = new Map(proxies.filter((p) => p.DBProxyName && proxyInScope(p, where, inScope)).map((p) => [p.DBProxyName!, p]));
  const out: LiveProxyEndpoint[] = [];
  const base = (p: DBProxy) => ({ ...where, proxy: p.DBProxyName!, engineFamily: p.EngineFamily, requireTls: p.RequireTLS });
  for (const p of kept.values()) out.push({ ...base(p), name: p.DBProxyName!, host: p.Endpoint, arn: p.DBProxyArn });
  for (const e of endpoints) {
    const p = e.DBProxyName ? kept.get(e.DBProxyName) : undefined;
    // The default endpoint is listed with the proxy already.
    if (!p || e.IsDefault || !e.DBProxyEndpointName) continue;
    out.push({ ...base(p), name: e.DBProxyEndpointName, host: e.Endpoint, role: e.TargetRole, arn: e.DBProxyEndpointArn });
  }
  return out.sort(
    (a, b) => byCodePoint(a.proxy, b.proxy) || Number(a.name !== a.proxy) - Number(b.name !== b.proxy) || byCodePoint(a.name, b.name),
  );
}

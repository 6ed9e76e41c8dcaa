/**
 * RDS Proxy, live: DescribeDBProxies and DescribeDBProxyEndpoints (paginated, per region) put the proxies in
 * scope into the facts, and a repository whose only trust is AWS's RDS bundle fails for them. Not HTTP proxies
 * (that is proxy.test.ts).
 */
import { readFileSync } from 'node:fs';
import { FakeAws } from '../support/fake-aws.mjs';
import { syntheticFleet } from '../support/fleet.mjs';
import { liveCheck, thumbprint } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';

const region = 'us-east-1';
const ACCOUNT_PROXY = (name: string, family: string) => ({
  DBProxyName: name,
  DBProxyArn: `arn:aws:rds:${region}:123456789012:db-proxy:prx-${name}`,
  Status: 'available',
  EngineFamily: family,
  Endpoint: `${name}.proxy-c1a2b3c4d5e6.${region}.rds.amazonaws.com`,
  RequireTLS: true,
  VpcSubnetIds: ['subnet-1', 'subnet-2'],
});

function seed() {
  const fleet = syntheticFleet([region], 2, { thumbprint });
  const r = fleet.regions[region];
  r.proxies = [ACCOUNT_PROXY('orders', 'POSTGRESQL'), ACCOUNT_PROXY('legacy', 'SQLSERVER'), ACCOUNT_PROXY('reports', 'POSTGRESQL')];
  r.proxyEndpoints = [
    { DBProxyEndpointName: 'default', DBProxyName: 'orders', Endpoint: r.proxies[0].Endpoint, IsDefault: true, TargetRole: 'READ_WRITE' },
    {
      DBProxyEndpointName: 'orders-ro',
      DBProxyName: 'orders',
      Endpoint: `orders-ro.endpoint.proxy-c1a2b3c4d5e6.${region}.rds.amazonaws.com`,
      IsDefault: false,
      TargetRole: 'READ_ONLY',
    },
  ];
  return fleet;
}

describe('RDS Proxy, live', () => {
  it('lists the proxies in scope (every page) and fails an RDS-only bundle for them; passes with AmazonRootCA1.pem appended', async () => {
    const fake = await new FakeAws(seed()).start();
    fake.set({ pageSize: 1 });
    try {
      const inputs = { regions: region, engines: 'postgres', 'exclude-identifiers': 'reports' };
      const outcome = await liveCheck(fake, workspace({ 'certs/rds.pem': bundle('global-bundle.pem') }, { git: true }), inputs, {
        AWS_REGION: region,
      });
      const inventory = outcome.facts.aws!.inspected[0];
      expect(inventory.proxies?.map((p) => [p.proxy, p.name, p.host, p.role ?? null, p.engineFamily, p.requireTls])).toEqual([
        ['orders', 'orders', `orders.proxy-c1a2b3c4d5e6.${region}.rds.amazonaws.com`, null, 'POSTGRESQL', true],
        ['orders', 'orders-ro', `orders-ro.endpoint.proxy-c1a2b3c4d5e6.${region}.rds.amazonaws.com`, 'READ_ONLY', 'POSTGRESQL', true],
      ]);
      const proxyCalls = fake.calls.filter((c) => c.action.startsWith('DescribeDBProx'));
      expect(proxyCalls.filter((c) => c.action === 'DescribeDBProxies')).toHaveLength(3); // one page each
      expect(proxyCalls.filter((c) => c.action === 'DescribeDBProxyEndpoints')).toHaveLength(2);
      const [f, ...rest] = outcome.findings.filter((x) => x.rule === 'proxy-trust-missing');
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ severity: 'error', file: 'certs/rds.pem', account: '123456789012' });
      expect(f.message).toContain(`proxy "orders" (orders.proxy-c1a2b3c4d5e6.${region}.rds.amazonaws.com) in 123456789012/${region}`);
      expect(f.message).toContain('proxy endpoint "orders-ro" of proxy "orders"');
      expect(outcome.verdict.result).toBe('fail');

      const fixed = bundle('global-bundle.pem') + readFileSync('data/amazon-trust/AmazonRootCA1.pem', 'utf8');
      const again = await liveCheck(fake, workspace({ 'certs/rds.pem': fixed }, { git: true }), inputs, { AWS_REGION: region });
      expect(again.findings.filter((x) => x.rule === 'proxy-trust-missing')).toEqual([]);
    } finally {
      await fake.stop();
    }
  });

  it('warns and judges the rest when the role may not describe proxies', async () => {
    const fake = await new FakeAws(seed()).start();
    fake.set({ failActions: { [region]: { DescribeDBProxies: 'AccessDenied' } } });
    try {
      const outcome = await liveCheck(
        fake,
        workspace({ 'certs/rds.pem': bundle('global-bundle.pem') }, { git: true }),
        { regions: region },
        {
          AWS_REGION: region,
        },
      );
      const inventory = outcome.facts.aws!.inspected[0];
      expect(inventory.proxies).toBeUndefined();
      expect(inventory.skipped.join('\n')).toMatch(/RDS Proxy was not described \(.*DescribeDBProxies.*\)/);
      expect(outcome.findings.filter((x) => x.rule === 'inventory-incomplete')).toHaveLength(1);
      expect(outcome.findings.filter((x) => x.rule === 'proxy-trust-missing')).toEqual([]);
    } finally {
      await fake.stop();
    }
  });
});

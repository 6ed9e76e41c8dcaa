/**
 * Probing an RDS Proxy endpoint: the handshake uses what the client's bundle holds. A real proxy chains to
 * Amazon Root CA 1, which no test can sign with; a root made here stands in for it, in the bundle or not.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Server } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { runProbes, parseProbeTarget } from '../../src/probe/probe-all.js';
import { probeVerificationFailed } from '../../src/rules/probe-verification-failed.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, tempDir, workspace } from '../helpers/workspace.js';
import { makeChain, type Chain } from '../support/tls-servers.js';

let chain: Chain;
let server: Server;
let port: number;

beforeAll(async () => {
  chain = makeChain(join(tempDir('rcg-proxy-pki-'), 'pki'));
  server = createServer({ cert: readFileSync(chain.good.cert), key: readFileSync(chain.good.key) }, (socket) => socket.end());
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
}, 30_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('probing an RDS Proxy endpoint', () => {
  it('marks probe-targets naming a proxy host as proxies', () => {
    expect(parseProbeTarget('postgres://orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com')).toMatchObject({ proxy: true, port: 5432 });
    expect(parseProbeTarget('postgres://orders.c1a2b3c4d5e6.us-east-1.rds.amazonaws.com')).not.toHaveProperty('proxy');
  });

  it("fails an RDS-only bundle with the proxy's fix, and verifies once the proxy's root is appended", async () => {
    const target = { name: 'proxy orders (us-east-1)', protocol: 'tls' as const, host: 'localhost', port, proxy: true };
    const files = { 'certs/rds.pem': bundle('global-bundle.pem'), 'certs/rds-and-proxy.pem': bundle('global-bundle.pem') + chain.rootPem };
    const facts = await factsFrom(files, { regions: ['us-east-1'] });
    const run = await runProbes({ enabled: false, targets: [target], timeoutSeconds: 5 }, workspace(files), facts.bundles, undefined, []);
    expect(run.results.map((r) => [r.bundle, r.outcome])).toEqual([
      ['certs/rds.pem', 'rejected'],
      ['certs/rds-and-proxy.pem', 'verified'],
    ]);
    const findings = probeVerificationFailed.check({ ...facts, probes: run });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', file: 'certs/rds.pem', resource: 'proxy orders (us-east-1)' });
    expect(findings[0].message).toMatch(
      /^RDS Proxy endpoint proxy orders \(us-east-1\) \(localhost:\d+\) does not verify against certs\/rds\.pem: unknown issuer/,
    );
    expect(findings[0].message).toContain('Amazon Trust Services roots');
    expect(findings[0].remediation).toBe(
      "Append Amazon Root CA 1 (https://www.amazontrust.com/repository/AmazonRootCA1.pem) to certs/rds.pem, keeping the RDS certificates for direct connections; or have the proxy's clients use the system trust store.",
    );
  }, 30_000);

  it('probes the live proxy endpoints in scope on their engine family’s port', async () => {
    const run = await runProbes(
      { enabled: true, targets: [], timeoutSeconds: 1 },
      workspace({ 'certs/rds.pem': bundle('us-east-1-bundle.pem') }),
      (await factsFrom({ 'certs/rds.pem': bundle('us-east-1-bundle.pem') })).bundles,
      {
        via: 'role',
        failed: [],
        inspected: [
          {
            account: '111122223333',
            region: 'us-east-1',
            databases: [],
            engineVersions: {},
            skipped: [],
            proxies: [
              {
                account: '111122223333',
                region: 'us-east-1',
                proxy: 'orders',
                name: 'orders',
                host: '127.0.0.1',
                engineFamily: 'POSTGRESQL',
              },
              { account: '111122223333', region: 'us-east-1', proxy: 'mssql', name: 'mssql', host: '127.0.0.1', engineFamily: 'SQLSERVER' },
            ],
          },
        ],
      },
      [],
    );
    expect(run.results.map((r) => [r.target.name, r.target.port, r.target.proxy])).toEqual([['proxy orders (us-east-1)', 5432, true]]);
  });
});

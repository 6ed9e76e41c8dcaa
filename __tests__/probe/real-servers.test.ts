/**
 * The probe against real PostgreSQL and MariaDB servers with TLS, side by side with the real
 * clients on the same bundle: psql "sslmode=verify-full sslrootcert=…" and
 * mariadb --ssl-ca=… --ssl-verify-server-cert. Same verdict, case by case.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probe } from '../../src/probe/probe.js';
import { freePort, makeChain, startMariadb, startPostgres, type Chain, type RunningServer } from '../support/tls-servers.js';
import { bundle, tempDir } from '../helpers/workspace.js';
import type { ProbeTarget } from '../../src/config.js';

let chain: Chain;
let servers: Record<'pgGood' | 'pgExpired' | 'mariaGood' | 'mariaExpired', RunningServer>;
let bundles: Record<'test' | 'aws', string>;

beforeAll(async () => {
  const dir = tempDir('rcg-probe-');
  chmodSync(dir, 0o755);
  chain = makeChain(join(dir, 'pki'));
  const [pgGood, pgExpired, mariaGood, mariaExpired] = await Promise.all([
    startPostgres(join(dir, 'pg-good'), chain.good),
    startPostgres(join(dir, 'pg-expired'), chain.expired),
    startMariadb(join(dir, 'maria-good'), chain.good),
    startMariadb(join(dir, 'maria-expired'), chain.expired),
  ]);
  servers = { pgGood, pgExpired, mariaGood, mariaExpired };
  bundles = { test: join(dir, 'test-root.pem'), aws: join(dir, 'global-bundle.pem') };
  writeFileSync(bundles.test, chain.rootPem);
  writeFileSync(bundles.aws, bundle('global-bundle.pem'));
  for (const f of Object.values(bundles)) chmodSync(f, 0o644);
}, 120_000);

afterAll(async () => {
  await Promise.all(Object.values(servers ?? {}).map((s) => s.stop()));
});

function psql(host: string, port: number, bundlePath: string): boolean {
  const r = spawnSync(
    'psql',
    [
      `host=${host} port=${port} user=postgres dbname=postgres sslmode=verify-full sslrootcert=${bundlePath} connect_timeout=5`,
      '-c',
      'select 1',
    ],
    { encoding: 'utf8', env: { ...process.env, PGPASSWORD: '' } },
  );
  return r.status === 0;
}

function mariadb(host: string, port: number, bundlePath: string): boolean {
  const r = spawnSync(
    'mariadb',
    [
      '--no-defaults',
      '--protocol=TCP',
      '-h',
      host,
      '-P',
      String(port),
      '-u',
      'root',
      `--ssl-ca=${bundlePath}`,
      '--ssl-verify-server-cert',
      '--connect-timeout=5',
      '-e',
      'select 1',
    ],
    { encoding: 'utf8' },
  );
  return r.status === 0;
}

const target = (protocol: 'postgres' | 'mysql', host: string, port: number): ProbeTarget => ({
  name: `${protocol}://${host}:${port}`,
  protocol,
  host,
  port,
});

describe.each([
  ['PostgreSQL', 'postgres' as const, 'pgGood' as const, 'pgExpired' as const, psql],
  ['MariaDB', 'mysql' as const, 'mariaGood' as const, 'mariaExpired' as const, mariadb],
])('%s', (_name, protocol, good, expired, client) => {
  it('verifies a chain whose root is in the bundle, as the client does', async () => {
    const r = await probe(target(protocol, 'localhost', servers[good].port), 'test-root.pem', chain.rootPem, 5000);
    expect(r.outcome).toBe('verified');
    expect(client('localhost', servers[good].port, bundles.test)).toBe(true);
    if (r.outcome === 'verified')
      expect(r.chain.map((c) => c.subject)).toEqual(['CN=localhost', 'CN=Probe Test Subordinate CA', 'CN=Probe Test Root CA']); // as verified, up to the bundle's root
  });

  it("fails AWS's global bundle with unknown issuer, as the client does", async () => {
    const r = await probe(target(protocol, 'localhost', servers[good].port), 'global-bundle.pem', bundle('global-bundle.pem'), 5000);
    expect(r).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/^unknown issuer/) });
    expect(client('localhost', servers[good].port, bundles.aws)).toBe(false);
  });

  it('fails an expired server certificate, as the client does', async () => {
    const r = await probe(target(protocol, 'localhost', servers[expired].port), 'test-root.pem', chain.rootPem, 5000);
    expect(r).toMatchObject({ outcome: 'rejected', code: 'CERT_HAS_EXPIRED' });
    if (r.outcome === 'rejected') expect(r.chain[0]).toMatchObject({ subject: 'CN=localhost', validTo: '2021-01-01' });
    expect(client('localhost', servers[expired].port, bundles.test)).toBe(false);
  });

  it('fails a host-name mismatch, as the client does', async () => {
    const r = await probe(target(protocol, '127.0.0.1', servers[good].port), 'test-root.pem', chain.rootPem, 5000);
    expect(r).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/^host-name mismatch/) });
    expect(client('127.0.0.1', servers[good].port, bundles.test)).toBe(false);
  });

  it('reports a port with no server as unreachable, without hanging', async () => {
    const port = await freePort();
    const start = Date.now();
    const r = await probe(target(protocol, '127.0.0.1', port), 'test-root.pem', chain.rootPem, 2000);
    expect(r).toMatchObject({ outcome: 'unreachable', reason: expect.stringContaining('ECONNREFUSED') });
    expect(Date.now() - start).toBeLessThan(2500);
  });
});

describe('the gate with probe-targets, run as the GitHub runner runs it', () => {
  it('reports each endpoint that fails to verify, with its chain and reason, and unreachable ones as one warning', async () => {
    const { runActionAsync } = await import('../helpers/runner.js');
    const { workspace } = await import('../helpers/workspace.js');
    const closed = await freePort();
    const repo = workspace({ 'certs/app-root.pem': chain.rootPem }, { git: true });
    const targets = [
      `postgres://localhost:${servers.pgGood.port}`,
      `mysql://localhost:${servers.mariaExpired.port}`,
      `postgres://127.0.0.1:${servers.pgGood.port}`,
      `postgres://127.0.0.1:${closed}`,
    ];
    const run = await runActionAsync(
      repo,
      { offline: 'true', 'probe-targets': targets.join('\n'), 'probe-bundle': 'certs/app-root.pem', 'probe-timeout-seconds': '3' },
      {},
    );
    expect(run.status).toBe(1);
    const report = JSON.parse((await import('node:fs')).readFileSync(run.outputs['report-file'], 'utf8')) as {
      findings: { rule: string; severity: string; resource?: string; message: string }[];
    };
    const failed = report.findings.filter((f) => f.rule === 'probe-verification-failed');
    expect(failed.map((f) => [f.resource, f.message.match(/: ([a-z-]+ ?[a-z]*)/)?.[1]])).toEqual([
      [targets[1], 'expired'],
      [targets[2], 'host-name mismatch'],
    ]);
    expect(failed[0].message).toContain('Presented chain: CN=localhost (issuer CN=Probe Test Subordinate CA, expires 2021-01-01)');
    const [unreachable] = report.findings.filter((f) => f.rule === 'probe-unreachable');
    expect(unreachable).toMatchObject({ severity: 'warning', message: expect.stringContaining(`postgres://127.0.0.1:${closed}`) });
  }, 30_000);
});

/** Documented behaviour held: which bundles a probe tries, and what it sends as SNI. */
import type { AwsFacts, Database } from '../../src/model/fleet.js';
import { serverNameFor } from '../../src/probe/probe.js';
import { runProbes } from '../../src/probe/probe-all.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, workspace } from '../helpers/workspace.js';

const db = (id: string, region: string): Database => ({
  arn: `arn:aws:rds:${region}:111122223333:db:${id}`,
  account: '111122223333',
  id,
  kind: 'instance',
  region,
  engine: 'postgres',
  engineVersion: '16.3',
  ca: 'rds-ca-rsa2048-g1',
  tags: {},
  endpoint: { address: '127.0.0.1', port: 1 }, // nothing listens: each probe ends unreachable at once
});

describe('probe bundles per region', () => {
  it("tries a regional bundle only against its own region's databases, the global bundle against all", async () => {
    const files = { 'certs/us-east-1-bundle.pem': bundle('us-east-1-bundle.pem'), 'certs/global-bundle.pem': bundle('global-bundle.pem') };
    const ws = workspace(files);
    const facts = await factsFrom(files);
    expect(facts.bundles.map((b) => [b.path, b.serves])).toEqual([
      ['certs/us-east-1-bundle.pem', 'us-east-1'],
      ['certs/global-bundle.pem', 'all'],
    ]);
    const aws: AwsFacts = {
      account: '111122223333',
      via: 'role',
      failed: [],
      inspected: [
        { account: '111122223333', region: 'us-east-1', databases: [db('orders', 'us-east-1')], engineVersions: {}, skipped: [] },
        { account: '111122223333', region: 'eu-west-1', databases: [db('reports', 'eu-west-1')], engineVersions: {}, skipped: [] },
      ],
    };
    const run = await runProbes({ enabled: true, targets: [], timeoutSeconds: 2 }, ws, facts.bundles, aws, ['changeit']);
    expect(run.results.map((r) => [r.target.name, r.bundle]).sort()).toEqual([
      ['orders (us-east-1)', 'certs/global-bundle.pem'],
      ['orders (us-east-1)', 'certs/us-east-1-bundle.pem'],
      ['reports (eu-west-1)', 'certs/global-bundle.pem'],
    ]);
  });

  it('sends no SNI to an IPv4 or IPv6 literal, and the host name otherwise', () => {
    expect(serverNameFor('2001:db8::1')).toBeUndefined();
    expect(serverNameFor('fe80::1')).toBeUndefined();
    expect(serverNameFor('::ffff:10.0.0.1')).toBeUndefined();
    expect(serverNameFor('10.0.0.1')).toBeUndefined();
    expect(serverNameFor('orders.abc123.eu-west-1.rds.amazonaws.com')).toBe('orders.abc123.eu-west-1.rds.amazonaws.com');
  });
});

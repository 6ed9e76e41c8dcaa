/**
 * One region's calls overlap as far as their dependencies allow (issue 14): only the
 * DescribeDBInstances pages follow each other; clusters, certificates and pending maintenance
 * go beside the first page, and an engine version is described as soon as a judged database
 * runs it, not after the last page. Read from the order in which the fake AWS endpoint
 * received the calls, never from times.
 */
import { FakeAws } from '../support/fake-aws.mjs';
import { auroraCluster, instance, multiAzCluster } from '../support/fleet.mjs';
import { liveCheck, postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';

const US = 'us-east-1';
let fake: FakeAws;
let repo: string;

beforeEach(() => {
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(() => fake.stop());

const order = () => fake.calls.filter((c) => c.service === 'rds').map((c) => c.action);

describe('the calls of one region overlap', () => {
  it('describes an engine version beside the instance pages, not after the last one', async () => {
    const prod = { tags: { Environment: 'prod' } };
    const instances = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => instance(US, id, prod));
    instances.push(instance(US, 'g', { ...prod, engine: 'mysql', version: '8.0.36' }));
    fake = await new FakeAws({ regions: { [US]: postgresRegion(US, instances, [['mysql', '8.0.36', false]]) } }).start();
    // Four pages of instances; the latency only gives the calls an order, nothing is timed.
    fake.set({ pageSize: 2, latencyMs: 20 });
    const outcome = await liveCheck(fake, repo, { regions: US });

    const calls = order();
    const pages = calls.flatMap((action, i) => (action === 'DescribeDBInstances' ? [i] : []));
    const versions = calls.flatMap((action, i) => (action === 'DescribeDBEngineVersions' ? [i] : []));
    expect(pages).toHaveLength(4);
    // postgres 16.3 is on the first page: described before the last page is asked for.
    expect(versions[0]).toBeLessThan(pages[3]);
    // Clusters, certificates and pending maintenance are asked for beside the first page.
    const beside = ['DescribeDBClusters', 'DescribeCertificates', 'DescribePendingMaintenanceActions'];
    expect(beside.filter((action) => !(calls.indexOf(action) < pages[1]))).toEqual([]);
    // Once per version in use, and the same facts as when the round waited for everything.
    expect(versions).toHaveLength(2);
    expect(Object.keys(outcome.facts.aws!.inspected[0].engineVersions).sort()).toEqual(['mysql 8.0.36', 'postgres 16.3']);
    expect(outcome.facts.aws!.inspected[0].skipped).toEqual([]);
  });

  it('describes only the versions of the judged databases, whether the clusters answer before or after the instances', async () => {
    const prod = { Environment: 'prod' };
    const seed = postgresRegion(
      US,
      [
        // A Multi-AZ DB cluster's member is judged at cluster level: its own version is never described.
        instance(US, 'maz-1', { version: '16.1', cluster: 'maz', tags: prod }),
        instance(US, 'aurora-1', { engine: 'aurora-postgresql', version: '16.2', cluster: 'aurora', tags: prod }),
        // Out of scope: not judged, not described.
        instance(US, 'legacy', { engine: 'mysql', version: '5.7.44', tags: { Environment: 'dev' } }),
        instance(US, 'orders', { tags: prod }),
      ],
      [
        ['aurora-postgresql', '16.2', true],
        ['postgres', '16.1', true],
        ['mysql', '5.7.44', false],
      ],
    );
    seed.clusters = [auroraCluster(US, 'aurora'), multiAzCluster(US, 'maz', { tags: prod })];
    fake = await new FakeAws({ regions: { [US]: seed } }).start();
    for (const [latencyMs, failActions] of [
      [20, {}],
      // The clusters' answer trickles in after every instance page: the instances in a cluster wait for it.
      [0, { [US]: { DescribeDBClusters: 'Trickle' } }],
    ] as const) {
      fake.calls = [];
      fake.set({ pageSize: 2, latencyMs, failActions, trickleMs: 0 });
      const outcome = await liveCheck(fake, repo, { regions: US, tags: 'Environment=prod' });
      const inventory = outcome.facts.aws!.inspected[0];
      expect(inventory.databases.map((d) => d.id).sort()).toEqual(['aurora-1', 'maz', 'orders']);
      expect(Object.keys(inventory.engineVersions).sort()).toEqual(['aurora-postgresql 16.2', 'postgres 16.3']);
      expect(fake.countCalls((c) => c.action === 'DescribeDBEngineVersions')).toBe(2);
    }
  });
});

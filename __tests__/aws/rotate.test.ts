import { FakeAws } from '../support/fake-aws.mjs';
import { certificates, engineVersions, instance, multiAzCluster } from '../support/fleet.mjs';
import { liveRotate, thumbprint } from '../helpers/live.js';
import { bundle, pemBlocks, workspace } from '../helpers/workspace.js';
import { rotationCounts } from '../../src/rotation/outcome.js';

const r = 'us-east-1';
function seed() {
  return {
    regions: {
      [r]: {
        instances: [
          instance(r, 'dev-orders', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
          instance(r, 'dev-billing', { engine: 'mysql', version: '8.0.36', ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
          instance(r, 'dev-search', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
          instance(r, 'dev-ok', { tags: { Environment: 'dev' } }),
          instance(r, 'dev-old', { engine: 'mysql', version: '5.7.44', ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
          instance(r, 'prod-orders', { ca: 'rds-ca-2019', tags: { Environment: 'prod' } }),
        ],
        clusters: [multiAzCluster(r, 'dev-maz', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } })],
        certificates: certificates(r, thumbprint),
        defaultCa: 'rds-ca-rsa2048-g1',
        pending: [],
        engineVersions: engineVersions([
          ['postgres', '16.3', true],
          ['mysql', '8.0.36', false],
          ['mysql', '5.7.44', false, ['rds-ca-2019']],
        ]),
      },
    },
  };
}

let fake: FakeAws;
let repo: string;
beforeEach(async () => {
  fake = await new FakeAws(seed()).start();
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(() => fake.stop());

const DEV = { environment: 'dev', regions: r };
const caOf = (id: string) => {
  const db = [...fake.seed.regions[r].instances, ...fake.seed.regions[r].clusters].find(
    (d) => (d.DBInstanceIdentifier ?? d.DBClusterIdentifier) === id,
  );
  return db.CACertificateIdentifier ?? db.CertificateDetails.CAIdentifier;
};

describe('rotate mode against the fake AWS endpoint', () => {
  it('plans in a dry run and changes nothing', async () => {
    const outcome = await liveRotate(fake, repo, DEV);
    expect(outcome.applied).toBe(false);
    expect(outcome.plan.changes.map((c) => [c.db.id, c.from, c.to, c.restart])).toEqual([
      ['dev-orders', 'rds-ca-2019', 'rds-ca-rsa2048-g1', false],
      ['dev-billing', 'rds-ca-2019', 'rds-ca-rsa2048-g1', true],
      ['dev-search', 'rds-ca-2019', 'rds-ca-rsa2048-g1', false],
      ['dev-maz', 'rds-ca-2019', 'rds-ca-rsa2048-g1', false],
    ]);
    expect(outcome.plan.skipped.map((s) => [s.db.id, s.reason])).toEqual([
      ['dev-old', 'mysql 5.7.44 does not support rds-ca-rsa2048-g1: upgrade the engine first'],
    ]);
    expect(outcome.plan.refusals.map((x) => x.override)).toEqual(['`allow-restart: true`']);
    expect(fake.modifications).toEqual([]);
  });

  it('refuses a restart without allow-restart, and names the input', async () => {
    const outcome = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false' });
    expect(outcome.applied).toBe(false);
    expect(outcome.plan.refusals).toEqual([
      { reason: '1 change(s) restart the database: dev-billing.', override: '`allow-restart: true`' },
    ]);
    expect(fake.modifications).toEqual([]);
  });

  it("changes exactly the environment's databases, waits for them and verifies the CA; prod is untouched", async () => {
    const outcome = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true' });
    expect(outcome.results.map((x) => [x.change.db.id, x.status, x.caAfter])).toEqual([
      ['dev-orders', 'rotated', 'rds-ca-rsa2048-g1'],
      ['dev-billing', 'rotated', 'rds-ca-rsa2048-g1'],
      ['dev-search', 'rotated', 'rds-ca-rsa2048-g1'],
      ['dev-maz', 'rotated', 'rds-ca-rsa2048-g1'],
    ]);
    expect(rotationCounts(outcome)).toEqual({ rotated: 4, failed: 0, skipped: 1 });
    expect(
      fake.modifications
        .map((m) => [
          m.Action,
          m.DBInstanceIdentifier ?? m.DBClusterIdentifier,
          m.CACertificateIdentifier,
          m.ApplyImmediately,
          m.CertificateRotationRestart,
        ])
        .sort(),
    ).toEqual([
      ['ModifyDBCluster', 'dev-maz', 'rds-ca-rsa2048-g1', 'true', undefined],
      ['ModifyDBInstance', 'dev-billing', 'rds-ca-rsa2048-g1', 'true', 'true'],
      ['ModifyDBInstance', 'dev-orders', 'rds-ca-rsa2048-g1', 'true', 'false'],
      ['ModifyDBInstance', 'dev-search', 'rds-ca-rsa2048-g1', 'true', 'false'],
    ]);
    expect(caOf('prod-orders')).toBe('rds-ca-2019');
    expect(caOf('dev-old')).toBe('rds-ca-2019');
  }, 60_000);

  it('refuses a protected environment without confirm, and rotates it with confirm', async () => {
    const refused = await liveRotate(fake, repo, { environment: 'prod', regions: r, 'dry-run': 'false' });
    expect(refused.plan.refusals).toEqual([
      { reason: 'prod is a protected environment: confirm its name to rotate it.', override: '`confirm: prod`' },
    ]);
    const done = await liveRotate(fake, repo, { environment: 'prod', regions: r, 'dry-run': 'false', confirm: 'prod' });
    expect(done.results.map((x) => [x.change.db.id, x.status])).toEqual([['prod-orders', 'rotated']]);
  }, 30_000);

  it('refuses when the repository bundle lacks the target root (clients first)', async () => {
    const ecc = workspace({ 'certs/us.pem': pemBlocks(bundle('us-east-1-bundle.pem'))[2] }, { git: true });
    const outcome = await liveRotate(fake, ecc, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true' });
    expect(outcome.plan.refusals).toEqual([
      {
        reason: expect.stringMatching(
          /^Clients first: the repository's bundles do not trust the rds-ca-rsa2048-g1 root in us-east-1 \(certs\/us\.pem\)/,
        ),
        override: '`skip-trust-check: true`',
      },
    ]);
    expect(fake.modifications).toEqual([]);
  });

  it('caps one run at max-databases', async () => {
    const outcome = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true', 'max-databases': '2' });
    expect(outcome.plan.refusals.map((x) => x.override)).toEqual(['`max-databases: 4`']);
  });

  it('stops starting changes after a failure, and a re-run does only what is left', async () => {
    fake.set({ failModify: new Set(['dev-billing']) });
    const first = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true', concurrency: '1' });
    expect(first.results.map((x) => [x.change.db.id, x.status])).toEqual([
      ['dev-orders', 'rotated'],
      ['dev-billing', 'failed'],
      ['dev-search', 'not-started'],
      ['dev-maz', 'not-started'],
    ]);
    expect(first.results[1].detail).toMatch(/^InvalidDBInstanceState/);
    fake.set({ failModify: new Set() });
    fake.modifications.length = 0;
    const second = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true' });
    expect(second.results.map((x) => [x.change.db.id, x.status])).toEqual([
      ['dev-billing', 'rotated'],
      ['dev-search', 'rotated'],
      ['dev-maz', 'rotated'],
    ]);
    expect(fake.modifications).toHaveLength(3);
  }, 60_000);

  it('completes against a throttling endpoint', async () => {
    fake.set({ throttleRate: 0.15 });
    const outcome = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true', concurrency: '4' });
    expect(rotationCounts(outcome)).toEqual({ rotated: 4, failed: 0, skipped: 1 });
  }, 90_000);

  it('schedules for the maintenance window without waiting', async () => {
    const outcome = await liveRotate(fake, repo, { ...DEV, 'dry-run': 'false', 'allow-restart': 'true', apply: 'next-maintenance-window' });
    expect(outcome.results.every((x) => x.status === 'scheduled')).toBe(true);
    expect(fake.modifications.every((m) => m.ApplyImmediately === 'false')).toBe(true);
    expect(caOf('dev-orders')).toBe('rds-ca-2019');
  });
});

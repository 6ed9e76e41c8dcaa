/** End to end: `node dist/index.js` against the fake AWS endpoint, as the runner starts it. */
import { FakeAws } from '../support/fake-aws.mjs';
import { instance } from '../support/fleet.mjs';
import { reportOf, runActionAsync as runAction } from '../helpers/runner.js';
import { postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

let fake: FakeAws;
beforeEach(async () => {
  const r = 'us-east-1';
  fake = await new FakeAws({
    regions: {
      [r]: postgresRegion(
        r,
        [instance(r, 'orders', { ca: 'rds-ca-2019' }), instance(r, 'billing', { engine: 'mysql', version: '8.0.36' })],
        [['mysql', '8.0.36', false]],
      ),
    },
  }).start();
});
afterEach(() => fake.stop());

const NO_DEFAULT_CREDENTIALS = { AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '' };
const env = (extra: Record<string, string> = {}) =>
  Object.fromEntries(Object.entries({ ...fake.env(), ...extra }).filter(([, v]) => v !== ''));

describe('the live gate, run as the GitHub runner runs it', () => {
  it('assumes the role through the OIDC token endpoint, fails the rds-ca-2019 database with the command, and masks the credentials', async () => {
    const repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    const run = await runAction(
      repo,
      { regions: 'us-east-1', 'role-to-assume': 'arn:aws:iam::210987654321:role/rds-ca-guard' },
      env({ ...NO_DEFAULT_CREDENTIALS, ...fake.oidcEnv() }),
    );
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ result: 'fail', inspected: '2', noncompliant: '["arn:aws:rds:us-east-1:123456789012:db:orders"]' });
    expect(run.stdout).toMatch(/::add-mask::ASIA[0-9A-F]{16}/);
    expect(run.stdout).toMatch(/::add-mask::secret-/);
    expect(run.summary).toContain(
      'AWS account 210987654321 as <code>arn:aws:sts::210987654321:assumed-role/rds-ca-guard/rds-ca-guard</code> (role): 2 databases in 1 region',
    );
    expect(withoutLinks(run.summary)).toContain(
      '| orders | us-east-1 | postgres 16.3 | rds-ca-2019 → rds-ca-rsa2048-g1 | no | **overdue** since 2024-08-22 | — |',
    );
    expect(withoutLinks(run.summary)).toContain(
      '| orders | <code>aws rds modify-db-instance --db-instance-identifier orders --region us-east-1 --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --no-certificate-rotation-restart</code> |',
    );
    const report = reportOf(run);
    expect(report.resources).toEqual([
      expect.objectContaining({
        id: 'orders',
        region: 'us-east-1',
        engine: 'postgres',
        engineVersion: '16.3',
        ca: 'rds-ca-2019',
        pendingCa: null,
        restartNeeded: false,
        tags: {},
      }),
      expect.objectContaining({ id: 'billing', ca: 'rds-ca-rsa2048-g1', restartNeeded: true }),
    ]);
    expect(report.resources[0].serverCertValidTill).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('passes the fleet once rotated, with the default credential chain', async () => {
    fake.seed.regions['us-east-1'].instances[0].CACertificateIdentifier = 'rds-ca-rsa2048-g1';
    const repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    const run = await runAction(repo, { regions: 'us-east-1' }, env());
    expect(run.status).toBe(0);
    expect(run.outputs).toMatchObject({ result: 'pass', inspected: '2', noncompliant: '[]' });
  });

  it('fails with the region named when it answers AccessDenied', async () => {
    fake.set({ accessDenied: new Set(['us-east-1']) });
    const run = await runAction(workspace({ 'g.pem': bundle('global-bundle.pem') }), { regions: 'us-east-1' }, env());
    expect(run.status).toBe(1);
    expect(run.summary).toContain('us-east-1 was not inspected: RDS DescribeDBInstances: AWS denied rds:DescribeDBInstances in us-east-1');
    expect(run.outputs.inspected).toBe('0');
  });
});

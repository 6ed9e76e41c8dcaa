import { FakeAws } from '../support/fake-aws.mjs';
import { auroraCluster, certificates, engineVersions, instance, multiAzCluster, pendingRotation, type Seed } from '../support/fleet.mjs';
import { noncompliant } from '../../src/render/noncompliant.js';
import { remediationRows } from '../../src/render/remediation.js';
import { byRule, liveCheck, thumbprint } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';

const ARN = (region: string, id: string, kind = 'db') => `arn:aws:rds:${region}:123456789012:${kind}:${id}`;

function seed() {
  const us = 'us-east-1';
  return {
    regions: {
      [us]: {
        instances: [
          instance(us, 'orders', { ca: 'rds-ca-2019', tags: { Environment: 'prod' } }),
          instance(us, 'billing', { engine: 'mysql', version: '8.0.36', tags: { Environment: 'prod' } }),
          instance(us, 'legacy', { engine: 'mysql', version: '5.7.44', ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
          instance(us, 'moving', { ca: 'rds-ca-2019', pendingCa: 'rds-ca-rsa2048-g1', tags: { Environment: 'dev' } }),
          instance(us, 'graph', { engine: 'neptune', version: '1.3.1.0', ca: 'rds-ca-2019' }),
          instance(us, 'aurora-1', { engine: 'aurora-postgresql', version: '16.2', ca: 'rds-ca-2019', cluster: 'aurora' }),
          instance(us, 'aurora-2', { engine: 'aurora-postgresql', version: '16.2', cluster: 'aurora' }),
          instance(us, 'maz-1', { ca: 'rds-ca-2019', cluster: 'maz' }),
        ],
        clusters: [auroraCluster(us, 'aurora'), multiAzCluster(us, 'maz', { ca: 'rds-ca-2019' })],
        certificates: certificates(us, thumbprint),
        defaultCa: 'rds-ca-rsa2048-g1',
        pending: [pendingRotation(ARN(us, 'orders'), 20)],
        engineVersions: engineVersions([
          ['postgres', '16.3', true],
          ['mysql', '8.0.36', false],
          ['mysql', '5.7.44', false, ['rds-ca-2019']],
          ['aurora-postgresql', '16.2', true],
        ]),
      },
      'eu-west-1': {
        instances: [instance('eu-west-1', 'reports', { engine: 'mariadb', version: '10.11.8', tags: { Environment: 'prod' } })],
        clusters: [],
        certificates: certificates('eu-west-1', thumbprint),
        defaultCa: 'rds-ca-rsa2048-g1',
        pending: [],
        engineVersions: engineVersions([['mariadb', '10.11.8', false]]),
      },
    },
  };
}

const REGIONS = { regions: 'us-east-1,eu-west-1' };
let fake: FakeAws;
let repo: string;

beforeEach(async () => {
  fake = await new FakeAws(seed()).start();
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(() => fake.stop());

describe('the live gate against the fake AWS endpoint', () => {
  it('fails a fleet with databases on rds-ca-2019, each in the table with the right command', async () => {
    const outcome = await liveCheck(fake, repo, REGIONS);
    expect(outcome.verdict.result).toBe('fail');
    expect(outcome.facts.aws).toMatchObject({ account: '123456789012', via: 'default credential chain', failed: [] });
    const errors = byRule(outcome, 'database-ca-not-approved');
    expect(noncompliant(outcome.findings).sort()).toEqual(
      [ARN('us-east-1', 'aurora-1'), ARN('us-east-1', 'legacy'), ARN('us-east-1', 'maz', 'cluster'), ARN('us-east-1', 'orders')].sort(),
    );
    expect(errors.find((f) => f.resource === ARN('us-east-1', 'moving'))).toMatchObject({
      severity: 'notice',
      message: expect.stringContaining('in progress'),
    });
    expect(outcome.findings.some((f) => f.message.includes('graph'))).toBe(false); // Neptune is out of scope

    const rows = remediationRows(outcome.facts);
    // rds-ca-2019 expired on 2024-08-22: every one of them is overdue, before orders' pending rotation date.
    expect(rows.map((r) => r.id)).toEqual(['aurora-1', 'legacy', 'maz', 'orders']);
    const orders = rows.find((r) => r.id === 'orders')!;
    expect(orders).toMatchObject({
      region: 'us-east-1',
      ca: 'rds-ca-2019',
      target: 'rds-ca-rsa2048-g1',
      restart: false,
      deadline: { date: '2024-08-22T17:08:50Z', source: 'CA expiry' },
    });
    expect(orders.command).toBe(
      'aws rds modify-db-instance --db-instance-identifier orders --region us-east-1 --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --no-certificate-rotation-restart',
    );
    // mysql 5.7.44 cannot take the target CA: no rotate command, the engine upgrade comes first.
    expect(rows.find((r) => r.id === 'legacy')).toMatchObject({
      restart: true,
      blockedBy: expect.stringContaining('Upgrade the engine first: mysql 5.7.44 does not support rds-ca-rsa2048-g1'),
    });
    expect(rows.find((r) => r.id === 'legacy')!.command).toBeUndefined();
    expect(rows.find((r) => r.id === 'maz')!.command).toBe(
      'aws rds modify-db-cluster --db-cluster-identifier maz --region us-east-1 --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately',
    );
    expect(rows.find((r) => r.id === 'legacy')!.deadline).toEqual({ date: '2024-08-22T17:08:50Z', source: 'CA expiry' });

    expect(byRule(outcome, 'target-ca-unsupported').map((f) => f.resource)).toEqual([ARN('us-east-1', 'legacy')]);
    expect(byRule(outcome, 'pending-ca-rotation')[0].message).toMatch(
      /orders \(us-east-1\) has a pending ca-certificate-rotation that AWS applies on \d{4}-\d\d-\d\d/,
    );
    expect(byRule(outcome, 'bundle-trusts-database-ca')).toEqual([]);
    expect(outcome.facts.aws!.inspected.flatMap((i) => i.databases.map((d) => d.id)).sort()).toEqual([
      'aurora-1',
      'aurora-2',
      'billing',
      'legacy',
      'maz',
      'moving',
      'orders',
      'reports',
    ]);
  });

  it('passes the same fleet after rotation', async () => {
    for (const region of Object.values(fake.seed.regions) as { instances: Seed[]; clusters: Seed[]; pending: unknown[] }[]) {
      for (const db of [...region.instances, ...region.clusters]) {
        if (db.Engine === 'neptune') continue;
        if (db.CACertificateIdentifier) db.CACertificateIdentifier = 'rds-ca-rsa2048-g1';
        if (db.CertificateDetails) db.CertificateDetails.CAIdentifier = 'rds-ca-rsa2048-g1';
        db.PendingModifiedValues = {};
      }
      region.pending = [];
    }
    const outcome = await liveCheck(fake, repo, REGIONS);
    expect(outcome.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(outcome.verdict.result).toBe('pass');
  });

  it('fails when a region answers AccessDenied, naming the region, and still inspects the others', async () => {
    fake.set({ accessDenied: new Set(['eu-west-1']) });
    const outcome = await liveCheck(fake, repo, REGIONS);
    const [f] = byRule(outcome, 'region-not-inspected');
    expect(f).toMatchObject({ severity: 'error', resource: 'eu-west-1' });
    expect(f.message).toBe(
      'eu-west-1 was not inspected: RDS DescribeDBInstances: AWS denied rds:DescribeDBInstances in eu-west-1 to arn:aws:sts::123456789012:assumed-role/ci/rds-ca-guard.',
    );
    expect(f.remediation).toMatch(
      /^Add \{"Effect":"Allow","Action":"rds:DescribeDBInstances","Resource":"\*"\} to the IAM policy of arn:aws:sts::123456789012:assumed-role\/ci\/rds-ca-guard\./,
    );
    expect(outcome.facts.aws!.inspected.map((i) => i.region)).toEqual(['us-east-1']);
  });

  it('goes on when an auxiliary call fails, saying which checks were skipped and what was assumed', async () => {
    fake.set({ failActions: { 'us-east-1': { DescribeCertificates: 'AccessDenied', DescribeDBEngineVersions: 'AccessDenied' } } });
    const outcome = await liveCheck(fake, repo, REGIONS);
    const skipped = byRule(outcome, 'inventory-incomplete').map((f) => f.message);
    expect(skipped).toEqual([
      expect.stringMatching(
        /^us-east-1: DescribeCertificates failed \(AWS denied rds:DescribeCertificates in us-east-1 to arn:.*\): CA expiry and the default CA for new launches were not checked/,
      ),
      expect.stringMatching(/^us-east-1: DescribeDBEngineVersions failed for .*a restart was assumed/),
    ]);
    expect(remediationRows(outcome.facts).every((r) => r.restart)).toBe(true);
    expect(noncompliant(outcome.findings)).toHaveLength(4);
  });

  it('reads every page, whatever the page size, with calls growing with pages and not with databases', async () => {
    fake.set({ pageSize: 2 });
    const outcome = await liveCheck(fake, repo, { regions: 'us-east-1' });
    expect(outcome.facts.aws!.inspected[0].databases).toHaveLength(7);
    const calls = (action: string) => fake.countCalls((c) => c.action === action);
    expect(calls('DescribeDBInstances')).toBe(4); // 8 instances, 2 a page
    expect(calls('DescribeDBClusters')).toBe(1);
    expect(calls('DescribeDBEngineVersions')).toBe(4); // one per engine version in use
  });

  it('completes against a throttling endpoint with adaptive retries', async () => {
    fake.set({ throttleRate: 0.2 });
    const outcome = await liveCheck(fake, repo, REGIONS);
    expect(outcome.facts.aws!.failed).toEqual([]);
    expect(noncompliant(outcome.findings)).toHaveLength(4);
    expect(fake.calls.length).toBeGreaterThan(12);
  });

  it('completes when the endpoint answers some calls with 500', async () => {
    fake.set({ serverErrorRate: 0.2 });
    const outcome = await liveCheck(fake, repo, REGIONS);
    expect(outcome.facts.aws!.failed).toEqual([]);
    expect(noncompliant(outcome.findings)).toHaveLength(4);
  });

  it('limits the scope by tags, engines and identifier globs', async () => {
    const prod = await liveCheck(fake, repo, { ...REGIONS, tags: 'Environment=prod' });
    expect(prod.facts.aws!.inspected.flatMap((i) => i.databases.map((d) => d.id)).sort()).toEqual(['billing', 'orders', 'reports']);
    const some = await liveCheck(fake, repo, { ...REGIONS, engines: 'mysql', 'exclude-identifiers': 'leg*' });
    expect(some.facts.aws!.inspected.flatMap((i) => i.databases.map((d) => d.id))).toEqual(['billing']);
  });

  it('warns about the default CA for new launches and judges bundles by the live thumbprint', async () => {
    fake.seed.regions['eu-west-1'].defaultCa = 'rds-ca-2019';
    const us = workspace({ 'us.pem': bundle('us-east-1-bundle.pem') }, { git: true });
    const outcome = await liveCheck(fake, us, REGIONS);
    expect(byRule(outcome, 'default-ca-not-approved')[0]).toMatchObject({
      severity: 'warning',
      resource: 'eu-west-1',
      remediation: expect.stringContaining('aws rds modify-certificates --certificate-identifier rds-ca-rsa2048-g1 --region eu-west-1'),
    });
    // us.pem serves us-east-1 only, and holds its roots.
    expect(byRule(outcome, 'bundle-trusts-database-ca')).toEqual([]);
    // A region AWS gives another thumbprint than the catalog's: the live one wins.
    fake.seed.regions['us-east-1'].certificates[0].Thumbprint = 'ab'.repeat(20);
    const changed = await liveCheck(fake, us, REGIONS);
    expect(byRule(changed, 'bundle-trusts-database-ca')[0]).toMatchObject({
      severity: 'error',
      file: 'us.pem',
      message: expect.stringContaining('does not hold the rds-ca-rsa2048-g1 root for us-east-1'),
    });
  });
});

describe('deadlines', () => {
  it("puts AWS's pending rotation date in the table when it comes before the CA's expiry", async () => {
    const outcome = await liveCheck(fake, repo, { regions: 'us-east-1', 'approved-ca': 'rds-ca-rsa4096-g1', tags: 'Environment=prod' });
    fake.seed.regions['us-east-1'].pending = [pendingRotation(ARN('us-east-1', 'billing'), 20)];
    const again = await liveCheck(fake, repo, { regions: 'us-east-1', 'approved-ca': 'rds-ca-rsa4096-g1', tags: 'Environment=prod' });
    expect(remediationRows(outcome.facts).find((r) => r.id === 'billing')!.deadline!.source).toBe('CA expiry');
    expect(remediationRows(again.facts).find((r) => r.id === 'billing')!.deadline!.source).toBe('pending maintenance');
  });
});

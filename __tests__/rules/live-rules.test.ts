import type { AwsFacts, Database, RegionInventory } from '../../src/model/fleet.js';
import { databaseCaExpiry } from '../../src/rules/database-ca-expiry.js';
import { inventoryIncomplete } from '../../src/rules/inventory-incomplete.js';
import { regionNotInCatalog } from '../../src/rules/region-not-in-catalog.js';
import { serverCertificateExpiry } from '../../src/rules/server-certificate-expiry.js';
import { factsFrom, NOW } from '../helpers/facts.js';

const db = (over: Partial<Database> = {}): Database => ({
  arn: 'arn:db',
  id: 'orders',
  kind: 'instance',
  region: 'eu-west-1',
  engine: 'postgres',
  engineVersion: '16.3',
  ca: 'rds-ca-rsa2048-g1',
  tags: {},
  ...over,
});
const inDays = (days: number) => new Date(Date.parse(NOW) + days * 86_400_000).toISOString();
const aws = (inventory: Partial<RegionInventory>): AwsFacts => ({
  account: '1',
  principal: 'p',
  via: 'role',
  failed: [],
  inspected: [{ region: 'eu-west-1', databases: [db()], engineVersions: {}, skipped: [], ...inventory }],
});
const ca = (caId: string, validTill: string) => ({ caId, validTill, customerOverride: false });

describe('database-ca-expiry', () => {
  it('grades the days left of the CA in use: warning within 180 days, error within 30, quiet beyond', async () => {
    const grade = async (days: number) =>
      databaseCaExpiry
        .check(await factsFrom({}, { aws: aws({ certificates: [ca('rds-ca-rsa2048-g1', inDays(days))] }) }))
        .map((f) => f.severity);
    expect(await grade(400)).toEqual([]);
    expect(await grade(100)).toEqual(['warning']);
    expect(await grade(10)).toEqual(['error']);
    expect(await grade(-1)).toEqual(['error']);
  });

  it('treats an approved CA that AWS no longer describes as expired, not as a crash', async () => {
    const facts = await factsFrom(
      {},
      {
        approvedCa: ['rds-ca-2019'],
        aws: aws({ databases: [db({ ca: 'rds-ca-2019' })], certificates: [ca('rds-ca-rsa2048-g1', inDays(9000))] }),
      },
    );
    const [f] = databaseCaExpiry.check(facts);
    expect(f).toMatchObject({ severity: 'error', message: 'orders (eu-west-1) uses rds-ca-2019, which expired on 2024-08-22.' });
  });

  it('leaves unapproved CAs to database-ca-not-approved', async () => {
    expect(databaseCaExpiry.check(await factsFrom({}, { aws: aws({ databases: [db({ ca: 'rds-ca-2019' })], certificates: [] }) }))).toEqual(
      [],
    );
  });
});

describe('server-certificate-expiry', () => {
  it('warns only when the certificate is near and the engine cannot rotate without a restart', async () => {
    const near = db({ serverCertValidTill: inDays(20) });
    const rotates = { 'postgres 16.3': { rotatesWithoutRestart: true, supportedCas: [] } };
    expect(serverCertificateExpiry.check(await factsFrom({}, { aws: aws({ databases: [near], engineVersions: rotates }) }))).toEqual([]);
    const [f] = serverCertificateExpiry.check(await factsFrom({}, { aws: aws({ databases: [db({ serverCertValidTill: inDays(100) })] }) }));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('cannot rotate it without a restart');
    expect(
      serverCertificateExpiry.check(await factsFrom({}, { aws: aws({ databases: [db({ serverCertValidTill: inDays(300) })] }) })),
    ).toEqual([]);
  });
});

describe('server-certificate-expiry grading', () => {
  it('is an error within expiry-error-days, as the input documents, not only once expired', async () => {
    const grade = async (days: number, expiryErrorDays?: number) =>
      serverCertificateExpiry
        .check(await factsFrom({}, { expiryErrorDays, aws: aws({ databases: [db({ serverCertValidTill: inDays(days) })] }) }))
        .map((f) => f.severity);
    expect(await grade(20)).toEqual(['error']);
    expect(await grade(20, 10)).toEqual(['warning']);
    expect(await grade(45, 60)).toEqual(['error']);
    expect(await grade(-1, 0)).toEqual(['error']);
    expect(await grade(100)).toEqual(['warning']);
  });
});

describe('inventory-incomplete and region-not-in-catalog', () => {
  it('reports each skipped check as a warning', async () => {
    const [f] = inventoryIncomplete.check(
      await factsFrom({}, { aws: aws({ skipped: ['DescribeCertificates failed (AccessDenied): CA expiry … not checked'] }) }),
    );
    expect(f).toMatchObject({ severity: 'warning', resource: 'eu-west-1' });
  });

  it('lets a live thumbprint stand in for a region the catalog lacks', async () => {
    const gov = {
      region: 'us-gov-west-1',
      databases: [],
      engineVersions: {},
      skipped: [],
      certificates: [{ caId: 'rds-ca-rsa2048-g1', thumbprint: 'ab'.repeat(20), customerOverride: false }],
    };
    const facts = await factsFrom(
      {},
      { regions: ['us-gov-west-1'], aws: { account: '1', principal: 'p', via: 'role', failed: [], inspected: [gov] } },
    );
    expect(regionNotInCatalog.check(facts)).toEqual([]);
    expect(regionNotInCatalog.check(await factsFrom({}, { regions: ['us-gov-west-1'] }))).toHaveLength(1);
  });
});

import { databaseCaExpiry } from '../../src/rules/database-ca-expiry.js';
import { inventoryIncomplete } from '../../src/rules/inventory-incomplete.js';
import { regionNotInCatalog } from '../../src/rules/region-not-in-catalog.js';
import { serverCertificateExpiry } from '../../src/rules/server-certificate-expiry.js';
import { awsFacts, caInRegion, database as db, inDays, regionInventory, type RegionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const aws = (inventory: Partial<RegionInventory>) => awsFacts([regionInventory(inventory)]);
const ca = (caId: string, validTill: string) => caInRegion(caId, { validTill });

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
    expect(f).toMatchObject({
      severity: 'warning',
      account: '123456789012',
      resource: 'eu-west-1',
      message: 'eu-west-1: DescribeCertificates failed (AccessDenied): CA expiry … not checked.',
    });
  });

  it('names the account of the region in a multi-account run', async () => {
    const skipped = ['DescribePendingMaintenanceActions failed (AccessDenied): assumed nothing pending'];
    const inventories = ['111111111111', '222222222222'].map((account) => regionInventory({ account, skipped }));
    const found = inventoryIncomplete.check(await factsFrom({}, { aws: awsFacts(inventories) }));
    expect(found.map((f) => [f.account, f.message])).toEqual([
      ['111111111111', `eu-west-1 of account 111111111111: ${skipped[0]}.`],
      ['222222222222', `eu-west-1 of account 222222222222: ${skipped[0]}.`],
    ]);
  });

  it('lets a live thumbprint stand in for a region the catalog lacks', async () => {
    const iso = regionInventory({
      region: 'us-iso-east-1',
      databases: [],
      certificates: [caInRegion('rds-ca-rsa2048-g1', { thumbprint: 'ab'.repeat(20) })],
    });
    const facts = await factsFrom({}, { regions: ['us-iso-east-1'], aws: awsFacts([iso]) });
    expect(regionNotInCatalog.check(facts)).toEqual([]);
    expect(regionNotInCatalog.check(await factsFrom({}, { regions: ['us-iso-east-1'] }))).toHaveLength(1);
  });
});

import { bundleTrustsDatabaseCa } from '../../src/rules/bundle-trusts-database-ca.js';
import { awsFacts, caInRegion, database, regionInventory, type Database, type RegionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, pemBlocks } from '../helpers/workspace.js';

const US_EAST_1 = bundle('us-east-1-bundle.pem');
const [RSA2048, , ECC384] = pemBlocks(US_EAST_1);

const check = async (files: Record<string, string>, databases: Database[], inventory: Partial<RegionInventory> = {}) => {
  const region = databases[0].region;
  return bundleTrustsDatabaseCa.check(
    await factsFrom(files, { regions: [region], aws: awsFacts([regionInventory({ region, databases, ...inventory })]) }),
  );
};

describe('bundle-trusts-database-ca', () => {
  it("fails a bundle that lacks the root of the approved CA its databases use today, naming them and the bundle's replacement", async () => {
    const dbs = [
      database({ id: 'orders', region: 'us-east-1', ca: 'rds-ca-ecc384-g1' }),
      database({ id: 'billing', region: 'us-east-1', ca: 'rds-ca-ecc384-g1' }),
    ];
    const found = await check({ 'certs/rds.pem': RSA2048 }, dbs);
    expect(found).toEqual([
      {
        rule: 'bundle-trusts-database-ca',
        severity: 'error',
        file: 'certs/rds.pem',
        resource: 'us-east-1',
        message: 'certs/rds.pem does not hold the rds-ca-ecc384-g1 root for us-east-1, which 2 database(s) there use: orders, billing.',
        remediation:
          "Replace certs/rds.pem with AWS's bundle: `curl -fsSLo certs/rds.pem https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem`. (Or the region's own: https://truststore.pki.rds.amazonaws.com/us-east-1/us-east-1-bundle.pem.) Deploy it before rotating.",
      },
    ]);
  });

  it('names each database with its account in a multi-account run, where two accounts can both have an orders', async () => {
    const inventories = ['111111111111', '222222222222'].map((account) =>
      regionInventory({ account, region: 'us-east-1', databases: [database({ account, region: 'us-east-1', ca: 'rds-ca-ecc384-g1' })] }),
    );
    const [f] = bundleTrustsDatabaseCa.check(
      await factsFrom({ 'certs/rds.pem': RSA2048 }, { regions: ['us-east-1'], aws: awsFacts(inventories) }),
    );
    expect(f.message).toBe(
      'certs/rds.pem does not hold the rds-ca-ecc384-g1 root for us-east-1, which 2 database(s) there use: orders (111111111111), orders (222222222222).',
    );
  });

  it('fails a bundle without the target root AWS names in the region (its live thumbprint), as what the databases will use after rotation', async () => {
    const db = database({ region: 'us-east-1' });
    const [f] = await check({ 'certs/rds.pem': US_EAST_1 }, [db], {
      certificates: [caInRegion('rds-ca-rsa2048-g1', { thumbprint: 'ab'.repeat(20) })],
    });
    expect(f).toMatchObject({ severity: 'error', file: 'certs/rds.pem' });
    expect(f.message).toBe(
      'certs/rds.pem does not hold the rds-ca-rsa2048-g1 root for us-east-1, which 1 database(s) there will use after rotation: orders.',
    );
  });

  it('warns when neither AWS nor the catalog names the root, so the bundle could not be checked', async () => {
    const db = database({ region: 'us-iso-east-1' });
    const [f] = await check({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, [db]);
    expect(f).toMatchObject({ severity: 'warning', file: 'certs/global-bundle.pem', resource: 'us-iso-east-1' });
    expect(f.message).toBe(
      'Neither AWS (DescribeCertificates) nor the catalog names the rds-ca-rsa2048-g1 root for us-iso-east-1: certs/global-bundle.pem could not be checked for 1 database(s) (orders).',
    );
  });

  it('stays silent on a bundle holding the roots, and leaves a catalog-known missing target root to bundle-missing-target-root', async () => {
    expect(await check({ 'certs/rds.pem': US_EAST_1 }, [database({ region: 'us-east-1', ca: 'rds-ca-ecc384-g1' })])).toEqual([]);
    // The ECC bundle lacks the rsa2048 target root the catalog knows: bundle-missing-target-root's to report.
    const eccOnly = await check({ 'certs/ecc.pem': ECC384 }, [database({ region: 'us-east-1', ca: 'rds-ca-ecc384-g1' })], {
      certificates: [caInRegion('rds-ca-rsa2048-g1'), caInRegion('rds-ca-ecc384-g1')],
    });
    expect(eccOnly).toEqual([]);
    // A one-region bundle says nothing about databases in other regions.
    expect(await check({ 'certs/rds.pem': RSA2048 }, [database({ region: 'eu-west-1', ca: 'rds-ca-ecc384-g1' })])).toEqual([]);
  });
});

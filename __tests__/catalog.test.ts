import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalogEntries, renderCatalogModule, type CatalogSource } from '../src/catalog/build.js';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { readCertificates } from '../src/certs/read.js';
import { DATA, REPO } from './helpers/workspace.js';

const catalog = embeddedCatalog();

/** AWS's catalog as published beside the bundles (made with openssl), one row per certificate per file. */
function referenceRows(): Record<string, string>[] {
  const [header, ...rows] = readFileSync(join(REPO, '__tests__/fixtures/reference-catalog.tsv'), 'utf8').trim().split('\n');
  const names = header.split('\t');
  return rows.map((row) => Object.fromEntries(row.split('\t').map((v, i) => [names[i], v])));
}

describe('embedded catalog', () => {
  it('holds every certificate of the reference catalog with the same fingerprints, dates, CA and region', () => {
    const rows = referenceRows();
    expect(rows).toHaveLength(196);
    for (const row of rows) {
      const entry = catalog.bySha256(row.sha256_fingerprint);
      expect(entry).toBeDefined();
      expect(entry!.sha1).toBe(row.sha1_fingerprint);
      expect(entry!.subjectCn).toBe(row.subject_cn);
      expect(entry!.notAfter).toBe(row.not_after);
      const family = row.ca_family === 'legacy-2019era-region-root' ? 'rds-ca-2019' : row.ca_family;
      expect(entry!.caId).toBe(family);
      if (row.region && !row.region.startsWith('preview-')) expect(entry!.region).toBe(row.region);
    }
    // Plus the three certificates only the mysql package's profile kept: the 2010 root and GovCloud's 2017 root and CA.
    expect(catalog.entries).toHaveLength(new Set(rows.map((r) => r.sha256_fingerprint)).size + 3);
  });

  it("knows the 2010 root and GovCloud's 2017 CA as genuine and expired", () => {
    const legacy = catalog.entries.filter((e) => e.caId === 'rds-ca-2010' || e.caId === 'rds-ca-2017');
    expect(legacy.map((e) => [e.caId, e.subjectCn, e.region, e.role, e.notAfter])).toEqual([
      ['rds-ca-2010', 'aws.amazon.com/rds/', null, 'root', '2015-04-04T22:44:31Z'],
      ['rds-ca-2017', 'Amazon RDS us-gov-west-1 CA', 'us-gov-west-1', 'intermediate', '2022-05-18T12:00:00Z'],
      ['rds-ca-2017', 'Amazon RDS GovCloud Root CA', 'us-gov-west-1', 'root', '2022-05-18T22:29:11Z'],
    ]);
  });

  it('matches the thumbprints DescribeCertificates reports for us-west-2 (SHA-1 of the root)', () => {
    expect(catalog.root('rds-ca-rsa2048-g1', 'us-west-2')!.sha1).toBe('7c40cb42714b6fdb2b296f9bbd0e8bb364436a76');
    expect(catalog.root('rds-ca-rsa4096-g1', 'us-west-2')!.sha1).toBe('19da4f2af579a8ae1f6a0fa77aa5befd874b4cab');
    expect(catalog.root('rds-ca-ecc384-g1', 'us-west-2')!.sha1).toBe('2ee3dcc06e50192559b13929e73484354f23387d');
  });

  it('knows 34 commercial regions for each G1 CA and dates rds-ca-2019 to 2024-08-22', () => {
    for (const ca of ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1']) expect(catalog.regions(ca)).toHaveLength(34);
    expect(catalog.regions()).not.toContain('Beta:us-east-1');
    expect(catalog.validTill('rds-ca-2019')).toBe('2024-08-22T17:08:50Z');
    expect(catalog.validTill('rds-ca-2015')).toBe('2020-03-05T09:11:31Z');
    expect(catalog.validTill('rds-ca-rsa2048-g1')! > '2061-01-01').toBe(true);
    expect(catalog.caIds()).toEqual([
      'rds-ca-2010',
      'rds-ca-2015',
      'rds-ca-2017',
      'rds-ca-2019',
      'rds-ca-ecc384-g1',
      'rds-ca-rsa2048-g1',
      'rds-ca-rsa4096-g1',
    ]);
  });

  it('is what `npm run catalog` generates from data/rds-ca (the committed module is not stale)', async () => {
    const sources: CatalogSource[] = [];
    for (const file of readdirSync(DATA)
      .filter((f) => f.endsWith('.pem'))
      .sort()) {
      const bytes = readFileSync(join(DATA, file));
      const found = await readCertificates(file, bytes, { passwords: [], known: () => undefined });
      sources.push({ file, sha256: createHash('sha256').update(bytes).digest('hex'), certificates: found.certificates.map((c) => c.cert) });
    }
    const generated = renderCatalogModule(sources, buildCatalogEntries(sources));
    expect(readFileSync(join(REPO, 'src/catalog/entries.generated.ts'), 'utf8')).toBe(generated);
  });

  it('refuses to build from a certificate whose name RDS does not use', () => {
    const cert = { ...catalog.entries[0], subjectCn: 'Example Root', issuerCn: 'Example Root' };
    expect(() => buildCatalogEntries([{ file: 'x.pem', sha256: '', certificates: [cert] }])).toThrow(
      /x\.pem: "Example Root" is not a name RDS CAs use/,
    );
  });
});

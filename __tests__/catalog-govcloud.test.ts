/**
 * The GovCloud (aws-us-gov) bundles in data/rds-ca/, held to openssl: every certificate's fingerprint,
 * subject and signature as openssl reads them, and the catalog's CA and region for each.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { bundle, DATA, pemBlocks, tempDir } from './helpers/workspace.js';

const catalog = embeddedCatalog();

/** What openssl says of one PEM certificate. */
function openssl(pem: string): { sha256: string; subject: string; issuer: string } {
  const out = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256', '-subject', '-issuer', '-nameopt', 'RFC2253'], {
    input: pem,
  }).toString();
  const field = (name: string): string => new RegExp(`^${name}=(.*)$`, 'm').exec(out)![1];
  return { sha256: field('sha256 Fingerprint').replace(/:/g, '').toLowerCase(), subject: field('subject'), issuer: field('issuer') };
}

/** Whether openssl verifies `pem` against the certificates of `caFile` alone (no system store). */
function verifies(pem: string, caFile: string): boolean {
  const file = join(tempDir('rcg-gov-'), 'c.pem');
  writeFileSync(file, pem);
  try {
    execFileSync('openssl', ['verify', '-no-CApath', '-no-CAstore', '-CAfile', caFile, file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('GovCloud bundles in the catalog', () => {
  const global = join(DATA, 'us-gov-global-bundle.pem');

  it('keeps the byte-for-byte copies whose sha256 the provenance names', () => {
    const sha = (f: string): string =>
      createHash('sha256')
        .update(readFileSync(join(DATA, f)))
        .digest('hex');
    expect(sha('us-gov-global-bundle.pem')).toBe('bae59f78f2e2ba789e734cdcac78c13a0f0e99aa3f7bd49f1f37477c815b9b33');
    expect(sha('us-gov-west-1-bundle.pem')).toBe('cffb079b116f6bb731b10b1dc3e026287758b0c2fdc81144e218da0a58650454');
  });

  it('holds six self-signed AWS RDS roots and four intermediates that chain to them, each catalogued by its openssl fingerprint', () => {
    const blocks = pemBlocks(bundle('us-gov-global-bundle.pem'));
    expect(blocks).toHaveLength(10);
    const seen = blocks.map((pem) => {
      const o = openssl(pem);
      expect(o.subject).toContain('OU=Amazon RDS');
      expect(o.subject).toContain('O=Amazon Web Services\\, Inc.');
      const entry = catalog.bySha256(o.sha256)!;
      expect(entry).toBeDefined();
      expect(o.subject).toContain(`CN=${entry.subjectCn}`);
      expect(verifies(pem, global)).toBe(true);
      if (entry.role === 'root') expect(o.subject).toBe(o.issuer);
      return [entry.caId, entry.region, entry.role];
    });
    expect(seen.sort()).toEqual(
      [
        ['rds-ca-ecc384-g1', 'us-gov-east-1', 'root'],
        ['rds-ca-ecc384-g1', 'us-gov-west-1', 'root'],
        ['rds-ca-rsa2048-g1', 'us-gov-east-1', 'intermediate'],
        ['rds-ca-rsa2048-g1', 'us-gov-east-1', 'root'],
        ['rds-ca-rsa2048-g1', 'us-gov-west-1', 'intermediate'],
        ['rds-ca-rsa2048-g1', 'us-gov-west-1', 'root'],
        ['rds-ca-rsa4096-g1', 'us-gov-east-1', 'intermediate'],
        ['rds-ca-rsa4096-g1', 'us-gov-east-1', 'root'],
        ['rds-ca-rsa4096-g1', 'us-gov-west-1', 'intermediate'],
        ['rds-ca-rsa4096-g1', 'us-gov-west-1', 'root'],
      ].sort(),
    );
  });

  it('finds the us-gov-west-1 regional copy (committed three years earlier) identical, certificate for certificate', () => {
    const global = new Set(pemBlocks(bundle('us-gov-global-bundle.pem')).map((pem) => openssl(pem).sha256));
    const regional = pemBlocks(bundle('us-gov-west-1-bundle.pem')).map((pem) => openssl(pem).sha256);
    expect(regional).toHaveLength(5);
    for (const sha of regional) expect(global.has(sha)).toBe(true);
  });

  it('answers root(caId, region) for both GovCloud regions, and keeps them out of the commercial region list', () => {
    expect(catalog.root('rds-ca-rsa2048-g1', 'us-gov-west-1')!.sha256).toBe(
      '4f9a3f476897123ffd6f4be6950b31f60869848eddc64103d729afa91746b0a8',
    );
    expect(catalog.root('rds-ca-rsa2048-g1', 'us-gov-east-1')!.sha256).toBe(
      '0825e2e35ca65df57c6270a5fec61c5cae757ac110664c8c824a26360b7a32dc',
    );
    expect(catalog.root('rds-ca-ecc384-g1', 'us-gov-east-1')!.notAfter).toBe('2121-05-26T23:28:58Z');
    expect(catalog.regions()).not.toContain('us-gov-west-1');
  });
});

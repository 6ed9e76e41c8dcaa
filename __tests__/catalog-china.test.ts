/**
 * The China (aws-cn) bundle in data/rds-ca/, held to openssl: the file's sha256, every certificate's fingerprint,
 * subject and self-signature as openssl reads them, and the catalog's CA and region for each.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { bundle, DATA, pemBlocks, tempDir } from './helpers/workspace.js';

const catalog = embeddedCatalog();
const FILE = 'cn-global-bundle.pem';

/** What openssl says of one PEM certificate. */
function openssl(pem: string): { sha256: string; subject: string; issuer: string } {
  const out = execFileSync('openssl', ['x509', '-noout', '-fingerprint', '-sha256', '-subject', '-issuer', '-nameopt', 'RFC2253'], {
    input: pem,
  }).toString();
  const field = (name: string): string => new RegExp(`^${name}=(.*)$`, 'm').exec(out)![1];
  return { sha256: field('sha256 Fingerprint').replace(/:/g, '').toLowerCase(), subject: field('subject'), issuer: field('issuer') };
}

/** Whether openssl verifies `pem` against itself alone (no system store): a genuine self-signed root. */
function selfSigned(pem: string): boolean {
  const file = join(tempDir('rcg-cn-'), 'c.pem');
  writeFileSync(file, pem);
  try {
    execFileSync('openssl', ['verify', '-no-CApath', '-no-CAstore', '-check_ss_sig', '-CAfile', file, file], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('China bundle in the catalog', () => {
  it('keeps the byte-for-byte copy whose sha256 the provenance names', () => {
    const bytes = readFileSync(join(DATA, FILE));
    expect(bytes).toHaveLength(9200);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('d10db458b3b428b963a764a78694690d3af80616cd047de7ab56db53fb760a4e');
  });

  it('holds the six self-signed G1 roots of cn-north-1 and cn-northwest-1, each catalogued by its openssl fingerprint', () => {
    const blocks = pemBlocks(bundle(FILE));
    expect(blocks).toHaveLength(6);
    const seen = blocks.map((pem) => {
      const o = openssl(pem);
      expect(o.subject).toContain('OU=Amazon RDS');
      expect(o.subject).toContain('O=Amazon Web Services\\, Inc.');
      expect(o.subject).toBe(o.issuer);
      expect(selfSigned(pem)).toBe(true);
      const entry = catalog.bySha256(o.sha256)!;
      expect(entry).toBeDefined();
      expect(o.subject).toContain(`CN=${entry.subjectCn}`);
      return [entry.caId, entry.region, entry.role];
    });
    expect(seen.sort()).toEqual(
      [
        ['rds-ca-ecc384-g1', 'cn-north-1', 'root'],
        ['rds-ca-ecc384-g1', 'cn-northwest-1', 'root'],
        ['rds-ca-rsa2048-g1', 'cn-north-1', 'root'],
        ['rds-ca-rsa2048-g1', 'cn-northwest-1', 'root'],
        ['rds-ca-rsa4096-g1', 'cn-north-1', 'root'],
        ['rds-ca-rsa4096-g1', 'cn-northwest-1', 'root'],
      ].sort(),
    );
  });

  it("is, certificate for certificate, the G1 roots of mysql2 3.0.0-3.9.2's built-in profile (an unrelated copy)", () => {
    const profiles = JSON.parse(readFileSync(join(DATA, '..', 'client-profiles', 'profiles.json'), 'utf8')) as {
      mysql2: { source: string; certificates: string[] }[];
    };
    const mysql2 = profiles.mysql2.find((e) => e.source.startsWith('mysql2@3.9.2 '))!;
    const g1 = mysql2.certificates.filter((sha) => catalog.bySha256(sha)?.caId.endsWith('-g1'));
    const ours = pemBlocks(bundle(FILE)).map((pem) => openssl(pem).sha256);
    expect([...g1].sort()).toEqual([...ours].sort());
  });

  it('answers root(caId, region) for both China regions, and keeps them out of the commercial region list', () => {
    expect(catalog.root('rds-ca-rsa2048-g1', 'cn-north-1')!.sha256).toBe(
      '05168605f9485bf9b2dd306593c8a21dc891a6d67a362e681058000c681aa811',
    );
    expect(catalog.root('rds-ca-rsa2048-g1', 'cn-northwest-1')!.sha256).toBe(
      '5d2b52687a3599f618065c948e9fbffd04fb91767911bbeb6b68a0cfe783639b',
    );
    expect(catalog.root('rds-ca-rsa2048-g1', 'cn-north-1')!.notAfter).toBe('2061-05-26T00:15:07Z');
    expect(catalog.root('rds-ca-ecc384-g1', 'cn-northwest-1')!.notAfter).toBe('2121-05-26T00:03:55Z');
    expect(catalog.regions()).not.toContain('cn-north-1');
    expect(catalog.regions()).not.toContain('cn-northwest-1');
  });
});

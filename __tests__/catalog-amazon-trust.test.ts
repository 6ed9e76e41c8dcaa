/**
 * The Amazon Trust Services table (src/trust/amazon-trust.ts) against the certificates in data/amazon-trust/,
 * with openssl as the oracle, and the look-alike check: a certificate with an Amazon root's subject is that
 * root only with its key.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMAZON_TRUST_ROOTS, amazonTrustRootOf } from '../src/trust/amazon-trust.js';
import { readCertificates } from '../src/certs/read.js';
import { lookalikeCertificate } from '../src/rules/lookalike-certificate.js';
import { factsFrom } from './helpers/facts.js';
import { bundle, REPO, selfSignedCa } from './helpers/workspace.js';

const DATA = join(REPO, 'data/amazon-trust');
const openssl = (args: string[], input?: Buffer): Buffer => execFileSync('openssl', args, { input });

describe('Amazon Trust Services roots', () => {
  it.each(AMAZON_TRUST_ROOTS.map((r, i) => [r.name, r, `AmazonRootCA${i + 1}.pem`] as const))(
    '%s: the table holds the fingerprint, key hash, subject and expiry openssl reads from data/amazon-trust',
    async (_name, root, file) => {
      const path = join(DATA, file);
      const fingerprint = openssl(['x509', '-in', path, '-noout', '-fingerprint', '-sha256']).toString();
      expect(fingerprint.split('=')[1].trim().replaceAll(':', '').toLowerCase()).toBe(root.sha256);
      const spki = openssl(['pkey', '-pubin', '-outform', 'der'], openssl(['x509', '-in', path, '-noout', '-pubkey']));
      expect(openssl(['dgst', '-sha256', '-r'], spki).toString().slice(0, 64)).toBe(root.spkiSha256);
      expect(openssl(['x509', '-in', path, '-noout', '-subject', '-nameopt', 'RFC2253']).toString().trim()).toBe(
        `subject=${root.subject.split('\n').reverse().join(',')}`,
      );
      expect(root.url).toBe(`https://www.amazontrust.com/repository/${file}`);
      const [found] = (await readCertificates(file, readFileSync(path), { passwords: [], known: () => undefined })).certificates;
      expect(found.cert).toMatchObject({
        sha256: root.sha256,
        spkiSha256: root.spkiSha256,
        subject: root.subject,
        notAfter: root.notAfter,
      });
      expect(amazonTrustRootOf(found.cert)).toEqual({ kind: 'genuine', root });
    },
  );

  it("counts a cross-signed copy (the root's subject and key, another issuer) as the root", () => {
    const [root] = AMAZON_TRUST_ROOTS;
    expect(amazonTrustRootOf({ sha256: 'ab'.repeat(32), subject: root.subject, spkiSha256: root.spkiSha256 })).toEqual({
      kind: 'genuine',
      root,
    });
  });

  it('fails a certificate claiming to be "Amazon Root CA 1" with another key, wherever clients may load it', async () => {
    const fake = selfSignedCa('/C=US/O=Amazon/CN=Amazon Root CA 1', { serial: '066C9FCF99BF8C0A39E2F0788A43E696365BCA' });
    const facts = await factsFrom(
      { 'certs/rds-and-proxy.pem': bundle('us-east-1-bundle.pem') + fake, 'certs/proxy.pem': fake },
      { regions: ['us-east-1'] },
    );
    const findings = lookalikeCertificate.check(facts);
    expect(findings.map((f) => [f.file, f.line, f.resource])).toEqual([
      ['certs/rds-and-proxy.pem', expect.any(Number), 'Amazon Root CA 1'],
      ['certs/proxy.pem', 1, 'Amazon Root CA 1'],
    ]);
    expect(findings[1].severity).toBe('error');
    expect(findings[1].message).toMatch(
      /has the subject of Amazon Trust Services' "Amazon Root CA 1" but not its key: sha256 [0-9a-f]{16}…, Amazon's is 8ecde6884f3d87b1…/,
    );
    expect(findings[1].remediation).toBe(
      'Remove certificate #1 from certs/proxy.pem and take Amazon Root CA 1 from https://www.amazontrust.com/repository/AmazonRootCA1.pem.',
    );
    // The genuine roots are no look-alikes.
    const genuine = await factsFrom({ 'certs/proxy.pem': readFileSync(join(DATA, 'AmazonRootCA1.pem')) });
    expect(lookalikeCertificate.check(genuine)).toEqual([]);
  });
});

import { createHash } from 'node:crypto';
import type { FileCertificates } from '../src/certs/file-certificates.js';
import { readCertificates } from '../src/certs/read.js';
import { catalog } from './helpers/facts.js';
import { bundle, derOf, pemBlocks, pkcs7Of, truststoreOf, selfSignedCa } from './helpers/workspace.js';

const known = (s: string) => catalog.bySha256(s);
const read = (path: string, bytes: string | Uint8Array, passwords = ['changeit']): Promise<FileCertificates> =>
  readCertificates(path, typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { passwords, known });
const useast1 = bundle('us-east-1-bundle.pem');
const fingerprints = (r: FileCertificates) => r.certificates.map((c) => c.cert.sha256);
const expected = pemBlocks(useast1).map((b) => createHash('sha256').update(derOf(b)).digest('hex'));

describe('readCertificates', () => {
  it('reads a PEM bundle, including the ECC384 root', async () => {
    const r = await read('certs/us-east-1-bundle.pem', useast1);
    expect(r.format).toBe('pem');
    expect(fingerprints(r)).toEqual(expected);
    expect(r.certificates.map((c) => c.cert.keyType)).toEqual(['rsa', 'rsa', 'ec']);
  });

  it('reads concatenated bundles with CRLF line endings', async () => {
    const text = (useast1 + bundle('rds-ca-2019-root.pem')).replace(/\n/g, '\r\n');
    const r = await read('all.pem', text);
    expect(r.certificates).toHaveLength(4);
    expect(r.problem).toBeUndefined();
  });

  it('reads a DER certificate', async () => {
    const r = await read('root.cer', derOf(pemBlocks(useast1)[0]));
    expect(r.format).toBe('der');
    expect(fingerprints(r)).toEqual([expected[0]]);
  });

  it('reads PKCS#7 in DER and PEM as .p7b/.p7c, and DER under .crt', async () => {
    for (const [name, bytes] of [
      ['b.p7b', pkcs7Of(useast1)],
      ['b.p7c', pkcs7Of(useast1, 'PEM')],
      ['b.crt', pkcs7Of(useast1)],
    ] as const) {
      const r = await read(name, bytes);
      expect(fingerprints(r).sort()).toEqual([...expected].sort());
    }
  });

  it('loads nothing from binary or PKCS#7 armour saved as .pem, as OpenSSL-based clients do', async () => {
    expect((await read('b.pem', pkcs7Of(useast1))).problem).toMatchObject({
      kind: 'not-loadable',
      reason: expect.stringContaining('binary'),
    });
    expect((await read('b.pem', pkcs7Of(useast1, 'PEM'))).problem).toMatchObject({
      kind: 'not-loadable',
      reason: expect.stringContaining('PKCS#7'),
    });
  });

  it('reads JKS and PKCS#12 truststores made by keytool, with changeit or a given password', async () => {
    for (const type of ['JKS', 'PKCS12'] as const) {
      expect(fingerprints(await read('trust.jks', truststoreOf(useast1, type))).sort()).toEqual([...expected].sort());
      const locked = truststoreOf(useast1, type, 's3cret,pass');
      expect(fingerprints(await read('trust.p12', locked, ['changeit', 's3cret,pass'])).sort()).toEqual([...expected].sort());
      const refused = await read('trust.p12', locked, ['changeit']);
      if (type === 'PKCS12') {
        expect(refused.certificates).toEqual([]);
        expect(refused.problem).toMatchObject({
          kind: 'unreadable',
          reason: expect.stringMatching(/could not be opened: none of the 1 password/),
        });
      } else {
        // JKS keeps trusted certificates in clear: read, but not verified.
        expect(fingerprints(refused).sort()).toEqual([...expected].sort());
        expect(refused.problem).toMatchObject({ kind: 'integrity-unverified' });
      }
    }
  });

  it('names an HTML page or an S3 error saved as .pem', async () => {
    const html = await read('rds-ca.pem', '<!DOCTYPE html><html><body>Not found</body></html>');
    expect(html.problem).toMatchObject({ kind: 'not-loadable', reason: expect.stringMatching(/load no certificate: it is an HTML page/) });
    const xml = await read('rds-ca.pem', '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>');
    expect(xml.problem?.reason).toMatch(/XML document/);
  });

  it('reports a binary file named .crt that holds no certificate, and a corrupt truststore', async () => {
    expect((await read('x.crt', Buffer.from([0x30, 0x82, 0x01, 0x00, 1, 2, 3]))).problem?.reason).toMatch(/not a readable PKCS#7/);
    expect((await read('x.crt', Buffer.from([0, 1, 2, 3]))).problem?.kind).toBe('not-loadable');
    const jks = truststoreOf(useast1, 'JKS');
    expect((await read('x.jks', jks.subarray(0, 200))).problem?.reason).toMatch(
      /JKS truststore is corrupt or truncated \(it ends before its last entry\)/,
    );
  });

  it('ignores binary files and text without certificates when the name promises none', async () => {
    expect(await read('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]))).toEqual({ certificates: [] });
    expect(await read('README.md', 'hello')).toEqual({ format: 'text', certificates: [], documentation: true });
  });

  it('decodes certificates the catalog does not know', async () => {
    const r = await read('mine.pem', selfSignedCa('/CN=Example Root'));
    expect(r.certificates[0].cert.subjectCn).toBe('Example Root');
    expect(r.certificates[0].cert.isCa).toBe(true);
  });
});

import { createHash } from 'node:crypto';
import { readCertificates, type FileCertificates } from '../src/certs/read.js';
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
    expect(r.problems).toEqual([]);
  });

  it('reads a DER certificate', async () => {
    const r = await read('root.cer', derOf(pemBlocks(useast1)[0]));
    expect(r.format).toBe('der');
    expect(fingerprints(r)).toEqual([expected[0]]);
  });

  it('reads PKCS#7 in DER, PEM, and DER saved as .pem', async () => {
    for (const [name, bytes] of [['b.p7b', pkcs7Of(useast1)], ['b.p7c', pkcs7Of(useast1, 'PEM')], ['b.pem', pkcs7Of(useast1)]] as const) {
      const r = await read(name, bytes);
      expect(fingerprints(r).sort()).toEqual([...expected].sort());
    }
  });

  it('reads JKS and PKCS#12 truststores made by keytool, with changeit or a given password', async () => {
    for (const type of ['JKS', 'PKCS12'] as const) {
      expect(fingerprints(await read('trust.jks', truststoreOf(useast1, type))).sort()).toEqual([...expected].sort());
      const locked = truststoreOf(useast1, type, 's3cret,pass');
      expect(fingerprints(await read('trust.p12', locked, ['changeit', 's3cret,pass'])).sort()).toEqual([...expected].sort());
      const refused = await read('trust.p12', locked, ['changeit']);
      expect(refused.certificates).toEqual([]);
      expect(refused.problems[0].reason).toMatch(/could not be opened: none of the 1 password/);
    }
  });

  it('names an HTML page or an S3 error saved as .pem', async () => {
    const html = await read('rds-ca.pem', '<!DOCTYPE html><html><body>Not found</body></html>');
    expect(html.problems[0].reason).toMatch(/HTML page/);
    const xml = await read('rds-ca.pem', '<?xml version="1.0"?><Error><Code>AccessDenied</Code></Error>');
    expect(xml.problems[0].reason).toMatch(/XML error document/);
  });

  it('reports a binary file named .crt that holds no certificate, and a corrupt truststore', async () => {
    expect((await read('x.crt', Buffer.from([0x30, 0x82, 0x01, 0x00, 1, 2, 3]))).problems[0].reason).toMatch(/neither a certificate, PKCS#7 nor PKCS#12/);
    expect((await read('x.crt', Buffer.from([0, 1, 2, 3]))).problems[0].reason).toMatch(/holds no certificate/);
    const jks = truststoreOf(useast1, 'JKS');
    expect((await read('x.jks', jks.subarray(0, 200))).problems[0].reason).toMatch(/JKS truststore/);
  });

  it('ignores binary files and text without certificates when the name promises none', async () => {
    expect(await read('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]))).toEqual({ certificates: [], problems: [] });
    expect(await read('README.md', 'hello')).toEqual({ certificates: [], problems: [] });
  });

  it('decodes certificates the catalog does not know', async () => {
    const r = await read('mine.pem', selfSignedCa('/CN=Example Root'));
    expect(r.certificates[0].cert.subjectCn).toBe('Example Root');
    expect(r.certificates[0].cert.isCa).toBe(true);
  });
});

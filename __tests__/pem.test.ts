import { readPemAsOpenSsl } from '../src/certs/pem.js';
import { findLoosePemBlocks } from '../src/certs/pem-loose.js';
import { bundle, pemBlocks } from './helpers/workspace.js';

const useast1 = bundle('us-east-1-bundle.pem');
const [root, second] = pemBlocks(useast1);

describe("readPemAsOpenSsl (what OpenSSL's certificate-file loader loads)", () => {
  it('loads each block of a bundle with its line; text between blocks is ignored', () => {
    const r = readPemAsOpenSsl(`Bag Attributes\n    friendlyName: rds\nsubject=/CN=x\n${useast1}`);
    expect(r.failure).toBeUndefined();
    expect(r.blocks.map((b) => b.line)).toEqual([4, 28, 63]);
  });

  it('skips a block whose BEGIN line is indented, and says so', () => {
    const r = readPemAsOpenSsl(`  ${useast1}`);
    expect(r.blocks.map((b) => b.line)).toEqual([25, 60]);
    expect(r.skipped).toEqual([{ line: 1, reason: expect.stringContaining('indented') }]);
  });

  it('reads CRLF line endings and a UTF-8 byte order mark', () => {
    expect(readPemAsOpenSsl(`\uFEFF${useast1.replace(/\n/g, '\r\n')}`).blocks).toHaveLength(3);
  });

  it('refuses the whole file for one truncated, non-base64 or blank-line-split block', () => {
    for (const broken of [
      root.slice(0, 300),
      '-----BEGIN CERTIFICATE-----\nnot*base64!\n-----END CERTIFICATE-----\n',
      root.replace(/\n-----END/, '\n\n-----END'),
    ]) {
      const r = readPemAsOpenSsl(`${second}${broken}\n${root}`);
      expect(r.blocks).toEqual([]);
      expect(r.failure?.line).toBe(second.split('\n').length);
    }
  });

  it('loads nothing from PKCS#7 armour, keys alone, or an HTML page carrying PEM in JSON', () => {
    expect(readPemAsOpenSsl('-----BEGIN PKCS7-----\nMIIB\n-----END PKCS7-----\n').failure?.reason).toBe('no certificate OpenSSL can load');
    expect(readPemAsOpenSsl('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n').blocks).toEqual([]);
    const html = `<!DOCTYPE html><html><script>{"blob":${JSON.stringify(useast1)}}</script></html>`;
    expect(readPemAsOpenSsl(html)).toMatchObject({ blocks: [], failure: { reason: 'no certificate OpenSSL can load' } });
  });
});

describe('findLoosePemBlocks (certificates quoted in free text)', () => {
  it('reads indented, CRLF and JSON-escaped blocks', () => {
    const yaml = `data:\r\n  ca.pem: |\r\n${root
      .trim()
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\r\n')}\r\n`;
    expect(findLoosePemBlocks(yaml).blocks.map((b) => b.line)).toEqual([3]);
    expect(findLoosePemBlocks(JSON.stringify({ ca: root })).blocks).toHaveLength(1);
  });

  it('ignores code and docs that build or elide PEM text, but names a broken certificate', () => {
    const code = "return '-----BEGIN CERTIFICATE-----\\n' +\n  payload +\n  '\\n-----END CERTIFICATE-----\\n';\n";
    expect(findLoosePemBlocks(code)).toEqual({ blocks: [], broken: [] });
    expect(findLoosePemBlocks('```\n-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n```\n')).toEqual({
      blocks: [],
      broken: [],
    });
    const cut = `data:\n  ca.pem: |\n    ${root.slice(0, 400).trim().split('\n').join('\n    ')}\n`;
    expect(findLoosePemBlocks(cut).broken).toEqual([{ line: 3, reason: expect.stringContaining('truncated') }]);
  });
});

import { findPemBlocks } from '../src/certs/pem.js';
import { bundle, pemBlocks } from './helpers/workspace.js';

const root = pemBlocks(bundle('us-east-1-bundle.pem'))[0];

describe('findPemBlocks', () => {
  it('finds each block of a bundle with its line', () => {
    const { blocks, problems } = findPemBlocks(bundle('us-east-1-bundle.pem'));
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.line)).toEqual([1, 25, 60]);
  });

  it('reads CRLF and indented blocks, as in YAML ConfigMaps and Helm values', () => {
    const yaml = `apiVersion: v1\r\nkind: ConfigMap\r\ndata:\r\n  ca.pem: |\r\n${root.trim().split('\n').map((l) => `    ${l}`).join('\r\n')}\r\n`;
    const { blocks } = findPemBlocks(yaml);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].line).toBe(5);
  });

  it('reads blocks inside JSON strings with \\n escapes', () => {
    const json = JSON.stringify({ ca: root });
    const { blocks, problems } = findPemBlocks(json);
    expect(problems).toEqual([]);
    expect(Buffer.from(blocks[0].der)).toEqual(Buffer.from(findPemBlocks(root).blocks[0].der));
  });

  it('reports a truncated block and still reads the next one', () => {
    const truncated = root.slice(0, 300);
    const { blocks, problems } = findPemBlocks(`${truncated}\n${root}`);
    expect(problems).toEqual([{ line: 1, reason: expect.stringContaining('truncated PEM block') }]);
    expect(blocks).toHaveLength(1);
  });

  it('reports a block that is not base64', () => {
    const { problems } = findPemBlocks('-----BEGIN CERTIFICATE-----\nnot*base64!\n-----END CERTIFICATE-----\n');
    expect(problems[0].reason).toMatch(/not valid base64/);
  });

  it('ignores keys and requests', () => {
    expect(findPemBlocks('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')).toEqual({ blocks: [], problems: [] });
  });
});

describe('findPemBlocks outside certificate files', () => {
  it('ignores code and docs that build or show PEM text, but not a broken certificate', () => {
    const code = "return '-----BEGIN CERTIFICATE-----\\n' +\n  payload +\n  '\\n-----END CERTIFICATE-----\\n';\nconst marker = '-----BEGIN CERTIFICATE-----';\n";
    expect(findPemBlocks(code, false)).toEqual({ blocks: [], problems: [] });
    const docs = '```\n-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n```\n';
    expect(findPemBlocks(docs, false)).toEqual({ blocks: [], problems: [] });
    expect(findPemBlocks(docs, true).problems).toHaveLength(1);
    const cut = `data:\n  ca.pem: |\n    ${root.slice(0, 400).trim().split('\n').join('\n    ')}\n`;
    expect(findPemBlocks(cut, false).problems).toEqual([{ line: 3, reason: expect.stringContaining('truncated') }]);
  });
});

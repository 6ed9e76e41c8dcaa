import { findRootWrites } from '../../src/scan/root-writes.js';
import { yamlBlocks } from '../../src/scan/yaml-blocks.js';

const ROOT1 = 'https://www.amazontrust.com/repository/AmazonRootCA1.pem';
const into = (text: string) => findRootWrites('build.sh', text).map((w) => [w.into, w.overwrites ?? false]);

describe('findRootWrites', () => {
  it('counts a fetch, not the URL in a shell comment or an echo argument', () => {
    expect(into(`# curl -fsSL ${ROOT1} >> certs/rds.pem\n`)).toEqual([]);
    expect(into(`echo '# proxies: ${ROOT1}' >> certs/rds.pem\n`)).toEqual([]);
    expect(into(`RUN curl -fsSL ${ROOT1} >> certs/rds.pem # root 1\n`)).toEqual([['certs/rds.pem', false]]);
    expect(into(`\t@curl -fsSL ${ROOT1} | tee -a certs/rds.pem\n`)).toEqual([['certs/rds.pem', false]]);
  });

  it("reads the saved path with curl's combined options, and marks a save or cat of the root alone as overwriting", () => {
    expect(into(`curl -fsSLo /tmp/root1.pem ${ROOT1} && cat /tmp/root1.pem >> /certs/rds.pem\n`)).toEqual([
      ['/tmp/root1.pem', true],
      ['/certs/rds.pem', false],
    ]);
    expect(into(`curl -fsSL ${ROOT1} > certs/rds.pem\n`)).toEqual([['certs/rds.pem', true]]);
    expect(into(`wget -qO /tmp/r.pem ${ROOT1}\ncat /tmp/r.pem > certs/rds.pem\ncat g.pem /tmp/r.pem > c.pem\n`)).toEqual([
      ['/tmp/r.pem', true],
      ['certs/rds.pem', true],
      ['c.pem', false],
    ]);
  });
});

describe('yamlBlocks', () => {
  it('puts a mapping block, a list and a list item’s keys together, and separates sibling blocks', () => {
    const text =
      'database:\n  host: h\n  sslmode: verify-full\ncache:\n  sslmode: require\nenv:\n  - name: PGHOST\n    value: h\n  - B=2\n';
    const blockOf = yamlBlocks(text);
    expect([2, 3, 5, 7, 8, 9].map(blockOf)).toEqual([1, 1, 4, 6, 6, 6]);
  });
});

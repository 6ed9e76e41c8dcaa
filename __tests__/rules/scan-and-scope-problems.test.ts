import { fileTooLarge } from '../../src/rules/file-too-large.js';
import { fileUnreadable } from '../../src/rules/file-unreadable.js';
import { linkOutsideWorkspace } from '../../src/rules/link-outside-workspace.js';
import { pathNotFound } from '../../src/rules/path-not-found.js';
import { approvedCaExpired } from '../../src/rules/approved-ca-expired.js';
import { awsNotInspected } from '../../src/rules/aws-not-inspected.js';
import { regionNotInCatalog } from '../../src/rules/region-not-in-catalog.js';
import { bundleNotLoadable } from '../../src/rules/bundle-not-loadable.js';
import { caReference } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

describe('rules for what could not be checked', () => {
  it('turns each scan problem into a finding of its rule and severity', async () => {
    const facts = await factsFrom(
      {},
      {
        problems: [
          { path: 'a.pem', line: 3, kind: 'unreadable', reason: 'truncated PEM block' },
          { path: 'big.pem', kind: 'too-large', reason: 'over the cap' },
          { path: 'link.pem', kind: 'link-outside', reason: 'link points outside the workspace' },
          { path: 'certs/rds.pem', kind: 'not-found', reason: 'named in `paths` but not found' },
        ],
      },
    );
    expect(fileUnreadable.check(facts)).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'a.pem', line: 3, message: 'a.pem:3 was not checked: truncated PEM block.' }),
    ]);
    expect(fileTooLarge.check(facts)[0].severity).toBe('notice');
    expect(linkOutsideWorkspace.check(facts)[0].severity).toBe('warning');
    expect(pathNotFound.check(facts)[0]).toMatchObject({ severity: 'error', file: 'certs/rds.pem' });
  });

  it('fails a region the catalog has no target root for', async () => {
    const [f] = regionNotInCatalog.check(await factsFrom({}, { regions: ['us-east-1', 'us-iso-east-1'] }));
    expect(f).toMatchObject({ severity: 'error', resource: 'us-iso-east-1' });
  });

  it('warns when approved-ca lists an expired CA', async () => {
    const [f] = approvedCaExpired.check(await factsFrom({}, { approvedCa: ['rds-ca-rsa2048-g1', 'rds-ca-2019'] }));
    expect(f.message).toContain('rds-ca-2019, which expired');
  });

  it('fails closed when AWS was not inspected', async () => {
    expect(awsNotInspected.check(await factsFrom({}))).toEqual([]);
    const [f] = awsNotInspected.check(await factsFrom({}, { awsNotInspected: 'no AWS credentials were found' }));
    expect(f.severity).toBe('error');
    expect(f.remediation).toContain('offline: true');
  });
});

describe('bundle-not-loadable', () => {
  it('is an error for a file named as RDS trust or that a client loads, a warning for any other certificate-named file', async () => {
    const facts = await factsFrom(
      {
        'certs/global-bundle.pem': '<html>saved page</html>\n',
        'root.crt': '',
        'deploy/key.pem': '',
        'test/fixtures/chain.cert': '-----BEGIN CERTIFICATE-----\naaa\n-----END CERTIFICATE-----\n',
      },
      {
        clients: {
          references: [caReference({ file: 'run.sh', line: 1, value: 'root.crt', resolvesTo: { kind: 'file', path: 'root.crt' } })],
        },
      },
    );
    const found = bundleNotLoadable.check(facts).map((f) => [f.file, f.severity]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['certs/global-bundle.pem', 'error'],
        ['root.crt', 'error'],
        ['deploy/key.pem', 'warning'],
        ['test/fixtures/chain.cert', 'warning'],
      ]),
    );
    expect(found).toHaveLength(4);
  });
});

import { clientCaLegacyName } from '../../src/rules/client-ca-legacy-name.js';
import { caReference, type CaReference } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...references: CaReference[]) => clientCaLegacyName.check(await factsFrom({}, { clients: { references } }));

describe('client-ca-legacy-name', () => {
  it("fails a client told to trust a file named as an expired AWS CA that nothing in the repository provides, at the setting's line", async () => {
    const [f, ...rest] = await check(caReference({ value: '/etc/ssl/certs/rds-ca-2019-root.pem' }));
    expect(rest).toEqual([]);
    expect(f).toEqual({
      rule: 'client-ca-legacy-name',
      severity: 'error',
      file: 'deploy/migrate.sh',
      line: 4,
      message:
        'deploy/migrate.sh:4: sslrootcert names /etc/ssl/certs/rds-ca-2019-root.pem, the name of an expired AWS CA file (rds-ca-2019-root.pem), and nothing in the repository provides it.',
      remediation: expect.stringContaining('(https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem)'),
    });
    expect(f.remediation).toContain('https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem');
  });

  it("warns for the legacy combined bundle's name, which some teams reuse for today's bundle", async () => {
    const [f] = await check(caReference({ setting: 'PGSSLROOTCERT', value: 'rds-combined-ca-bundle.pem', line: 9 }));
    expect(f).toMatchObject({ severity: 'warning', line: 9 });
    expect(f.message).toContain("PGSSLROOTCERT names rds-combined-ca-bundle.pem, the name of AWS's legacy combined bundle");
  });

  it('stays silent on a current name, on a file the repository provides (judged as a bundle), and on a value filled in at run time', async () => {
    expect(await check(caReference({ value: '/etc/ssl/certs/global-bundle.pem' }))).toEqual([]);
    expect(
      await check(caReference({ value: 'certs/rds-ca-2019-root.pem', resolvesTo: { kind: 'file', path: 'certs/rds-ca-2019-root.pem' } })),
    ).toEqual([]);
    expect(
      await check(caReference({ value: '$CA_DIR/rds-ca-2019-root.pem', unresolved: true, resolvesTo: { kind: 'unresolved' } })),
    ).toEqual([]);
  });
});

import { clientCaNotInRepository } from '../../src/rules/client-ca-not-in-repository.js';
import { caReference, type CaReference } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...references: CaReference[]) => clientCaNotInRepository.check(await factsFrom({}, { clients: { references } }));

describe('client-ca-not-in-repository', () => {
  it('notes a CA file that nothing in the repository provides, at the setting, saying its trust was not checked', async () => {
    expect(await check(caReference())).toEqual([
      {
        rule: 'client-ca-not-in-repository',
        severity: 'notice',
        file: 'deploy/migrate.sh',
        line: 4,
        message:
          'deploy/migrate.sh:4: sslrootcert names /etc/ssl/certs/rds-ca.pem, and no committed file or download in the repository provides it: the CA its client trusts was not checked.',
        remediation: clientCaNotInRepository.remediation,
      },
    ]);
    expect(clientCaNotInRepository.remediation).toContain("Commit the bundle the client uses (AWS's global bundle)");
  });

  it('notes a CA setting whose value is filled in at run time', async () => {
    const [f] = await check(caReference({ value: '${RDS_CA_PATH}', unresolved: true, resolvesTo: { kind: 'unresolved' } }));
    expect(f.message).toBe(
      'deploy/migrate.sh:4: sslrootcert names ${RDS_CA_PATH}, and its value is filled in at run time: the CA its client trusts was not checked.',
    );
  });

  it('stays silent on a committed file, a download, and an expired AWS name (client-ca-legacy-name says more)', async () => {
    expect(
      await check(
        caReference({ value: 'certs/global-bundle.pem', resolvesTo: { kind: 'file', path: 'certs/global-bundle.pem' } }),
        caReference({
          value: '/opt/rds/global-bundle.pem',
          resolvesTo: {
            kind: 'download',
            file: 'Dockerfile',
            line: 3,
            url: 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem',
          },
        }),
        caReference({ value: '/etc/ssl/rds-ca-2019-root.pem' }),
      ),
    ).toEqual([]);
  });
});

import { probeUnreachable } from '../../src/rules/probe-unreachable.js';
import { handshakeRejected, probeTarget, handshakeUnreachable, handshakeVerified } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

describe('probe-unreachable', () => {
  it('warns once for the endpoints that could not be reached, each named with its cause, once whatever the bundles tried', async () => {
    const billing = probeTarget({ name: 'billing (eu-west-1)', host: 'billing.abcdefghij.eu-west-1.rds.amazonaws.com' });
    const results = [
      handshakeUnreachable({ target: billing, reason: 'connect ECONNREFUSED' }),
      handshakeUnreachable({ bundle: 'certs/global-bundle.pem' }),
      handshakeUnreachable({ bundle: 'certs/eu-west-1-bundle.pem' }),
      handshakeVerified({ target: probeTarget({ name: 'reports (eu-west-1)' }) }),
    ];
    const found = probeUnreachable.check(await factsFrom({}, { probes: { results } }));
    expect(found).toEqual([
      {
        rule: 'probe-unreachable',
        severity: 'warning',
        message:
          '2 endpoint(s) could not be reached, so their handshake was not checked: ' +
          'billing (eu-west-1) (billing.abcdefghij.eu-west-1.rds.amazonaws.com:5432): connect ECONNREFUSED; ' +
          'orders (eu-west-1) (orders.abcdefghij.eu-west-1.rds.amazonaws.com:5432): connect ETIMEDOUT. ' +
          'A GitHub-hosted runner usually cannot reach a private database.',
        remediation: probeUnreachable.remediation,
      },
    ]);
    expect(probeUnreachable.remediation).toContain('self-hosted runner');
  });

  it('fails when no probe could run at all, saying why and what to give', async () => {
    const [f] = probeUnreachable.check(
      await factsFrom({}, { probes: { results: [], notRun: 'the repository holds no RDS bundle to verify against' } }),
    );
    expect(f).toMatchObject({ severity: 'error', message: 'No probe ran: the repository holds no RDS bundle to verify against.' });
    expect(f.remediation).toContain('probe-bundle');
  });

  it('stays silent when every endpoint answered, or probes were not asked for', async () => {
    expect(probeUnreachable.check(await factsFrom({}, { probes: { results: [handshakeVerified(), handshakeRejected()] } }))).toEqual([]);
    expect(probeUnreachable.check(await factsFrom({}))).toEqual([]);
  });
});

import { probeVerificationFailed } from '../../src/rules/probe-verification-failed.js';
import {
  handshakeNoTls,
  handshakeRejected,
  probeTarget,
  handshakeUnreachable,
  handshakeVerified,
  type ProbeResult,
} from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...results: ProbeResult[]) => probeVerificationFailed.check(await factsFrom({}, { probes: { results } }));

const CHAIN = [
  {
    subject: 'CN=orders.abcdefghij.eu-west-1.rds.amazonaws.com',
    issuer: 'CN=Amazon RDS eu-west-1 Subordinate CA RSA2048 G1',
    validTo: '2027-06-01',
  },
  {
    subject: 'CN=Amazon RDS eu-west-1 Subordinate CA RSA2048 G1',
    issuer: 'CN=Amazon RDS eu-west-1 Root CA RSA2048 G1',
    validTo: '2061-05-20',
  },
];

describe('probe-verification-failed', () => {
  it('fails a handshake that does not verify against the bundle, on the bundle, with the presented chain', async () => {
    const [f, ...rest] = await check(handshakeRejected({ bundle: 'certs/rds-combined-ca-bundle.pem', chain: CHAIN }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'probe-verification-failed',
      severity: 'error',
      file: 'certs/rds-combined-ca-bundle.pem',
      resource: 'orders (eu-west-1)',
    });
    expect(f.message).toBe(
      'orders (eu-west-1) (orders.abcdefghij.eu-west-1.rds.amazonaws.com:5432) does not verify against certs/rds-combined-ca-bundle.pem: ' +
        'the chain does not lead to a root in the bundle. Presented chain: ' +
        'CN=orders.abcdefghij.eu-west-1.rds.amazonaws.com (issuer CN=Amazon RDS eu-west-1 Subordinate CA RSA2048 G1, expires 2027-06-01) → ' +
        'CN=Amazon RDS eu-west-1 Subordinate CA RSA2048 G1 (issuer CN=Amazon RDS eu-west-1 Root CA RSA2048 G1, expires 2061-05-20).',
    );
    expect(f.remediation).toBe("Put the root that signed this chain into certs/rds-combined-ca-bundle.pem (for RDS: AWS's global bundle).");
  });

  it('fits the fix to the cause: the host name, an expired server certificate', async () => {
    const target = probeTarget({ name: 'tunnel', host: '127.0.0.1', port: 15432 });
    const [host] = await check(
      handshakeRejected({ target, code: 'ERR_TLS_CERT_ALTNAME_INVALID', reason: 'the host-name does not match the certificate' }),
    );
    expect(host.remediation).toBe('Connect with the host name the certificate names, not 127.0.0.1.');
    expect(host.message).toContain('Presented chain: none.');
    const [expired] = await check(handshakeRejected({ code: 'CERT_HAS_EXPIRED', reason: 'the server certificate expired' }));
    expect(expired.remediation).toBe('Rotate the server certificate of orders (eu-west-1).');
  });

  it('fails a server that offers no TLS at all', async () => {
    const [f] = await check(handshakeNoTls({ reason: 'the server answered N to SSLRequest' }));
    expect(f).toMatchObject({
      severity: 'error',
      resource: 'orders (eu-west-1)',
      message:
        'orders (eu-west-1) (orders.abcdefghij.eu-west-1.rds.amazonaws.com:5432) offers no TLS: the server answered N to SSLRequest.',
    });
    expect(f.file).toBeUndefined();
    expect(f.remediation).toContain('rds.force_ssl');
  });

  it('stays silent on verified handshakes, on unreachable endpoints (probe-unreachable), and when no probe ran', async () => {
    expect(await check(handshakeVerified({ chain: CHAIN }), handshakeUnreachable())).toEqual([]);
    expect(probeVerificationFailed.check(await factsFrom({}))).toEqual([]);
  });
});

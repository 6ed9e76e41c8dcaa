import { bundleExpiredCertificates } from '../../src/rules/bundle-expired-certificates.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle } from '../helpers/workspace.js';

describe('bundle-expired-certificates', () => {
  it('is an error when every RDS certificate expired (the 2019 root)', async () => {
    const [f] = bundleExpiredCertificates.check(await factsFrom({ 'rds-ca-2019-root.pem': bundle('rds-ca-2019-root.pem') }));
    expect(f.severity).toBe('error');
    expect(f.message).toContain('"Amazon RDS Root 2019 CA" (expired 2024-08-22)');
  });

  it('is a warning when a bundle mixes current roots with expired ones', async () => {
    const mixed = bundle('us-east-1-bundle.pem') + bundle('rds-ca-2019-root.pem');
    const [f] = bundleExpiredCertificates.check(await factsFrom({ 'mixed.pem': mixed }));
    expect(f).toMatchObject({ severity: 'warning', line: bundle('us-east-1-bundle.pem').split('\n').length });
    expect(f.message).toContain('1 expired RDS certificate(s)');
  });

  it('judges expiry at the time given, not the wall clock', async () => {
    const facts = await factsFrom({ 'old.pem': bundle('rds-ca-2019-root.pem') }, { now: '2024-01-01T00:00:00Z' });
    expect(bundleExpiredCertificates.check(facts)).toEqual([]);
  });
});

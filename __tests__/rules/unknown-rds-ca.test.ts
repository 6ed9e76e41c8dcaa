import { unknownRdsCa } from '../../src/rules/unknown-rds-ca.js';
import { factsFrom } from '../helpers/facts.js';
import { selfSignedCa } from '../helpers/workspace.js';

describe('unknown-rds-ca', () => {
  it('warns about an RDS-named CA the catalog does not know, with the refresh command', async () => {
    const newer = selfSignedCa('/C=US/O=Amazon Web Services, Inc./OU=Amazon RDS/CN=Amazon RDS us-east-1 Root CA RSA2048 G2', { key: 'ec' });
    const [f] = unknownRdsCa.check(await factsFrom({ 'rds.pem': newer }));
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('the catalog may be out of date');
    expect(f.remediation).toContain('npm run catalog -- https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem');
  });

  it('ignores CAs that are not RDS trust material', async () => {
    expect(unknownRdsCa.check(await factsFrom({ 'corp.pem': selfSignedCa('/CN=Corp Root') }))).toEqual([]);
  });
});

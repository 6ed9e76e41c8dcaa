import { lookalikeCertificate } from '../../src/rules/lookalike-certificate.js';
import { bundleMissingTargetRoot } from '../../src/rules/bundle-missing-target-root.js';
import { factsFrom } from '../helpers/facts.js';
import { selfSignedCa, US_EAST_1_RSA2048_SUBJECT } from '../helpers/workspace.js';

describe('lookalike-certificate', () => {
  it("fails a certificate with a real root's exact subject and serial but another key", async () => {
    const fake = selfSignedCa(US_EAST_1_RSA2048_SUBJECT, { serial: 'F55231F162B663393E199B68E16819F5' });
    const facts = await factsFrom({ 'certs/rds.pem': `# our RDS root\n${fake}` }, { regions: ['us-east-1'] });
    const [f] = lookalikeCertificate.check(facts);
    expect(f).toMatchObject({ severity: 'error', file: 'certs/rds.pem', line: 2, resource: 'Amazon RDS us-east-1 Root CA RSA2048 G1' });
    expect(f.message).toMatch(/has the subject of AWS's "Amazon RDS us-east-1 Root CA RSA2048 G1" \(rds-ca-rsa2048-g1\) but is not it/);
    // …and it does not count as the genuine root.
    expect(bundleMissingTargetRoot.check(facts)).toHaveLength(1);
  });
});

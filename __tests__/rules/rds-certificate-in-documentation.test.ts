import { rdsCertificateInDocumentation } from '../../src/rules/rds-certificate-in-documentation.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, selfSignedCa } from '../helpers/workspace.js';

const page = (pem: string) => `# Connecting to the database\n\nSave this as \`rds.pem\`:\n\n\`\`\`\n${pem}\`\`\`\n`;

describe('rds-certificate-in-documentation', () => {
  it('notes documentation that quotes an RDS CA certificate, at its line, pointing readers at the bundle', async () => {
    expect(rdsCertificateInDocumentation.check(await factsFrom({ 'docs/setup.md': page(bundle('rds-ca-2019-root.pem')) }))).toEqual([
      {
        rule: 'rds-certificate-in-documentation',
        severity: 'notice',
        file: 'docs/setup.md',
        line: 6,
        message:
          'docs/setup.md quotes 1 RDS CA certificate(s) (Amazon RDS Root 2019 CA) at line 6; documentation is not judged as a bundle.',
        remediation: expect.stringContaining('(https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem)'),
      },
    ]);
    expect(rdsCertificateInDocumentation.remediation).toContain('https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem');
  });

  it('stays silent on documentation quoting other certificates, and on bundles that are not documentation', async () => {
    const facts = await factsFrom({
      'docs/corp.md': page(selfSignedCa('/CN=Corp Root')),
      'certs/rds-ca-2019-root.pem': bundle('rds-ca-2019-root.pem'),
    });
    expect(rdsCertificateInDocumentation.check(facts)).toEqual([]);
  });
});

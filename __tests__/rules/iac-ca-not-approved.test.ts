import { iacCaNotApproved } from '../../src/rules/iac-ca-not-approved.js';
import { iacCaUnverifiable } from '../../src/rules/iac-ca-unverifiable.js';
import type { CaPin } from '../../src/model/iac.js';
import { factsFrom } from '../helpers/facts.js';

const pin = (over: Partial<CaPin>): CaPin => ({
  file: 'main.tf',
  line: 7,
  resource: 'aws_db_instance.db',
  attribute: 'ca_cert_identifier',
  tool: 'terraform',
  syntax: 'hcl',
  value: { kind: 'literal', ca: 'rds-ca-2019' },
  ...over,
});

describe('iac-ca-not-approved', () => {
  it('fails a pin to rds-ca-2019 with file, line, expiry and the attribute to set', async () => {
    const [f] = iacCaNotApproved.check(await factsFrom({}, { pins: [pin({})] }));
    expect(f).toMatchObject({ severity: 'error', file: 'main.tf', line: 7, resource: 'aws_db_instance.db' });
    expect(f.message).toContain('"rds-ca-2019" (expired 2024-08-22)');
    expect(f.remediation).toBe('Set `ca_cert_identifier = "rds-ca-rsa2048-g1"` on aws_db_instance.db.');
  });

  it('passes approved pins and leaves absent or computed ones to iac-ca-unverifiable', async () => {
    const pins = [
      pin({ value: { kind: 'literal', ca: 'rds-ca-ecc384-g1' } }),
      pin({ value: { kind: 'absent' } }),
      pin({ value: { kind: 'expression', text: 'local.ca' } }),
    ];
    const facts = await factsFrom({}, { pins });
    expect(iacCaNotApproved.check(facts)).toEqual([]);
    expect(iacCaUnverifiable.check(facts).map((f) => f.severity)).toEqual(['notice', 'notice']);
  });

  it('gives the CDK constant for CDK code', async () => {
    const [f] = iacCaNotApproved.check(
      await factsFrom(
        {},
        {
          pins: [
            pin({
              tool: 'cdk',
              syntax: 'typescript',
              attribute: 'caCertificate',
              file: 'lib/db.ts',
              resource: 'CaCertificate.RDS_CA_2019',
            }),
          ],
        },
      ),
    );
    expect(f.remediation).toContain("caCertificate: CaCertificate.of('rds-ca-rsa2048-g1')");
  });
});

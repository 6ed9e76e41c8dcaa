import { caOfConstant, cdkPins } from '../../src/scan/iac/cdk.js';

describe('cdkPins', () => {
  it('reads constants and CaCertificate.of in TypeScript, Python and Go', () => {
    const ts = "new rds.DatabaseInstance(this, 'Db', {\n  caCertificate: rds.CaCertificate.RDS_CA_2019,\n});\nconst c = CaCertificate.of('rds-ca-rsa4096-g1');\n";
    expect(cdkPins('lib/db.ts', ts).map((p) => [p.line, p.value])).toEqual([
      [2, { kind: 'literal', ca: 'rds-ca-2019' }],
      [4, { kind: 'literal', ca: 'rds-ca-rsa4096-g1' }],
    ]);
    expect(cdkPins('app.py', 'ca_certificate=rds.CaCertificate.of("rds-ca-2019")')[0].value).toEqual({ kind: 'literal', ca: 'rds-ca-2019' });
    expect(cdkPins('main.go', 'CaCertificate: awsrds.CaCertificate_Of(jsii.String("rds-ca-2019")),')[0].value).toEqual({ kind: 'literal', ca: 'rds-ca-2019' });
  });

  it("maps CDK's constant names, including the deprecated misspelling", () => {
    expect(caOfConstant('RDS_CA_RDS2048_G1')).toBe('rds-ca-rsa2048-g1');
    expect(caOfConstant('RDS_CA_RSA4096_G1')).toBe('rds-ca-rsa4096-g1');
    expect(caOfConstant('RDS_CA_ECC384_G1')).toBe('rds-ca-ecc384-g1');
  });
});

describe('cdkPins on computed identifiers', () => {
  it('does not take a template string or placeholder for a pin', () => {
    expect(cdkPins('gen.ts', "CaCertificate.of(`${prefix}-g1`); CaCertificate.of('${m[1]}'); CaCertificate.of('…')")).toEqual([]);
  });
});

describe('cdkPins in comments', () => {
  it('skips comment lines in any of the languages', () => {
    expect(cdkPins('x.ts', ' * `CaCertificate.RDS_CA_2019` and friends\n// CaCertificate.RDS_CA_2019\n# CaCertificate.RDS_CA_2019\n')).toEqual([]);
  });
});

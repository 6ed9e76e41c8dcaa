import { descendants, grammarOf, lineOf, parse } from '../../src/scan/iac/syntax.js';

describe('parsers', () => {
  it('reads every grammar the IaC readers use, with lines, and names the first syntax error', async () => {
    const sources: Array<[string, string, string]> = [
      ['main.tf', '# c\nresource "aws_db_instance" "x" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n', 'attribute'],
      ['app.ts', '// c\nnew rds.CfnDBInstance(this, "x", {\n  caCertificateIdentifier: "rds-ca-2019" });\n', 'pair'],
      ['app.py', '# c\nrds.CfnDBInstance(self, "x",\n  ca_certificate_identifier="rds-ca-2019")\n', 'keyword_argument'],
      [
        'main.go',
        'package main\nfunc f() {\n  _ = awsrds.CfnDBInstanceProps{CaCertificateIdentifier: jsii.String("rds-ca-2019")}\n}\n',
        'keyed_element',
      ],
      [
        'App.java',
        'class A { void f() {\n  CfnDBInstance.Builder.create(this, "x")\n  .caCertificateIdentifier("rds-ca-2019").build(); } }\n',
        'method_invocation',
      ],
      [
        'App.cs',
        'class A { void F() { var p = new CfnDBInstanceProps {\n  CaCertificateIdentifier = "rds-ca-2019" }; } }\n',
        'assignment_expression',
      ],
      ['rotate.sh', '#!/bin/sh\naws rds modify-db-instance \\\n  --ca-certificate-identifier rds-ca-2019\n', 'command'],
    ];
    for (const [file, text, type] of sources) {
      const grammar = grammarOf(file)!;
      const lines = await parse(grammar, text, (root, error) => {
        expect(error).toBeUndefined();
        return descendants(root, type)
          .filter((n) => n.text.includes('rds-ca-2019'))
          .map(lineOf);
      });
      expect([file, Math.max(...lines)]).toEqual([file, /\.(?:sh|java|cs)$/.test(file) ? 2 : 3]);
    }
    const error = await parse('hcl', 'resource "aws_db_instance" "x" {\n  ca_cert_identifier = \n}\n', (_root, e) => e);
    expect(error?.line).toBeGreaterThanOrEqual(2);
  });
});

describe('dist grammars', () => {
  it('builds every grammar the parsers load into dist/grammars', async () => {
    const { readFileSync } = await import('node:fs');
    const { GRAMMAR_FILES } = await import('../../src/scan/iac/syntax.js');
    const build = readFileSync('scripts/build.mjs', 'utf8');
    for (const { pkg } of Object.values(GRAMMAR_FILES)) expect(build).toContain(`'${pkg}'`);
  });
});

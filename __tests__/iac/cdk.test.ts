import { caOfConstant } from '../../src/scan/iac/cdk.js';
import { codeFacts } from '../../src/scan/iac/code.js';
import type { CaPin } from '../../src/model/iac.js';

/** Line, resource, attribute and value of each pin: what most assertions compare. */
function brief(pins: CaPin[]): Array<[number, string, string, CaPin['value']]> {
  return pins.map((p) => [p.line, p.resource, p.attribute, p.value]);
}

describe('CDK in TypeScript', () => {
  it('reads L2 constants, CaCertificate.of and L1 literals with file, line, resource and attribute', async () => {
    const ts = [
      "import * as rds from 'aws-cdk-lib/aws-rds';",
      "new rds.DatabaseInstance(this, 'Db', {",
      '  caCertificate: rds.CaCertificate.RDS_CA_2019,',
      '});',
      "rds.ClusterInstance.provisioned('writer', { caCertificate: rds.CaCertificate.of('rds-ca-rsa4096-g1') });",
      "new rds.CfnDBInstance(this, 'Legacy', { caCertificateIdentifier: 'rds-ca-2019' });",
      "new rds.DatabaseInstance(this, 'Old', { caCertificate: rds.CaCertificate.RDS_CA_RDS2048_G1 });",
    ].join('\n');
    const facts = await codeFacts('lib/db.ts', ts);
    expect(brief(facts.pins)).toEqual([
      [3, "rds.DatabaseInstance 'Db'", 'caCertificate', { kind: 'literal', ca: 'rds-ca-2019' }],
      [5, "rds.ClusterInstance.provisioned 'writer'", 'caCertificate', { kind: 'literal', ca: 'rds-ca-rsa4096-g1' }],
      [6, "rds.CfnDBInstance 'Legacy'", 'caCertificateIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [7, "rds.DatabaseInstance 'Old'", 'caCertificate', { kind: 'literal', ca: 'rds-ca-rsa2048-g1' }],
    ]);
    expect(facts.pins.every((p) => p.file === 'lib/db.ts' && p.tool === 'cdk' && p.syntax === 'typescript' && !p.via)).toBe(true);
    expect(facts.problems).toEqual([]);
  });

  it('follows a same-file constant: the pin is where the literal is, declared at the construct', async () => {
    const ts = "const CA = 'rds-ca-2019';\n\nnew rds.CfnDBInstance(stack, 'Db', {\n  caCertificateIdentifier: CA,\n});\n";
    const [pin] = (await codeFacts('lib/db.ts', ts)).pins;
    expect(pin).toMatchObject({
      file: 'lib/db.ts',
      line: 1,
      value: { kind: 'literal', ca: 'rds-ca-2019' },
      via: ['CA (lib/db.ts:1)'],
      declaredAt: { file: 'lib/db.ts', line: 3 },
    });
  });

  it('follows a props object spread into the construct', async () => {
    const ts = "const common = {\n  caCertificate: CaCertificate.RDS_CA_2019,\n};\nClusterInstance.provisioned('writer', { ...common });\n";
    const facts = await codeFacts('lib/db.ts', ts);
    expect(facts.pins).toEqual([
      expect.objectContaining({
        line: 2,
        resource: "ClusterInstance.provisioned 'writer'",
        via: ['common (lib/db.ts:1)'],
        declaredAt: { file: 'lib/db.ts', line: 4 },
      }),
    ]);
  });

  it('gives each branch of a conditional its own pin', async () => {
    const ts = "new rds.CfnDBCluster(this, 'C', {\n  caCertificateIdentifier: isProd ? 'rds-ca-rsa4096-g1' : 'rds-ca-2019',\n});\n";
    expect((await codeFacts('a.ts', ts)).pins.map((p) => p.value)).toEqual([
      { kind: 'literal', ca: 'rds-ca-2019' },
      { kind: 'literal', ca: 'rds-ca-rsa4096-g1' },
    ]);
  });

  it('reports computed values as expressions that say what is missing, never as literals', async () => {
    const ts = [
      "new rds.CfnDBInstance(this, 'A', { caCertificateIdentifier: this.node.tryGetContext('dbCa') });",
      "new rds.CfnDBInstance(this, 'B', { caCertificateIdentifier: `rds-ca-${generation}` });",
      "new rds.CfnDBInstance(this, 'C', { caCertificateIdentifier: props.ca });",
      "new rds.CfnDBInstance(this, 'D', { caCertificateIdentifier: process.env.DB_CA });",
      "new rds.DatabaseInstance(this, 'E', { caCertificate: rds.CaCertificate.of(caName) });",
    ].join('\n');
    const values = (await codeFacts('a.ts', ts)).pins.map((p) => p.value);
    expect(values).toEqual([
      { kind: 'expression', text: "this.node.tryGetContext('dbCa')", missing: expect.stringContaining('CDK context value "dbCa"') },
      { kind: 'expression', text: '`rds-ca-${generation}`', missing: expect.stringContaining('substituted') },
      { kind: 'expression', text: 'props.ca', missing: expect.stringContaining('props.ca') },
      { kind: 'expression', text: 'process.env.DB_CA', missing: expect.stringContaining('environment variable "DB_CA"') },
      { kind: 'expression', text: 'caName', missing: expect.stringContaining('`caName` is not a constant') },
    ]);
  });

  it('marks an instance without a CA as absent, leaves Aurora clusters alone, and does not guess props built elsewhere', async () => {
    const ts = [
      "new rds.DatabaseInstance(this, 'Db', { vpc });",
      "new rds.DatabaseCluster(this, 'Aurora', { vpc, writer: rds.ClusterInstance.serverlessV2('writer') });",
      "new rds.DatabaseInstance(this, 'Shared', props);",
      "new rds.DatabaseCluster(this, 'SharedCluster', props);",
    ].join('\n');
    expect(brief((await codeFacts('a.ts', ts)).pins)).toEqual([
      [1, "rds.DatabaseInstance 'Db'", 'caCertificate', { kind: 'absent' }],
      [2, "rds.ClusterInstance.serverlessV2 'writer'", 'caCertificate', { kind: 'absent' }],
      [
        3,
        "rds.DatabaseInstance 'Shared'",
        'caCertificate',
        { kind: 'expression', text: 'props', missing: expect.stringContaining('`props`') },
      ],
    ]);
  });

  it('declares each database with its identifier and construct id', async () => {
    const ts = [
      "new rds.CfnDBInstance(this, 'Legacy-Db', { dbInstanceIdentifier: 'legacy', caCertificateIdentifier: 'rds-ca-2019' });",
      "new rds.DatabaseCluster(this, 'Aurora', { clusterIdentifier: 'orders', writer: rds.ClusterInstance.provisioned('writer', { instanceIdentifier: 'orders-1' }) });",
    ].join('\n');
    expect((await codeFacts('a.ts', ts)).declarations).toEqual([
      {
        file: 'a.ts',
        line: 1,
        tool: 'cdk',
        syntax: 'typescript',
        resource: "rds.CfnDBInstance 'Legacy-Db'",
        kind: 'instance',
        identifier: 'legacy',
        attribute: 'caCertificateIdentifier',
        logicalId: 'LegacyDb',
      },
      {
        file: 'a.ts',
        line: 2,
        tool: 'cdk',
        syntax: 'typescript',
        resource: "rds.DatabaseCluster 'Aurora'",
        kind: 'cluster',
        identifier: 'orders',
        attribute: 'caCertificate',
        logicalId: 'Aurora',
      },
      {
        file: 'a.ts',
        line: 2,
        tool: 'cdk',
        syntax: 'typescript',
        resource: "rds.ClusterInstance.provisioned 'writer'",
        kind: 'instance',
        identifier: 'orders-1',
        attribute: 'caCertificate',
        logicalId: 'Aurorawriter',
      },
    ]);
  });

  it("ignores comments, strings that quote code, and a CaCertificate reference that is no property's value", async () => {
    const ts = [
      '/** `CaCertificate.RDS_CA_2019` and friends */',
      '// caCertificate: rds.CaCertificate.RDS_CA_2019,',
      "/* new rds.CfnDBInstance(this, 'X', { caCertificateIdentifier: 'rds-ca-2019' }) */",
      'const help = "CaCertificate.of(\'rds-ca-2019\')";',
      'export const DEFAULT_CA = rds.CaCertificate.RDS_CA_2019;',
    ].join('\n');
    const facts = await codeFacts('a.ts', ts);
    expect(brief(facts.pins)).toEqual([]);
  });

  it('names the custom construct a stray CaCertificate sits in', async () => {
    const ts = "new OrdersDatabase(this, 'Orders', { caCertificate: rds.CaCertificate.RDS_CA_2019 });\n";
    expect(brief((await codeFacts('a.ts', ts)).pins)).toEqual([
      [1, "OrdersDatabase 'Orders'", 'caCertificate', { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
  });

  it('reports a syntax error once and still reads what parsed', async () => {
    const ts =
      "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.CfnDBInstance(this, 'Db', { caCertificateIdentifier: 'rds-ca-2019' });\nconst broken = {{;\n";
    const facts = await codeFacts('lib/db.ts', ts);
    expect(facts.pins.map((p) => [p.line, p.value])).toEqual([[2, { kind: 'literal', ca: 'rds-ca-2019' }]]);
    expect(facts.problems).toEqual([{ file: 'lib/db.ts', line: 3, parser: 'TypeScript', message: expect.any(String) }]);
  });

  it('stays silent about a file that is no CDK or Pulumi program, parsed or not', async () => {
    const facts = await codeFacts('web/DatabaseInstance.js', 'export const App = () => <div>DatabaseInstance</div>;\n');
    expect(facts).toEqual({ pins: [], declarations: [], problems: [] });
  });
});

describe('CDK in Python, Java, C# and Go', () => {
  it('reads Python keyword arguments, implicit concatenation and module constants', async () => {
    const py = [
      'from aws_cdk import aws_rds as rds',
      'CA = "rds-ca-" "2019"',
      'rds.DatabaseInstance(self, "Db", vpc=vpc, ca_certificate=rds.CaCertificate.RDS_CA_2019)',
      'rds.CfnDBInstance(self, "Legacy", ca_certificate_identifier=CA)',
      '# rds.CfnDBInstance(self, "Old", ca_certificate_identifier="rds-ca-2019")',
      'rds.CfnDBInstance(self, "Ctx", ca_certificate_identifier=self.node.try_get_context("ca") if prod else f"rds-ca-{gen}")',
    ].join('\n');
    const facts = await codeFacts('stacks/db.py', py);
    expect(brief(facts.pins)).toEqual([
      [2, 'rds.CfnDBInstance "Legacy"', 'ca_certificate_identifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [3, 'rds.DatabaseInstance "Db"', 'ca_certificate', { kind: 'literal', ca: 'rds-ca-2019' }],
      [
        6,
        'rds.CfnDBInstance "Ctx"',
        'ca_certificate_identifier',
        { kind: 'expression', text: 'f"rds-ca-{gen}"', missing: expect.stringContaining('substituted') },
      ],
      [
        6,
        'rds.CfnDBInstance "Ctx"',
        'ca_certificate_identifier',
        { kind: 'expression', text: 'self.node.try_get_context("ca")', missing: expect.stringContaining('CDK context value "ca"') },
      ],
    ]);
    expect(facts.pins[0]).toMatchObject({ syntax: 'python', via: ['CA (stacks/db.py:2)'], declaredAt: { file: 'stacks/db.py', line: 4 } });
  });

  it('reads Java builders, C# initializers and Go composite literals', async () => {
    const java =
      'class S { void f() {\n  CfnDBInstance.Builder.create(this, "Db")\n    .caCertificateIdentifier("rds-ca-2019")\n    .build();\n  new DatabaseInstance(this, "L2", DatabaseInstanceProps.builder().caCertificate(CaCertificate.RDS_CA_2019).build());\n} }\n';
    expect(brief((await codeFacts('Stack.java', java)).pins)).toEqual([
      [3, 'CfnDBInstance "Db"', 'caCertificateIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [5, 'DatabaseInstance "L2"', 'caCertificate', { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    const cs =
      'class S { void F() {\n  new CfnDBInstance(this, "Db", new CfnDBInstanceProps {\n    CaCertificateIdentifier = "rds-ca-2019",\n  });\n  new DatabaseInstance(this, "L2", new DatabaseInstanceProps { CaCertificate = CaCertificate.Of("rds-ca-2019") });\n} }\n';
    expect(brief((await codeFacts('Stack.cs', cs)).pins)).toEqual([
      [3, 'CfnDBInstance "Db"', 'CaCertificateIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [5, 'DatabaseInstance "L2"', 'CaCertificate', { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    const go =
      'package main\nfunc f() {\n  awsrds.NewCfnDBInstance(stack, jsii.String("Db"), &awsrds.CfnDBInstanceProps{\n    CaCertificateIdentifier: jsii.String("rds-ca-2019"),\n  })\n  awsrds.NewDatabaseInstance(stack, jsii.String("L2"), &awsrds.DatabaseInstanceProps{CaCertificate: awsrds.CaCertificate_Of(jsii.String("rds-ca-2019"))})\n  awsrds.NewDatabaseInstance(stack, jsii.String("K"), &awsrds.DatabaseInstanceProps{CaCertificate: awsrds.CaCertificate_RDS_CA_2019()})\n}\n';
    const facts = await codeFacts('main.go', go);
    expect(brief(facts.pins)).toEqual([
      [4, 'awsrds.NewCfnDBInstance "Db"', 'CaCertificateIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [6, 'awsrds.NewDatabaseInstance "L2"', 'CaCertificate', { kind: 'literal', ca: 'rds-ca-2019' }],
      [7, 'awsrds.NewDatabaseInstance "K"', 'CaCertificate', { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    expect(facts.declarations.map((d) => d.logicalId)).toEqual(['Db', 'L2', 'K']);
  });

  it('names the parser that rejected a file', async () => {
    const facts = await codeFacts(
      'Stack.java',
      'import software.amazon.awscdk.services.rds.CfnDBInstance;\nclass S { void f() {\n  CfnDBInstance.Builder.create(this, "Db").caCertificateIdentifier("rds-ca-2019").build();\n  int = ;\n} }\n',
    );
    expect(facts.problems.map((p) => p.parser)).toEqual(['Java']);
    expect(facts.pins.map((p) => p.line)).toEqual([3]);
  });
});

describe('caOfConstant', () => {
  it("maps CDK's constant names, including the deprecated misspelling", () => {
    expect(caOfConstant('RDS_CA_RDS2048_G1')).toBe('rds-ca-rsa2048-g1');
    expect(caOfConstant('RDS_CA_RDS4096_G1')).toBe('rds-ca-rsa4096-g1');
    expect(caOfConstant('RDS_CA_RSA4096_G1')).toBe('rds-ca-rsa4096-g1');
    expect(caOfConstant('RDS_CA_ECC384_G1')).toBe('rds-ca-ecc384-g1');
    expect(caOfConstant('RDS_CA_2019')).toBe('rds-ca-2019');
  });
});

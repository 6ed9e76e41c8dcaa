/**
 * The program-code reader against a hostile tester's cases: CaCertificate references that choose
 * nothing, test code, AWS SDK calls, props built as dicts, and config lookups with a fallback.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { codeFacts } from '../../src/scan/iac/code.js';
import type { CaPin, IacFacts } from '../../src/model/iac.js';
import { caSetting } from '../../src/model/ca-setting.js';

const APPROVED = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'];

function brief(pins: CaPin[]): Array<[number, string, string, CaPin['value']]> {
  return pins.map((p) => [p.line, p.resource, p.attribute, p.value]);
}

const RDS_2019 = { kind: 'literal', ca: 'rds-ca-2019' } as const;

describe('a CaCertificate pins only as the value of a CA property', () => {
  it('a library defining the constants, a log line and an unused export pin nothing', async () => {
    const ts = [
      "import { CaCertificate } from 'aws-cdk-lib/aws-rds';",
      "CaCertificate.RDS_CA_2019 = CaCertificate.of('rds-ca-2019');",
      'export const LEGACY = CaCertificate.RDS_CA_2019;',
      'console.log(CaCertificate.RDS_CA_2019, CaCertificate.of("rds-ca-2019"));',
    ].join('\n');
    expect((await codeFacts('lib/ca.ts', ts)).pins).toEqual([]);
    const java = 'class C { void f() { list.add(CaCertificate.RDS_CA_2019); } }\n';
    expect((await codeFacts('C.java', java)).pins).toEqual([]);
  });

  it('keeps the CA given to a wrapper construct, directly or through a same-file constant or props object', async () => {
    const ts = [
      "import * as rds from 'aws-cdk-lib/aws-rds';",
      'const DEFAULT_CA = rds.CaCertificate.RDS_CA_2019;',
      'const PROPS = { databaseName: "r", caCertificate: rds.CaCertificate.RDS_CA_2019 };',
      "new OrdersDatabase(this, 'Orders', { caCertificate: rds.CaCertificate.RDS_CA_2019 });",
      "new OrdersDatabase(this, 'Billing', { caCertificate: DEFAULT_CA });",
      "new OrdersDatabase(this, 'Reporting', PROPS);",
      "new OrdersDatabase(this, 'Custom', { ca: rds.CaCertificate.RDS_CA_2019, name: 'x' });",
    ].join('\n');
    const facts = await codeFacts('lib/stack.ts', ts);
    expect(brief(facts.pins)).toEqual([
      [2, "OrdersDatabase 'Billing'", 'caCertificate', RDS_2019],
      [3, "OrdersDatabase 'Reporting'", 'caCertificate', RDS_2019],
      [4, "OrdersDatabase 'Orders'", 'caCertificate', RDS_2019],
      [7, "OrdersDatabase 'Custom'", 'ca', RDS_2019],
    ]);
    expect(facts.pins[1]).toMatchObject({ via: ['PROPS (lib/stack.ts:3)'], declaredAt: { file: 'lib/stack.ts', line: 6 } });
  });

  it('a wrapper passing its props through is a notice, its own default a pin', async () => {
    const ts = "new rds.DatabaseInstance(this, 'Db', { caCertificate: props.caCertificate ?? rds.CaCertificate.RDS_CA_2019 });\n";
    expect(brief((await codeFacts('lib/db.ts', ts)).pins)).toEqual([
      [
        1,
        "rds.DatabaseInstance 'Db'",
        'caCertificate',
        { kind: 'expression', text: 'props.caCertificate', missing: expect.stringContaining('without it, the fallback') },
      ],
      [1, "rds.DatabaseInstance 'Db'", 'caCertificate', RDS_2019],
    ]);
  });
});

describe('test code is not infrastructure', () => {
  it('CDK assertions and expected throws pin nothing, in any file; a real construct in the same file still does', async () => {
    const ts = [
      "import { Match, Template } from 'aws-cdk-lib/assertions';",
      "const OLD = { CACertificateIdentifier: 'rds-ca-2019' };",
      "t.findResources('AWS::RDS::DBInstance', { Properties: { CACertificateIdentifier: 'rds-ca-2019' } });",
      "Template.fromStack(stack).hasResourceProperties('AWS::RDS::DBInstance', Match.objectLike(OLD));",
      "t.templateMatches({ Resources: { Db: { Properties: { CACertificateIdentifier: 'rds-ca-2019' } } } });",
      "expect(() => new MyDatabase(stack, 'Db', { caCertificate: rds.CaCertificate.RDS_CA_2019 })).toThrow();",
      "assert.throws(() => new rds.DatabaseInstance(stack, 'Bad', { caCertificate: rds.CaCertificate.RDS_CA_2019 }));",
      "new rds.DatabaseInstance(stack, 'Real', { caCertificate: rds.CaCertificate.RDS_CA_2019 });",
    ].join('\n');
    const facts = await codeFacts('lib/stack.ts', ts);
    expect(brief(facts.pins)).toEqual([[8, "rds.DatabaseInstance 'Real'", 'caCertificate', RDS_2019]]);
    expect(facts.declarations.map((d) => d.resource)).toEqual(["rds.DatabaseInstance 'Real'"]);
  });

  it('constructs inside test functions deploy nothing: Jest/Vitest blocks, pytest and unittest, JUnit, xUnit, Go tests', async () => {
    const ts = "test('db', () => {\n  new rds.DatabaseInstance(stack, 'Db', { caCertificate: rds.CaCertificate.RDS_CA_2019 });\n});\n";
    expect(await codeFacts('test/db.test.ts', ts)).toEqual({ pins: [], declarations: [], problems: [] });
    const py = [
      'def test_db():',
      '    rds.DatabaseInstance(stack, "Db", ca_certificate=rds.CaCertificate.RDS_CA_2019)',
      'def make(stack):',
      '    with pytest.raises(ValueError):',
      '        MyDatabase(stack, "Bad", ca_certificate=rds.CaCertificate.RDS_CA_2019)',
      '    template.has_resource_properties("AWS::RDS::DBInstance", {"CACertificateIdentifier": "rds-ca-2019"})',
      'class T(unittest.TestCase):',
      '    def setUp(self):',
      '        self.old = {"CACertificateIdentifier": "rds-ca-2019"}',
    ].join('\n');
    expect((await codeFacts('tests/test_db.py', py)).pins).toEqual([]);
    const java =
      'class DbTest {\n  @Test\n  void db() {\n    new DatabaseInstance(stack, "Db", DatabaseInstanceProps.builder().caCertificate(CaCertificate.RDS_CA_2019).build());\n  }\n  void h() {\n    assertThrows(IllegalArgumentException.class, () -> new MyDatabase(stack, "X", MyDatabaseProps.builder().caCertificate(CaCertificate.RDS_CA_2019).build()));\n  }\n}\n';
    expect((await codeFacts('DbTest.java', java)).pins).toEqual([]);
    const cs =
      'public class DbTests {\n  [Fact]\n  public void Db() {\n    new DatabaseInstance(stack, "Db", new DatabaseInstanceProps { CaCertificate = CaCertificate.RDS_CA_2019 });\n  }\n}\n';
    expect((await codeFacts('DbTests.cs', cs)).pins).toEqual([]);
    const go =
      'package main\nfunc TestDb(t *testing.T) {\n\tawsrds.NewDatabaseInstance(stack, jsii.String("Db"), &awsrds.DatabaseInstanceProps{CaCertificate: awsrds.CaCertificate_RDS_CA_2019()})\n}\n';
    expect((await codeFacts('db_test.go', go)).pins).toEqual([]);
  });

  it('does not skip by file name: a construct outside any test in a *.test.ts or integ file is read', async () => {
    const ts = "const stack = new cdk.Stack();\nnew rds.DatabaseInstance(stack, 'Db', { caCertificate: rds.CaCertificate.RDS_CA_2019 });\n";
    expect(brief((await codeFacts('test/db.test.ts', ts)).pins)).toEqual([[2, "rds.DatabaseInstance 'Db'", 'caCertificate', RDS_2019]]);
  });
});

describe('AWS SDK calls', () => {
  const fix = (p: CaPin): string => caSetting(p, 'rds-ca-rsa4096-g1');

  it('boto3: named by the call, through a params dict, fixed in keyword syntax', async () => {
    const py = [
      'import boto3',
      'rds = boto3.client("rds")',
      "rds.modify_db_instance(DBInstanceIdentifier='a', CACertificateIdentifier='rds-ca-2019')",
      'params = {"DBClusterIdentifier": "c", "CACertificateIdentifier": "rds-ca-2019"}',
      'rds.modify_db_cluster(**params)',
    ].join('\n');
    const { pins } = await codeFacts('rotate.py', py);
    expect(brief(pins)).toEqual([
      [3, 'rds.modify_db_instance', 'CACertificateIdentifier', RDS_2019],
      [4, 'rds.modify_db_cluster', 'CACertificateIdentifier', RDS_2019],
    ]);
    expect(pins.every((p) => p.tool === 'aws-sdk')).toBe(true);
    expect(pins[1]).toMatchObject({ via: ['params (rotate.py:4)'], declaredAt: { file: 'rotate.py', line: 5 } });
    expect(fix(pins[0])).toBe('CACertificateIdentifier="rds-ca-rsa4096-g1"');
  });

  it('JavaScript v3 commands and v2 clients, Go input structs, Java builders, .NET requests', async () => {
    const ts =
      "import { ModifyDBInstanceCommand } from '@aws-sdk/client-rds';\nawait client.send(new ModifyDBInstanceCommand({ CACertificateIdentifier: 'rds-ca-2019' }));\nrds.modifyDBInstance({ DBInstanceIdentifier: 'a', CACertificateIdentifier: 'rds-ca-2019' });\n";
    const js = (await codeFacts('rotate.ts', ts)).pins;
    expect(js.map((p) => [p.line, p.resource, p.tool])).toEqual([
      [2, 'ModifyDBInstanceCommand', 'aws-sdk'],
      [3, 'rds.modifyDBInstance', 'aws-sdk'],
    ]);
    const go =
      'package main\nfunc f() {\n\tclient.ModifyDBInstance(ctx, &rds.ModifyDBInstanceInput{\n\t\tCACertificateIdentifier: aws.String("rds-ca-2019"),\n\t})\n}\n';
    const [goPin] = (await codeFacts('rotate.go', go)).pins;
    expect([goPin.line, goPin.resource, goPin.tool, fix(goPin)]).toEqual([
      4,
      'rds.ModifyDBInstanceInput',
      'aws-sdk',
      'CACertificateIdentifier: aws.String("rds-ca-rsa4096-g1")',
    ]);
    const java =
      'class R { void f() {\n  rds.modifyDBInstance(ModifyDbInstanceRequest.builder().dbInstanceIdentifier("a").caCertificateIdentifier("rds-ca-2019").build());\n  rds.modifyDBInstance(b -> b.caCertificateIdentifier("rds-ca-2019"));\n  rds.modifyDBInstance(new ModifyDBInstanceRequest().withCACertificateIdentifier("rds-ca-2019"));\n} }\n';
    expect((await codeFacts('R.java', java)).pins.map((p) => [p.line, p.resource, p.tool, fix(p)])).toEqual([
      [2, 'ModifyDbInstanceRequest', 'aws-sdk', '.caCertificateIdentifier("rds-ca-rsa4096-g1")'],
      [3, 'rds.modifyDBInstance', 'aws-sdk', '.caCertificateIdentifier("rds-ca-rsa4096-g1")'],
      [4, 'ModifyDBInstanceRequest', 'aws-sdk', '.withCACertificateIdentifier("rds-ca-rsa4096-g1")'],
    ]);
    const cs =
      'class R { async Task F() {\n  await client.ModifyDBInstanceAsync(new ModifyDBInstanceRequest { CACertificateIdentifier = "rds-ca-2019" });\n} }\n';
    expect((await codeFacts('R.cs', cs)).pins.map((p) => [p.line, p.resource, p.tool])).toEqual([
      [2, 'ModifyDBInstanceRequest', 'aws-sdk'],
    ]);
  });

  it('a CDK Go L1 keeps jsii.String in its fix, a Pulumi Go resource pulumi.String', async () => {
    const go =
      'package main\nfunc f() {\n\tawsrds.NewCfnDBInstance(stack, jsii.String("Db"), &awsrds.CfnDBInstanceProps{CaCertificateIdentifier: jsii.String("rds-ca-2019")})\n\trds.NewInstance(ctx, "db", &rds.InstanceArgs{CaCertIdentifier: pulumi.String("rds-ca-2019")})\n}\n';
    expect((await codeFacts('main.go', go)).pins.map(fix)).toEqual([
      'CaCertificateIdentifier: jsii.String("rds-ca-rsa4096-g1")',
      'CaCertIdentifier: pulumi.String("rds-ca-rsa4096-g1")',
    ]);
  });
});

describe('props built as a Python dict', () => {
  it('one finding, named by the construct the props go to, or by the dict when no call in the file takes it', async () => {
    const py = [
      'from aws_cdk import Stack, aws_rds as rds',
      'class DbStack(Stack):',
      '    def __init__(self, scope, id):',
      '        props = dict(vpc=vpc, ca_certificate=rds.CaCertificate.RDS_CA_2019)',
      '        rds.DatabaseInstance(self, "Db", engine=engine, **props)',
      'class Other(Stack):',
      '    def __init__(self, scope, id):',
      '        props = dict(ca_certificate=rds.CaCertificate.of("rds-ca-2019"))',
      '        OrdersDatabase(self, "Orders", **props)',
      'shared = dict(ca_certificate=rds.CaCertificate.RDS_CA_2019)',
    ].join('\n');
    const facts = await codeFacts('stacks/db.py', py);
    expect(brief(facts.pins)).toEqual([
      [4, 'rds.DatabaseInstance "Db"', 'ca_certificate', RDS_2019],
      [8, 'OrdersDatabase "Orders"', 'ca_certificate', RDS_2019],
      [10, 'shared', 'ca_certificate', RDS_2019],
    ]);
    expect(facts.pins.map((p) => [p.via, p.declaredAt?.line])).toEqual([
      [['props (stacks/db.py:4)'], 5],
      [['props (stacks/db.py:8)'], 9],
      [undefined, undefined],
    ]);
  });
});

describe('config lookups with a literal fallback', () => {
  it('the fallback is its own pin, the lookup a notice naming the key', async () => {
    const py = 'import pulumi_aws as aws\naws.rds.Instance("db", ca_cert_identifier=config.get("ca") or "rds-ca-2019")\n';
    expect(brief((await codeFacts('__main__.py', py)).pins)).toEqual([
      [
        2,
        'aws.rds.Instance "db"',
        'ca_cert_identifier',
        {
          kind: 'expression',
          text: 'config.get("ca")',
          missing: expect.stringMatching(/stack configuration value "ca".*fallback "rds-ca-2019"/),
        },
      ],
      [2, 'aws.rds.Instance "db"', 'ca_cert_identifier', RDS_2019],
    ]);
    const ts =
      'import * as aws from "@pulumi/aws";\nnew aws.rds.Instance("a", { caCertIdentifier: config.get("ca") ?? "rds-ca-2019" });\nnew aws.rds.Instance("b", { caCertIdentifier: config.get("ca") || "rds-ca-2019" });\n';
    expect(brief((await codeFacts('index.ts', ts)).pins).map(([line, , , value]) => [line, value.kind])).toEqual([
      [2, 'expression'],
      [2, 'literal'],
      [3, 'expression'],
      [3, 'literal'],
    ]);
  });

  it('a lookup with a default argument: os.environ.get("CA", "…")', async () => {
    const py = 'import pulumi_aws as aws\nimport os\naws.rds.Instance("db", ca_cert_identifier=os.environ.get("CA", "rds-ca-2019"))\n';
    expect((await codeFacts('__main__.py', py)).pins.map((p) => p.value)).toEqual([
      { kind: 'expression', text: 'os.environ.get("CA", "rds-ca-2019")', missing: expect.stringContaining('environment variable "CA"') },
      RDS_2019,
    ]);
  });
});

const FIXTURES = '__tests__/fixtures/iac';

/**
 * Reads every program file under a fixture directory (relative to __tests__/fixtures/iac), checks
 * each (no file reported unparsed, then `check`), and returns the unapproved literal pins.
 */
async function fixtureErrors(
  dir: string,
  check: (file: string, facts: IacFacts) => void,
): Promise<Array<{ file: string; line: number; ca: string }>> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  const files = walk(join(FIXTURES, dir))
    .filter((f) => !/\.(?:json|md)$/.test(f))
    .map((f) => relative(FIXTURES, f))
    .sort();
  const errors: Array<{ file: string; line: number; ca: string }> = [];
  for (const file of files) {
    const facts = await codeFacts(file, readFileSync(join(FIXTURES, file), 'utf8'));
    expect([file, facts.problems]).toEqual([file, []]);
    check(file, facts);
    for (const pin of facts.pins)
      if (pin.value.kind === 'literal' && !APPROVED.includes(pin.value.ca)) errors.push({ file, line: pin.line, ca: pin.value.ca });
  }
  return errors;
}

const expected = (dir: string): unknown => JSON.parse(readFileSync(join(FIXTURES, dir, 'expected.json'), 'utf8'));

describe('fixtures: exactly the unapproved CAs listed in expected.json', () => {
  it('CDK: the approved twins pin none, and not-pins/ (a library defining CA constants, tests) nothing at all', async () => {
    const errors = await fixtureErrors('cdk', (file, facts) => {
      expect([file, facts.pins.length > 0]).toEqual([file, !file.includes('/not-pins/')]);
    });
    expect(errors).toEqual(expected('cdk'));
    expect(errors.filter((e) => /(?:^|[/-])approved/i.test(e.file) && !/unapproved/i.test(e.file))).toEqual([]);
  });

  it('Pulumi', async () => {
    expect(await fixtureErrors('pulumi', () => {})).toEqual(expected('pulumi'));
  });

  it('AWS SDK: every file pins, all as aws-sdk', async () => {
    const errors = await fixtureErrors('aws-sdk', (file, facts) => {
      expect([file, facts.pins.length > 0, facts.pins.every((p) => p.tool === 'aws-sdk')]).toEqual([file, true, true]);
    });
    expect(errors).toEqual(expected('aws-sdk'));
  });
});

describe('what is not an RDS database', () => {
  it("leaves Cloud SQL (gcp.sql.DatabaseInstance) and an Ansible module's argument spec alone", async () => {
    const { codeFacts } = await import('../../src/scan/iac/code.js');
    const gcp = await codeFacts(
      'infra/__main__.py',
      'import pulumi_gcp as gcp\ndb = gcp.sql.DatabaseInstance("x", database_version="POSTGRES_12")\n',
    );
    expect([gcp.pins, gcp.declarations]).toEqual([[], []]);
    const ts = await codeFacts(
      'infra/db.ts',
      'import * as gcp from "@pulumi/gcp";\nnew gcp.sql.DatabaseInstance("x", { databaseVersion: "POSTGRES_12" });\n',
    );
    expect([ts.pins, ts.declarations]).toEqual([[], []]);
    const spec = await codeFacts(
      'plugins/modules/rds_instance.py',
      'argument_spec = dict(\n    ca_certificate_identifier=dict(type="str"),\n)\n',
    );
    expect(spec.pins).toEqual([]);
  });
});

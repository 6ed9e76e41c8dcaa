import { codeFacts } from '../../src/scan/iac/code.js';
import type { CaPin } from '../../src/model/iac.js';

function brief(pins: CaPin[]): Array<[number, string, string, CaPin['value']]> {
  return pins.map((p) => [p.line, p.resource, p.attribute, p.value]);
}

describe('Pulumi in TypeScript', () => {
  it('reads caCertIdentifier and caCertificateIdentifier on each database resource', async () => {
    const ts = [
      'import * as aws from "@pulumi/aws";',
      'const db = new aws.rds.Instance("db", {',
      '    identifier: "orders-db",',
      '    caCertIdentifier: "rds-ca-2019",',
      '});',
      'new aws.rds.ClusterInstance("aurora-1", { clusterIdentifier: "orders", caCertIdentifier: "rds-ca-rsa4096-g1" });',
      'new aws.rds.Cluster("multi-az", { clusterIdentifier: "orders-maz", caCertificateIdentifier: \'rds-ca-2019\' });',
      'new aws.docdb.ClusterInstance("docs-1", { caCertIdentifier: `rds-ca-2019` });',
    ].join('\n');
    const facts = await codeFacts('index.ts', ts);
    expect(brief(facts.pins)).toEqual([
      [4, 'aws.rds.Instance "db"', 'caCertIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [6, 'aws.rds.ClusterInstance "aurora-1"', 'caCertIdentifier', { kind: 'literal', ca: 'rds-ca-rsa4096-g1' }],
      [7, 'aws.rds.Cluster "multi-az"', 'caCertificateIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [8, 'aws.docdb.ClusterInstance "docs-1"', 'caCertIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    expect(facts.pins.every((p) => p.tool === 'pulumi' && p.syntax === 'typescript')).toBe(true);
    expect(facts.declarations.map((d) => [d.line, d.resource, d.kind, d.identifier, d.attribute, d.logicalId])).toEqual([
      [2, 'aws.rds.Instance "db"', 'instance', 'orders-db', 'caCertIdentifier', undefined],
      [6, 'aws.rds.ClusterInstance "aurora-1"', 'instance', undefined, 'caCertIdentifier', undefined],
      [7, 'aws.rds.Cluster "multi-az"', 'cluster', 'orders-maz', 'caCertificateIdentifier', undefined],
      [8, 'aws.docdb.ClusterInstance "docs-1"', 'instance', undefined, 'caCertIdentifier', undefined],
    ]);
  });

  it('says what a config lookup needs, marks an instance without a CA absent, and a cluster without one not', async () => {
    const ts = [
      'import * as aws from "@pulumi/aws";',
      'import * as pulumi from "@pulumi/pulumi";',
      'const config = new pulumi.Config();',
      'new aws.rds.Instance("configured", { caCertIdentifier: config.require("dbCa") });',
      'new aws.rds.Instance("defaulted", { engine: "mysql" });',
      'new aws.rds.Cluster("aurora", { engine: "aurora-mysql" });',
      '// new aws.rds.Instance("old", { caCertIdentifier: "rds-ca-2019" });',
    ].join('\n');
    expect(brief((await codeFacts('index.ts', ts)).pins)).toEqual([
      [
        4,
        'aws.rds.Instance "configured"',
        'caCertIdentifier',
        { kind: 'expression', text: 'config.require("dbCa")', missing: expect.stringContaining('stack configuration value "dbCa"') },
      ],
      [5, 'aws.rds.Instance "defaulted"', 'caCertIdentifier', { kind: 'absent' }],
    ]);
  });

  it('reads an args object built apart in the same file', async () => {
    const ts = 'const CA = "rds-ca-2019";\nconst args = { engine: "mysql", caCertIdentifier: CA };\nnew aws.rds.Instance("db", args);\n';
    expect((await codeFacts('index.ts', ts)).pins).toEqual([
      expect.objectContaining({
        line: 1,
        resource: 'aws.rds.Instance "db"',
        value: { kind: 'literal', ca: 'rds-ca-2019' },
        via: ['CA (index.ts:1)', 'args (index.ts:2)'],
        declaredAt: { file: 'index.ts', line: 3 },
      }),
    ]);
  });
});

describe('Pulumi in Python and Go', () => {
  it('reads ca_cert_identifier keyword arguments, constants and conditionals', async () => {
    const py = [
      'import pulumi_aws as aws',
      'CA = "rds-ca-2019"',
      'aws.rds.Instance("db", identifier="orders-db", ca_cert_identifier=CA)',
      'aws.rds.ClusterInstance("a1", ca_cert_identifier="rds-ca-rsa4096-g1" if prod else "rds-ca-2019")',
      'aws.rds.Cluster("maz", args=aws.rds.ClusterArgs(ca_certificate_identifier="rds-ca-2019"))',
    ].join('\n');
    const facts = await codeFacts('__main__.py', py);
    expect(brief(facts.pins)).toEqual([
      [2, 'aws.rds.Instance "db"', 'ca_cert_identifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [4, 'aws.rds.ClusterInstance "a1"', 'ca_cert_identifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [4, 'aws.rds.ClusterInstance "a1"', 'ca_cert_identifier', { kind: 'literal', ca: 'rds-ca-rsa4096-g1' }],
      [5, 'aws.rds.Cluster "maz"', 'ca_certificate_identifier', { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    expect(facts.pins[0]).toMatchObject({
      tool: 'pulumi',
      syntax: 'python',
      via: ['CA (__main__.py:2)'],
      declaredAt: { file: '__main__.py', line: 3 },
    });
    expect(facts.declarations[0]).toMatchObject({
      resource: 'aws.rds.Instance "db"',
      identifier: 'orders-db',
      attribute: 'ca_cert_identifier',
    });
  });

  it('reads CaCertIdentifier in Go args structs, through pulumi.String', async () => {
    const go = [
      'package main',
      'import "github.com/pulumi/pulumi-aws/sdk/v6/go/aws/rds"',
      'func run(ctx *pulumi.Context, cfg *config.Config) {',
      '  rds.NewInstance(ctx, "db", &rds.InstanceArgs{',
      '    CaCertIdentifier: pulumi.String("rds-ca-2019"),',
      '  })',
      '  rds.NewClusterInstance(ctx, "a1", &rds.ClusterInstanceArgs{CaCertIdentifier: pulumi.String(cfg.Require("ca"))})',
      '  rds.NewInstance(ctx, "bare", &rds.InstanceArgs{})',
      '}',
    ].join('\n');
    const facts = await codeFacts('main.go', go);
    expect(brief(facts.pins)).toEqual([
      [5, 'rds.NewInstance "db"', 'CaCertIdentifier', { kind: 'literal', ca: 'rds-ca-2019' }],
      [
        7,
        'rds.NewClusterInstance "a1"',
        'CaCertIdentifier',
        { kind: 'expression', text: 'cfg.Require("ca")', missing: expect.stringContaining('"ca"') },
      ],
      [8, 'rds.NewInstance "bare"', 'CaCertIdentifier', { kind: 'absent' }],
    ]);
  });

  it('reports a syntax error in a CommonJS Pulumi program', async () => {
    const js = 'const aws = require("@pulumi/aws");\nnew aws.rds.Instance("db", { caCertIdentifier: "rds-ca-2019" });\nconst x = ;\n';
    expect((await codeFacts('index.js', js)).problems.map((p) => [p.line, p.parser])).toEqual([[3, 'TypeScript']]);
    const plain = await codeFacts('web/app.js', 'const DatabaseInstance = ;\n');
    expect(plain.problems).toEqual([]);
  });

  it('reports a Python syntax error and keeps the pins before it', async () => {
    const facts = await codeFacts(
      '__main__.py',
      'import pulumi_aws as aws\naws.rds.Instance("db", ca_cert_identifier="rds-ca-2019")\ndef broken(:\n',
    );
    expect(facts.pins.map((p) => p.line)).toEqual([2]);
    expect(facts.problems).toEqual([{ file: '__main__.py', line: expect.any(Number), parser: 'Python', message: expect.any(String) }]);
  });
});

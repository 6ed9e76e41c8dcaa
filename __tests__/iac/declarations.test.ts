import { codeChange, declarationsOf } from '../../src/model/declarations.js';
import type { Database } from '../../src/model/fleet.js';
import type { Declaration } from '../../src/model/iac.js';
import type { PlannedCa } from '../../src/model/plan.js';

const db = (over: Partial<Database>): Database => ({
  arn: 'arn:aws:rds:us-east-1:1:db:orders',
  account: '1',
  id: 'orders',
  kind: 'instance',
  region: 'us-east-1',
  engine: 'postgres',
  engineVersion: '16.3',
  tags: {},
  ...over,
});
const decl = (over: Partial<Declaration>): Declaration => ({
  file: 'infra/db.tf',
  line: 3,
  tool: 'terraform',
  syntax: 'hcl',
  resource: 'aws_db_instance.orders',
  kind: 'instance',
  attribute: 'ca_cert_identifier',
  ...over,
});

describe('which code declares a live database', () => {
  const declarations = [
    decl({ identifier: 'orders' }),
    decl({
      file: 'stacks/billing.yaml',
      line: 2,
      tool: 'cloudformation',
      syntax: 'yaml',
      resource: 'BillingDb (AWS::RDS::DBInstance)',
      logicalId: 'BillingDb',
      attribute: 'CACertificateIdentifier',
    }),
    decl({
      file: 'lib/stack.ts',
      line: 9,
      tool: 'cdk',
      syntax: 'typescript',
      resource: "rds.DatabaseInstance 'Reports'",
      logicalId: 'Reports',
      attribute: 'caCertificate',
    }),
    decl({ file: 'modules/db/main.tf', line: 1, resource: 'aws_db_instance.this' }),
    decl({
      file: 'infra/cluster.tf',
      line: 1,
      resource: 'aws_rds_cluster.orders',
      kind: 'cluster',
      identifier: 'orders',
      attribute: 'ca_certificate_identifier',
    }),
  ];

  it('matches the CloudFormation logical-id tag exactly, a CDK construct id with its hash, else the identifier (case-insensitively, instances to instances)', () => {
    expect(
      declarationsOf(db({ id: 'x', tags: { 'aws:cloudformation:logical-id': 'BillingDb' } }), declarations).map((d) => d.file),
    ).toEqual(['stacks/billing.yaml']);
    expect(
      declarationsOf(db({ id: 'x', tags: { 'aws:cloudformation:logical-id': 'ReportsB269D8BB' } }), declarations).map((d) => d.file),
    ).toEqual(['lib/stack.ts']);
    expect(declarationsOf(db({ id: 'ORDERS' }), declarations).map((d) => d.file)).toEqual(['infra/db.tf']);
    expect(declarationsOf(db({ id: 'orders', kind: 'cluster' }), declarations).map((d) => d.file)).toEqual(['infra/cluster.tf']);
    expect(declarationsOf(db({ id: 'unknown' }), declarations)).toEqual([]);
  });

  it('follows a Terraform plan from the identifier it computes to the block that declares it', () => {
    const plan = (address: string): PlannedCa => ({
      plan: 'modules/db/plan.json',
      address,
      type: 'aws_db_instance',
      block: 'aws_db_instance.this',
      attribute: 'ca_cert_identifier',
      kind: 'instance',
      actions: ['no-op'],
      before: 'rds-ca-2019',
      after: 'rds-ca-2019',
      afterUnknown: false,
      identifier: 'prod-orders',
    });
    expect(declarationsOf(db({ id: 'prod-orders' }), declarations, [plan('aws_db_instance.this[0]')]).map((d) => d.file)).toEqual([
      'modules/db/main.tf',
    ]);
    // A child module's resource: the block name alone does not say which directory declares it.
    expect(declarationsOf(db({ id: 'prod-orders' }), declarations, [plan('module.db.aws_db_instance.this[0]')])).toEqual([]);
  });

  it("writes the change in each tool's syntax", () => {
    expect(
      codeChange(db({ id: 'x', tags: { 'aws:cloudformation:logical-id': 'ReportsB269D8BB' } }), declarations, 'rds-ca-rsa4096-g1'),
    ).toBe(
      "In the code that declares it: `caCertificate: CaCertificate.of('rds-ca-rsa4096-g1')` on rds.DatabaseInstance 'Reports' (lib/stack.ts:9).",
    );
    expect(codeChange(db({}), declarations, 'rds-ca-rsa4096-g1')).toBe(
      'In the code that declares it: `ca_cert_identifier = "rds-ca-rsa4096-g1"` on aws_db_instance.orders (infra/db.tf:3).',
    );
  });
});

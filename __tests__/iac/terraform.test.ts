import { resolveVariables, terraformPins, terraformVariableDefaults } from '../../src/scan/iac/terraform.js';

const MAIN = `# Primary database
resource "aws_db_instance" "orders" {
  identifier         = "orders"
  engine             = "postgres"
  ca_cert_identifier = "rds-ca-2019" # pinned in 2020
  tags = {
    ca_cert_identifier = "not-an-attribute-of-the-resource"
  }
}

resource "aws_rds_cluster_instance" "reader" {
  ca_cert_identifier = var.ca
}

resource "aws_db_instance" "legacy" {
  engine = "mysql"
  /* ca_cert_identifier = "rds-ca-2015" */
}

resource "aws_rds_cluster" "multi_az" {
  ca_certificate_identifier = "rds-ca-rsa4096-g1"
}

resource "aws_rds_cluster" "aurora" {
  engine = "aurora-postgresql"
}

resource "aws_docdb_cluster_instance" "docs" {
  ca_cert_identifier = "rds-ca-2019"
}

resource "aws_rds_certificate" "default" {
  certificate_identifier = "rds-ca-2019"
}

module "db" {
  source             = "terraform-aws-modules/rds/aws"
  ca_cert_identifier = "rds-ca-2019"
}

resource "aws_s3_bucket" "other" {
  ca_cert_identifier = "ignored"
}
`;

describe('terraformPins', () => {
  it('finds each CA attribute with its line, and resources that leave it unset', () => {
    const pins = terraformPins('infra/main.tf', MAIN);
    expect(pins.map((p) => [p.resource, p.attribute, p.line, p.value])).toEqual([
      ['aws_db_instance.orders', 'ca_cert_identifier', 5, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['aws_rds_cluster_instance.reader', 'ca_cert_identifier', 12, { kind: 'expression', text: 'var.ca' }],
      ['aws_db_instance.legacy', 'ca_cert_identifier', 15, { kind: 'absent' }],
      ['aws_rds_cluster.multi_az', 'ca_certificate_identifier', 21, { kind: 'literal', ca: 'rds-ca-rsa4096-g1' }],
      ['aws_docdb_cluster_instance.docs', 'ca_cert_identifier', 29, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['aws_rds_certificate.default', 'certificate_identifier', 33, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['module.db', 'ca_cert_identifier', 38, { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
  });

  it('resolves var.x from a variable default in the same module', () => {
    const defaults = terraformVariableDefaults('variable "ca" {\n  type    = string\n  default = "rds-ca-2019"\n}\n');
    const [pin] = resolveVariables(terraformPins('main.tf', 'resource "aws_db_instance" "a" {\n  ca_cert_identifier = var.ca\n}\n'), defaults);
    expect(pin.value).toEqual({ kind: 'literal', ca: 'rds-ca-2019' });
  });

  it('reads .tfvars assignments', () => {
    const pins = terraformPins('prod.tfvars', 'db_ca_cert_identifier = "rds-ca-2019"\nname = "x"\n');
    expect(pins).toEqual([expect.objectContaining({ line: 1, attribute: 'db_ca_cert_identifier', value: { kind: 'literal', ca: 'rds-ca-2019' } })]);
  });

  it('treats interpolated strings as expressions', () => {
    const [pin] = terraformPins('main.tf', 'resource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-${var.kind}-g1"\n}\n');
    expect(pin.value.kind).toBe('expression');
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { IAC_MARKERS } from '../../src/scan/markers.js';
import type { CaPin, IacFacts } from '../../src/model/iac.js';
import { isTerraformFile, terraformFacts } from '../../src/scan/iac/terraform.js';

/** Runs the reader over in-memory files; candidates are chosen as the scan does (a marker in the text). */
async function facts(files: Record<string, string>): Promise<IacFacts> {
  const paths = Object.keys(files).sort();
  const candidates = paths.filter((p) => isTerraformFile(p) && IAC_MARKERS.some((m) => files[p].includes(m)));
  return terraformFacts({ candidates, files: paths, read: (p) => files[p] });
}

const brief = (p: CaPin): unknown[] => [p.file, p.line, p.resource, p.value.kind === 'literal' ? p.value.ca : p.value.kind];

const MAIN = `# Primary database
resource "aws_db_instance" "orders" {
  identifier         = "orders"
  engine             = "postgres"
  ca_cert_identifier = "rds-ca-2019" # pinned in 2020
  tags = {
    ca_cert_identifier = "not-an-attribute-of-the-resource"
  }
}

resource "aws_rds_cluster_instance" "reader" { ca_cert_identifier = "rds-ca-rsa2048-g1" }

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
  identifier         = "billing"
  ca_cert_identifier = "rds-ca-2019"
}

resource "aws_s3_bucket" "other" {
  ca_cert_identifier = "ignored"
}
`;

describe('terraformFacts', () => {
  it('finds each CA attribute where it is written, and resources that leave it unset', async () => {
    const { pins } = await facts({ 'infra/main.tf': MAIN });
    expect(pins.map((p) => [p.resource, p.attribute, p.line, p.value])).toEqual([
      ['aws_db_instance.orders', 'ca_cert_identifier', 5, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['aws_rds_cluster_instance.reader', 'ca_cert_identifier', 11, { kind: 'literal', ca: 'rds-ca-rsa2048-g1' }],
      ['aws_db_instance.legacy', 'ca_cert_identifier', 13, { kind: 'absent' }],
      ['aws_rds_cluster.multi_az', 'ca_certificate_identifier', 19, { kind: 'literal', ca: 'rds-ca-rsa4096-g1' }],
      ['aws_docdb_cluster_instance.docs', 'ca_cert_identifier', 27, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['aws_rds_certificate.default', 'certificate_identifier', 31, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['module.db', 'ca_cert_identifier', 37, { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    expect(pins.every((p) => p.tool === 'terraform' && p.syntax === 'hcl' && !p.via && !p.declaredAt)).toBe(true);
  });

  it('declares each database with its literal identifier, registry modules included', async () => {
    const { declarations } = await facts({ 'infra/main.tf': MAIN });
    expect(declarations.map((d) => [d.resource, d.line, d.kind, d.identifier, d.attribute])).toEqual([
      ['aws_db_instance.orders', 2, 'instance', 'orders', 'ca_cert_identifier'],
      ['aws_rds_cluster_instance.reader', 11, 'instance', undefined, 'ca_cert_identifier'],
      ['aws_db_instance.legacy', 13, 'instance', undefined, 'ca_cert_identifier'],
      ['aws_rds_cluster.multi_az', 18, 'cluster', undefined, 'ca_certificate_identifier'],
      ['aws_rds_cluster.aurora', 22, 'cluster', undefined, 'ca_certificate_identifier'],
      ['aws_docdb_cluster_instance.docs', 26, 'instance', undefined, 'ca_cert_identifier'],
      ['module.db', 34, 'instance', 'billing', 'ca_cert_identifier'],
    ]);
  });

  it('follows a tfvars value through a module call into a local module, one pin per value', async () => {
    const { pins } = await facts({
      'main.tf':
        'variable "ca_cert" {\n  default = "rds-ca-rsa4096-g1"\n}\n\nmodule "db" {\n  source = "./modules/db"\n  ca     = var.ca_cert\n}\n',
      'envs/prod.tfvars': 'region = "eu-west-1"\n\nca_cert = "rds-ca-2019"\n',
      'envs/stage.tfvars': 'ca_cert = "rds-ca-rsa2048-g1"\n',
      'modules/db/variables.tf': 'variable "ca" {\n  type = string\n}\n',
      'modules/db/main.tf': 'resource "aws_db_instance" "main" {\n  identifier         = "orders"\n  ca_cert_identifier = var.ca\n}\n',
    });
    expect(pins.map(brief)).toEqual([
      ['envs/prod.tfvars', 3, 'aws_db_instance.main', 'rds-ca-2019'],
      ['envs/stage.tfvars', 1, 'aws_db_instance.main', 'rds-ca-rsa2048-g1'],
      ['main.tf', 2, 'aws_db_instance.main', 'rds-ca-rsa4096-g1'],
    ]);
    expect(pins[0].via).toEqual(['var.ca_cert (envs/prod.tfvars:3)', 'module.db (main.tf:7)', 'var.ca (modules/db/variables.tf:1)']);
    expect(pins[0].declaredAt).toEqual({ file: 'modules/db/main.tf', line: 1 });
    expect(pins[2].via).toEqual(['var.ca_cert (main.tf:1)', 'module.db (main.tf:7)', 'var.ca (modules/db/variables.tf:1)']);
  });

  it('lets an auto-loaded tfvars replace the default, and matches a tfvars to its own module first', async () => {
    const { pins } = await facts({
      'a/main.tf':
        'variable "ca" {\n  default = "rds-ca-rsa2048-g1"\n}\nresource "aws_db_instance" "a" {\n  ca_cert_identifier = var.ca\n}\n',
      'a/terraform.tfvars': 'ca = "rds-ca-2019"\n',
      'b/main.tf': 'variable "ca" {}\nresource "aws_db_instance" "b" {\n  ca_cert_identifier = var.ca\n}\n',
      'b/b.auto.tfvars.json': '{\n  "ca": "rds-ca-ecc384-g1"\n}\n',
    });
    expect(pins.map(brief)).toEqual([
      ['a/terraform.tfvars', 1, 'aws_db_instance.a', 'rds-ca-2019'],
      ['b/b.auto.tfvars.json', 2, 'aws_db_instance.b', 'rds-ca-ecc384-g1'],
    ]);
    expect(pins[1].syntax).toBe('json');
  });

  it('judges each branch, argument and map value at its own line', async () => {
    const { pins } = await facts({
      'main.tf': `locals {
  cas = {
    prod = "rds-ca-2019"
    dev  = "rds-ca-rsa4096-g1"
  }
}
resource "aws_db_instance" "a" {
  ca_cert_identifier = (var.prod
    ? "rds-ca-rsa4096-g1"
    : "rds-ca-2019")
}
resource "aws_db_instance" "b" {
  ca_cert_identifier = local.cas[var.env]
}
resource "aws_db_instance" "c" {
  ca_cert_identifier = local.cas["dev"]
}
resource "aws_db_instance" "d" {
  ca_cert_identifier = "rds-ca-\${"rsa2048"}-g1"
}
`,
      'variables.tf': 'variable "prod" {\n  default = true\n}\nvariable "env" {}\n',
    });
    expect(pins.map(brief)).toEqual([
      ['main.tf', 3, 'aws_db_instance.b', 'rds-ca-2019'],
      ['main.tf', 4, 'aws_db_instance.b', 'rds-ca-rsa4096-g1'],
      ['main.tf', 4, 'aws_db_instance.c', 'rds-ca-rsa4096-g1'],
      ['main.tf', 9, 'aws_db_instance.a', 'rds-ca-rsa4096-g1'],
      ['main.tf', 10, 'aws_db_instance.a', 'rds-ca-2019'],
      ['main.tf', 19, 'aws_db_instance.d', 'rds-ca-rsa2048-g1'],
    ]);
    expect(pins[0].via).toEqual(['local.cas (main.tf:2)']);
  });

  it('says what is missing when the repository does not decide the value', async () => {
    const { pins } = await facts({
      'main.tf': `variable "ca" {
  type = string
}
resource "aws_db_instance" "a" {
  ca_cert_identifier = var.ca
}
resource "aws_db_instance" "b" {
  ca_cert_identifier = data.aws_ssm_parameter.ca.value
}
module "aurora" {
  source = "terraform-aws-modules/rds-aurora/aws"
  name   = "reports"
}
module "db" {
  source             = "git::https://example.com/rds.git?ref=v1"
  ca_cert_identifier = var.ca
}
`,
    });
    expect(pins.map((p) => [p.line, p.resource, p.value])).toEqual([
      [
        5,
        'aws_db_instance.a',
        { kind: 'expression', text: 'var.ca', missing: 'variable `ca` has no default and no tfvars in the repository assigns it' },
      ],
      [
        8,
        'aws_db_instance.b',
        {
          kind: 'expression',
          text: 'data.aws_ssm_parameter.ca.value',
          missing: 'the data source `data.aws_ssm_parameter` is read from the provider when Terraform runs',
        },
      ],
      [
        10,
        'module.aurora',
        {
          kind: 'expression',
          text: 'module.aurora (terraform-aws-modules/rds-aurora/aws)',
          missing:
            'module `aurora` comes from the registry (terraform-aws-modules/rds-aurora/aws), whose default CA is not in the repository',
        },
      ],
      [
        16,
        'module.db',
        { kind: 'expression', text: 'var.ca', missing: 'variable `ca` has no default and no tfvars in the repository assigns it' },
      ],
    ]);
  });

  it('reads Terraform JSON with lines, through interpolation', async () => {
    const { pins, declarations } = await facts({
      'main.tf.json':
        '{\n  "locals": {\n    "ca": "rds-ca-2019"\n  },\n  "resource": {\n    "aws_db_instance": {\n      "main": {\n        "identifier": "json-db",\n        "ca_cert_identifier": "${local.ca}"\n      }\n    }\n  }\n}\n',
    });
    expect(pins).toEqual([
      {
        file: 'main.tf.json',
        line: 3,
        resource: 'aws_db_instance.main',
        attribute: 'ca_cert_identifier',
        tool: 'terraform',
        syntax: 'json',
        value: { kind: 'literal', ca: 'rds-ca-2019' },
        via: ['local.ca (main.tf.json:3)'],
        declaredAt: { file: 'main.tf.json', line: 7 },
      },
    ]);
    expect(declarations).toEqual([expect.objectContaining({ line: 7, identifier: 'json-db', syntax: 'json' })]);
  });

  it("reads Terragrunt inputs: a pin of their own for a remote module, the module's variable for a local one", async () => {
    const { pins } = await facts({
      'live/prod/rds/terragrunt.hcl':
        'terraform {\n  source = "tfr:///terraform-aws-modules/rds/aws?version=6.10.0"\n}\ninputs = {\n  ca_cert_identifier = "rds-ca-2019"\n}\n',
      'live/prod/app/terragrunt.hcl':
        'terraform {\n  source = "../../../modules//app"\n}\nlocals {\n  ca = "rds-ca-2019"\n}\ninputs = {\n  db_ca = local.ca\n}\n',
      'modules/app/main.tf': 'variable "db_ca" {}\nresource "aws_rds_cluster_instance" "app" {\n  ca_cert_identifier = var.db_ca\n}\n',
    });
    expect(pins.map((p) => [p.file, p.line, p.resource, p.tool, p.via])).toEqual([
      [
        'live/prod/app/terragrunt.hcl',
        5,
        'aws_rds_cluster_instance.app',
        'terragrunt',
        ['local.ca (live/prod/app/terragrunt.hcl:5)', 'inputs.db_ca (live/prod/app/terragrunt.hcl:8)', 'var.db_ca (modules/app/main.tf:1)'],
      ],
      [
        'live/prod/rds/terragrunt.hcl',
        5,
        'terraform.source (tfr:///terraform-aws-modules/rds/aws?version=6.10.0)',
        'terragrunt',
        undefined,
      ],
    ]);
  });

  it('keeps a CA-named tfvars assignment no resource uses as a pin of its own', async () => {
    const { pins } = await facts({ 'prod.tfvars': 'db_ca_cert_identifier = "rds-ca-2019"\nname = "x"\n' });
    expect(pins).toEqual([
      expect.objectContaining({
        file: 'prod.tfvars',
        line: 1,
        resource: 'var.db_ca_cert_identifier',
        attribute: 'db_ca_cert_identifier',
        value: { kind: 'literal', ca: 'rds-ca-2019' },
      }),
    ]);
  });

  it('names a parse error with its line, and still judges what parsed and the other files', async () => {
    const result = await facts({
      'a/broken.tf':
        'resource "aws_db_instance" "x" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n\nresource "aws_db_instance" "y" {\n  engine = \n}\n',
      'b/main.tf': 'resource "aws_db_instance" "z" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n',
      'c/main.tf.json':
        '{\n  "resource": {\n    "aws_db_instance": {\n      "j": { "ca_cert_identifier": "rds-ca-2019", }\n    }\n  }\n}\n',
    });
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'a/broken.tf', line: expect.any(Number), parser: 'HCL' }),
      expect.objectContaining({ file: 'c/main.tf.json', line: 4, parser: 'JSON' }),
    ]);
    expect(result.problems[0].line).toBeGreaterThanOrEqual(5);
    expect(result.pins.filter((p) => p.value.kind === 'literal').map((p) => [p.file, p.line])).toEqual([
      ['a/broken.tf', 2],
      ['b/main.tf', 2],
      ['c/main.tf.json', 4],
    ]);
  });

  it('gives byte-identical output whatever the order of its input', async () => {
    const files: Record<string, string> = {
      'main.tf':
        'variable "ca" {\n  default = "rds-ca-2019"\n}\nresource "aws_db_instance" "a" {\n  ca_cert_identifier = var.ca\n}\nresource "aws_db_instance" "b" {\n  ca_cert_identifier = var.ca\n}\n',
      'x.tfvars': 'ca = "rds-ca-rsa2048-g1"\n',
      'y.tfvars': 'ca = "rds-ca-rsa2048-g1"\n',
    };
    const paths = Object.keys(files);
    const run = (order: string[]): Promise<IacFacts> =>
      terraformFacts({ candidates: order.filter((p) => p.endsWith('.tf')), files: order, read: (p) => files[p] });
    const one = JSON.stringify(await run(paths));
    expect(JSON.stringify(await run([...paths].reverse()))).toBe(one);
    expect(JSON.parse(one).pins).toHaveLength(6);
  });
});

describe('fixtures', () => {
  const root = '__tests__/fixtures/iac';
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = dir ? `${dir}/${name}` : name;
      return statSync(join(root, path)).isDirectory() ? walk(path) : [path];
    });

  it.each(['terraform', 'terragrunt'])('%s: exactly the errors of expected.json, none in the approved twins', async (tool) => {
    const files = walk(tool).sort();
    const read = (p: string): string | undefined => readFileSync(join(root, p), 'utf8');
    const candidates = files.filter((p) => isTerraformFile(p) && IAC_MARKERS.some((m) => read(p)!.includes(m)));
    const { pins, problems } = await terraformFacts({ candidates, files, read });
    const approved = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'];
    const errors = pins.flatMap((p) =>
      p.value.kind === 'literal' && !approved.includes(p.value.ca) ? [{ file: p.file, line: p.line, ca: p.value.ca }] : [],
    );
    expect(errors).toEqual(JSON.parse(readFileSync(join(root, tool, 'expected.json'), 'utf8')));
    expect(problems).toEqual([]);
    expect(pins.filter((p) => p.file.includes('/good/') && p.value.kind === 'literal').length).toBeGreaterThan(0);
  });
});

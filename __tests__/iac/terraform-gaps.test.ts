import type { CaPin, IacFacts, TerraformVariableSetting } from '../../src/model/iac.js';
import { isTerraformFile, terraformFacts } from '../../src/scan/iac/terraform.js';
import { IAC_MARKERS } from '../../src/scan/markers.js';

async function facts(files: Record<string, string>, variables?: TerraformVariableSetting[]): Promise<IacFacts> {
  const paths = Object.keys(files).sort();
  const candidates = paths.filter((p) => isTerraformFile(p) && IAC_MARKERS.some((m) => files[p].includes(m)));
  return terraformFacts({ candidates, files: paths, read: (p) => files[p], variables });
}

const brief = (p: CaPin): unknown[] => [p.file, p.line, p.resource, p.value.kind === 'literal' ? p.value.ca : p.value.kind];

describe('variables set by CI steps and scripts', () => {
  const setting = (value: string, over: Partial<TerraformVariableSetting> = {}): TerraformVariableSetting => ({
    file: '.github/workflows/deploy.yml',
    line: 12,
    name: 'ca',
    value,
    how: 'TF_VAR_ca',
    ...over,
  });

  it('judges a TF_VAR_ setting like a -var-file assignment of each root module declaring the variable', async () => {
    const { pins } = await facts(
      {
        'infra/main.tf':
          'variable "ca" {\n  default = "rds-ca-rsa4096-g1"\n}\nresource "aws_db_instance" "a" {\n  ca_cert_identifier = var.ca\n}\n',
      },
      [setting('rds-ca-2019'), setting('rds-ca-rsa2048-g1', { file: 'deploy.sh', line: 3, how: '-var ca=…' })],
    );
    expect(pins.map(brief)).toEqual([
      ['.github/workflows/deploy.yml', 12, 'aws_db_instance.a', 'rds-ca-2019'],
      ['deploy.sh', 3, 'aws_db_instance.a', 'rds-ca-rsa2048-g1'],
      ['infra/main.tf', 2, 'aws_db_instance.a', 'rds-ca-rsa4096-g1'],
    ]);
    expect(pins[0].via).toEqual(['TF_VAR_ca (.github/workflows/deploy.yml:12)', 'var.ca (infra/main.tf:1)']);
    expect(pins[0].syntax).toBe('yaml');
    expect(pins[1].syntax).toBe('shell');
    expect(pins[0].declaredAt).toEqual({ file: 'infra/main.tf', line: 4 });
  });

  it('reaches a local module through the root module that declares the variable', async () => {
    const { pins } = await facts(
      {
        'live/main.tf': 'variable "db_ca" {}\nmodule "db" {\n  source = "../modules/db"\n  ca     = var.db_ca\n}\n',
        'modules/db/main.tf': 'variable "ca" {}\nresource "aws_db_instance" "x" {\n  ca_cert_identifier = var.ca\n}\n',
      },
      [setting('rds-ca-2019', { name: 'db_ca', how: 'TF_VAR_db_ca' })],
    );
    expect(pins.map(brief)).toEqual([['.github/workflows/deploy.yml', 12, 'aws_db_instance.x', 'rds-ca-2019']]);
    expect(pins[0].via?.[0]).toBe('TF_VAR_db_ca (.github/workflows/deploy.yml:12)');
  });

  it('with no candidate file, finds the declaring root module by grep and judges the setting there', async () => {
    const files: Record<string, string> = {
      'stack/variables.tf': 'variable "ca_cert_identifier" {\n  type = string\n}\n',
      'stack/main.tf': 'module "x" {\n  source = "git::https://example.com/x.git"\n  cert   = var.ca_cert_identifier\n}\n',
      'other/main.tf': 'variable "region" {}\n',
    };
    const asked: string[][] = [];
    const containing = async (paths: readonly string[], needles: readonly string[]): Promise<ReadonlySet<string>> => {
      asked.push([...needles]);
      return new Set(paths.filter((p) => needles.some((n) => files[p].includes(n))));
    };
    const v = setting('rds-ca-2019', { name: 'ca_cert_identifier', how: 'TF_VAR_ca_cert_identifier' });
    const { pins } = await terraformFacts({ candidates: [], files: Object.keys(files), read: (p) => files[p], containing, variables: [v] });
    expect(pins.map(brief)).toEqual([['.github/workflows/deploy.yml', 12, 'var.ca_cert_identifier', 'rds-ca-2019']]);
    expect(pins[0].via).toEqual([
      'TF_VAR_ca_cert_identifier (.github/workflows/deploy.yml:12)',
      'var.ca_cert_identifier (stack/variables.tf:1)',
    ]);
    expect(asked[0]).toContain('variable "ca_cert_identifier"');
    // No module declares it: nothing to judge.
    const none = await terraformFacts({ candidates: [], files: ['other/main.tf'], read: (p) => files[p], containing, variables: [v] });
    expect(none.pins).toEqual([]);
  });
});

describe('override files', () => {
  it("judges the override's value at its line and not the replaced one", async () => {
    const { pins } = await facts({
      'main.tf':
        'locals {\n  ca = "rds-ca-2019"\n}\nresource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-2019"\n}\nresource "aws_db_instance" "b" {\n  ca_cert_identifier = local.ca\n}\nvariable "v" {\n  default = "rds-ca-2019"\n}\nresource "aws_db_instance" "c" {\n  ca_cert_identifier = var.v\n}\n',
      'override.tf': 'resource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-rsa4096-g1"\n}\n',
      'db_override.tf': 'locals {\n  ca = "rds-ca-rsa2048-g1"\n}\nvariable "v" {\n  default = "rds-ca-ecc384-g1"\n}\n',
    });
    expect(pins.map(brief)).toEqual([
      ['db_override.tf', 2, 'aws_db_instance.b', 'rds-ca-rsa2048-g1'],
      ['db_override.tf', 5, 'aws_db_instance.c', 'rds-ca-ecc384-g1'],
      ['override.tf', 2, 'aws_db_instance.a', 'rds-ca-rsa4096-g1'],
    ]);
    expect(pins[2].declaredAt).toEqual({ file: 'main.tf', line: 4 });
  });

  it('reads JSON override files', async () => {
    const { pins } = await facts({
      'main.tf': 'resource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-rsa4096-g1"\n}\n',
      'main_override.tf.json':
        '{\n  "resource": {\n    "aws_db_instance": {\n      "a": {\n        "ca_cert_identifier": "rds-ca-2019"\n      }\n    }\n  }\n}\n',
    });
    expect(pins.map(brief)).toEqual([['main_override.tf.json', 5, 'aws_db_instance.a', 'rds-ca-2019']]);
  });
});

describe('OpenTofu', () => {
  it('reads .tofu and .tofu.json, and a .tofu file replaces the .tf file of its name', async () => {
    expect(['a.tofu', 'a.tofu.json'].every(isTerraformFile)).toBe(true);
    const { pins } = await facts({
      'main.tf': 'resource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n',
      'main.tofu': 'resource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-rsa4096-g1"\n}\n',
      'db.tofu': 'resource "aws_db_instance" "b" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n',
      'x.tofu.json': '{ "resource": { "aws_rds_cluster": { "c": { "ca_certificate_identifier": "rds-ca-2019" } } } }\n',
    });
    expect(pins.map(brief)).toEqual([
      ['db.tofu', 2, 'aws_db_instance.b', 'rds-ca-2019'],
      ['main.tofu', 2, 'aws_db_instance.a', 'rds-ca-rsa4096-g1'],
      ['x.tofu.json', 1, 'aws_rds_cluster.c', 'rds-ca-2019'],
    ]);
  });
});

describe('deep nesting', () => {
  it('names a value nested too deeply with its line and judges the rest of the file and the other files', async () => {
    const deep = `${'['.repeat(2000)}"a"${']'.repeat(2000)}`;
    const result = await facts({
      'a/main.tf': `locals {\n  x = ${deep}\n}\nresource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n`,
      'b/main.tf': 'resource "aws_db_instance" "b" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n',
      'c/main.tf.json': `{ "locals": { "x": ${deep} }, "resource": { "aws_db_instance": { "c": { "ca_cert_identifier": "rds-ca-2019" } } } }`,
      'd/main.tf': `resource "aws_db_instance" "d" {\n  ca_cert_identifier = local.x\n}\nlocals {\n  x = ${'lower('.repeat(2000)}"RDS-CA-2019"${')'.repeat(2000)}\n}\n`,
    });
    expect(
      result.problems.map((p) => [p.file, p.line, p.message.includes('nests too deeply') && p.message.includes(`line ${p.line}`)]),
    ).toEqual([
      ['a/main.tf', 2, true],
      ['c/main.tf.json', 1, true],
      ['d/main.tf', 5, true],
    ]);
    expect(result.pins.filter((p) => p.value.kind === 'literal').map((p) => [p.file, p.line])).toEqual([
      ['a/main.tf', 5],
      ['b/main.tf', 2],
      ['c/main.tf.json', 1],
    ]);
  });
});

describe('evaluation', () => {
  it('names a cycle once, as Terraform does', async () => {
    const { pins } = await facts({
      'main.tf': 'locals {\n  a = local.b\n  b = local.a\n}\nresource "aws_db_instance" "x" {\n  ca_cert_identifier = local.a\n}\n',
    });
    expect(pins).toHaveLength(1);
    expect(pins[0].value).toEqual(
      expect.objectContaining({ kind: 'expression', missing: expect.stringContaining('a cycle: local.a → local.b → local.a') }),
    );
    expect(pins[0].via).toEqual(['local.b (main.tf:3)', 'local.a (main.tf:2)']);
  });

  it('evaluates string functions with literal arguments', async () => {
    const { pins } = await facts({
      'main.tf': `locals {
  year = "2019"
  cas  = ["rds-ca-rsa4096-g1", "rds-ca-2019"]
}
resource "aws_db_instance" "a" { ca_cert_identifier = format("rds-ca-%s", "2019") }
resource "aws_db_instance" "b" { ca_cert_identifier = lower("RDS-CA-2019") }
resource "aws_db_instance" "c" { ca_cert_identifier = upper("rds-ca-rsa4096-g1") }
resource "aws_db_instance" "d" { ca_cert_identifier = trimspace("  rds-ca-2019 ") }
resource "aws_db_instance" "e" { ca_cert_identifier = join("-", ["rds", "ca", local.year]) }
resource "aws_db_instance" "f" { ca_cert_identifier = replace("rds-ca-YEAR", "YEAR", "2019") }
resource "aws_db_instance" "g" { ca_cert_identifier = element(local.cas, 1) }
resource "aws_db_instance" "h" { ca_cert_identifier = local.cas[0] }
resource "aws_db_instance" "i" { ca_cert_identifier = format("rds-ca-%s", local.year) }
resource "aws_db_instance" "j" { ca_cert_identifier = replace("rds-ca-2019", "/\\\\d+/", "x") }
`,
    });
    expect(pins.map((p) => [p.resource, p.line, p.value.kind === 'literal' ? p.value.ca : p.value.kind])).toEqual([
      ['aws_db_instance.e', 2, 'rds-ca-2019'],
      ['aws_db_instance.i', 2, 'rds-ca-2019'],
      ['aws_db_instance.g', 3, 'rds-ca-2019'],
      ['aws_db_instance.h', 3, 'rds-ca-rsa4096-g1'],
      ['aws_db_instance.a', 5, 'rds-ca-2019'],
      ['aws_db_instance.b', 6, 'rds-ca-2019'],
      ['aws_db_instance.c', 7, 'RDS-CA-RSA4096-G1'],
      ['aws_db_instance.d', 8, 'rds-ca-2019'],
      ['aws_db_instance.f', 10, 'rds-ca-2019'],
      ['aws_db_instance.j', 14, 'expression'],
    ]);
  });

  it('fills optional() defaults of object-typed variables', async () => {
    const { pins } = await facts({
      'main.tf': `variable "db" {
  type = object({
    name = string
    ca   = optional(string, "rds-ca-2019")
  })
  default = { name = "orders" }
}
variable "set" {
  type    = object({ ca = optional(string, "rds-ca-2019") })
  default = { ca = "rds-ca-rsa4096-g1" }
}
resource "aws_db_instance" "a" { ca_cert_identifier = var.db.ca }
resource "aws_db_instance" "b" { ca_cert_identifier = var.set.ca }
`,
    });
    expect(pins.map(brief)).toEqual([
      ['main.tf', 4, 'aws_db_instance.a', 'rds-ca-2019'],
      ['main.tf', 10, 'aws_db_instance.b', 'rds-ca-rsa4096-g1'],
    ]);
  });

  it('judges each instance of a resource with for_each', async () => {
    const { pins } = await facts({
      'main.tf': `variable "dbs" {
  type = map(object({ ca = optional(string, "rds-ca-rsa2048-g1") }))
  default = {
    orders = { ca = "rds-ca-2019" }
    billing = {}
  }
}
locals {
  cas = {
    a = "rds-ca-2019"
    b = "rds-ca-rsa4096-g1"
  }
}
resource "aws_db_instance" "x" {
  for_each           = var.dbs
  ca_cert_identifier = each.value.ca
}
resource "aws_db_instance" "y" {
  for_each           = local.cas
  ca_cert_identifier = each.value
}
resource "aws_db_instance" "z" {
  for_each           = toset(["rds-ca-2019"])
  ca_cert_identifier = each.key
}
resource "aws_db_instance" "w" {
  for_each           = var.unknown
  ca_cert_identifier = each.value
}
`,
    });
    expect(pins.map(brief)).toEqual([
      ['main.tf', 2, 'aws_db_instance.x["billing"]', 'rds-ca-rsa2048-g1'],
      ['main.tf', 4, 'aws_db_instance.x["orders"]', 'rds-ca-2019'],
      ['main.tf', 10, 'aws_db_instance.y["a"]', 'rds-ca-2019'],
      ['main.tf', 11, 'aws_db_instance.y["b"]', 'rds-ca-rsa4096-g1'],
      ['main.tf', 23, 'aws_db_instance.z["rds-ca-2019"]', 'rds-ca-2019'],
      ['main.tf', 28, 'aws_db_instance.w', 'expression'],
    ]);
  });
});

describe('local-exec provisioners', () => {
  it('hands the command to the AWS CLI reader with each line mapped', async () => {
    const { pins } = await facts({
      'main.tf': `locals {
  ca = "rds-ca-2019"
}
resource "null_resource" "rotate" {
  provisioner "local-exec" {
    command = "aws rds modify-db-instance --db-instance-identifier orders --ca-certificate-identifier rds-ca-2019 --apply-immediately"
  }
}
resource "terraform_data" "rotate" {
  provisioner "local-exec" {
    command = <<-EOT
      aws rds modify-db-instance \\
        --db-instance-identifier \${aws_db_instance.main.id} \\
        --ca-certificate-identifier \${local.ca}
      aws rds modify-db-instance --db-instance-identifier b --ca-certificate-identifier rds-ca-rsa4096-g1
    EOT
  }
}
resource "aws_db_instance" "main" {
  ca_cert_identifier = "rds-ca-rsa4096-g1"
  provisioner "local-exec" {
    command = "aws rds modify-db-instance --db-instance-identifier x --ca-certificate-identifier $CA"
    environment = {
      CA = "rds-ca-2019"
    }
  }
}
`,
    });
    expect(
      pins.filter((p) => p.tool === 'aws-cli').map((p) => [p.line, p.value.kind === 'literal' ? p.value.ca : p.value.kind, p.via?.at(-1)]),
    ).toEqual([
      [2, 'rds-ca-2019', 'provisioner "local-exec" of terraform_data.rotate (main.tf:10)'],
      [6, 'rds-ca-2019', 'provisioner "local-exec" of null_resource.rotate (main.tf:5)'],
      [15, 'rds-ca-rsa4096-g1', 'provisioner "local-exec" of terraform_data.rotate (main.tf:10)'],
      [24, 'rds-ca-2019', 'provisioner "local-exec" of aws_db_instance.main (main.tf:21)'],
    ]);
    expect(pins.every((p) => p.file === 'main.tf')).toBe(true);
  });
});

describe('notices', () => {
  it('gives no notice for a null that a guard excludes, and says "may be left unset" for a reachable one', async () => {
    const { pins } = await facts({
      'main.tf': `variable "x" {
  default = null
}
resource "aws_db_instance" "a" {
  ca_cert_identifier = var.x != null ? var.x : "rds-ca-2019"
}
resource "aws_db_instance" "b" {
  ca_cert_identifier = null == var.x ? "rds-ca-2019" : var.x
}
resource "aws_db_instance" "c" {
  ca_cert_identifier = var.prod ? "rds-ca-2019" : null
}
resource "aws_db_instance" "d" {
  ca_cert_identifier = var.x
}
`,
    });
    expect(pins.map(brief)).toEqual([
      ['main.tf', 5, 'aws_db_instance.a', 'rds-ca-2019'],
      ['main.tf', 8, 'aws_db_instance.b', 'rds-ca-2019'],
      ['main.tf', 11, 'aws_db_instance.c', 'expression'],
      ['main.tf', 11, 'aws_db_instance.c', 'rds-ca-2019'],
      ['main.tf', 14, 'aws_db_instance.d', 'absent'],
    ]);
    expect(pins[2].value).toEqual(expect.objectContaining({ missing: expect.stringContaining('may be left unset (null)') }));
  });

  it('gives one notice per resource and line', async () => {
    const { pins } = await facts({
      'main.tf':
        'variable "instances" {}\nresource "aws_rds_cluster_instance" "this" {\n  for_each           = var.instances\n  ca_cert_identifier = try(each.value.ca_cert_identifier, null)\n}\n',
    });
    expect(pins.map(brief)).toEqual([['main.tf', 4, 'aws_rds_cluster_instance.this', 'expression']]);
    expect(pins[0].value).toEqual(
      expect.objectContaining({ missing: expect.stringMatching(/differs per instance.*may be left unset \(null\)/) }),
    );
  });
});

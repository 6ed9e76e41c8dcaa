/**
 * Issue #12, run as the GitHub runner runs the action (`node dist/index.js`): every IaC form in
 * __tests__/fixtures/iac fails at its file and line (and only there), a Terraform plan fails naming
 * the resource address, and a live finding sits on the Terraform block that declares the database.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FakeAws } from '../support/fake-aws.mjs';
import { instance } from '../support/fleet.mjs';
import { reportOf, runAction, runActionAsync, type RunResult } from '../helpers/runner.js';
import { postgresRegion } from '../helpers/live.js';
import { bundle, REPO, workspace } from '../helpers/workspace.js';

const report = (run: RunResult) => reportOf(run).findings;

const IAC = join(REPO, '__tests__/fixtures/iac');
function tree(dir: string): Record<string, Buffer> {
  const files: Record<string, Buffer> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const full = join(dir, name);
    if (statSync(full).isFile()) files[relative(dir, full)] = readFileSync(full);
  }
  return files;
}

describe('infrastructure code, end to end', () => {
  it('fails every unapproved IaC fixture at its file and line, and nothing else', () => {
    const files = tree(IAC);
    const expected = Object.keys(files)
      .filter((f) => f.endsWith('expected.json'))
      .flatMap((f) => JSON.parse(files[f].toString('utf8')) as Array<{ file: string; line: number; ca: string }>)
      .map((e) => `${e.file}:${e.line} ${e.ca}`)
      .sort();
    expect(expected.length).toBeGreaterThan(20);
    const run = runAction(workspace(files, { git: true }), { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const errors = report(run).filter((f) => f.rule === 'iac-ca-not-approved');
    const got = errors.map((f) => `${f.file}:${f.line} ${/to "([^"]+)"/.exec(f.message)?.[1]}`).sort();
    expect([...new Set(got)]).toEqual([...new Set(expected)]);
    // No approved fixture fails, and no fixture is rejected by its parser.
    expect(
      report(run)
        .filter((f) => f.severity === 'error' && f.rule !== 'iac-ca-not-approved')
        .map((f) => f.rule),
    ).toEqual([]);
    expect(
      report(run)
        .filter((f) => f.rule === 'iac-file-not-parsed' && !f.file?.includes('invalid'))
        .map((f) => f.file),
    ).toEqual([]);
  });

  it("warns about a file its parser rejects, naming the parser's line, and still judges the other files and the rest of that one", () => {
    const ws = workspace(
      {
        'certs/global-bundle.pem': bundle('global-bundle.pem'),
        'infra/broken.tf':
          'resource "aws_db_instance" "a" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n\nresource "aws_db_instance" "b" {\n  engine = \n',
        'infra/main.tf': 'resource "aws_db_instance" "c" {\n  ca_cert_identifier = "rds-ca-2019"\n}\n',
        'stack.yaml': 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      CACertificateIdentifier: [rds-ca-2019\n',
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const findings = report(run);
    const warnings = findings.filter((f) => f.rule === 'iac-file-not-parsed');
    expect(warnings.map((f) => [f.file, f.severity])).toEqual([
      ['infra/broken.tf', 'warning'],
      ['stack.yaml', 'warning'],
    ]);
    expect(warnings[0].message).toMatch(/^infra\/broken\.tf:\d+ was not fully read: the HCL parser stopped at line \d+/);
    expect(warnings[1].message).toContain('the YAML parser stopped at line');
    expect(findings.filter((f) => f.rule === 'iac-ca-not-approved').map((f) => `${f.file}:${f.line}`)).toEqual([
      'infra/broken.tf:2',
      'infra/main.tf:2',
    ]);
  });

  it("fails a CI step that sets the Terraform variable behind the CA (TF_VAR_x, -var x=…) at the step's line, though the default is approved", () => {
    const ws = workspace(
      {
        'certs/global-bundle.pem': bundle('global-bundle.pem'),
        'infra/main.tf':
          'variable "ca" {\n  default = "rds-ca-rsa2048-g1"\n}\n\nresource "aws_db_instance" "orders" {\n  identifier         = "orders"\n  ca_cert_identifier = var.ca\n}\n',
        '.github/workflows/deploy.yml':
          'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      TF_VAR_ca: rds-ca-2019\n    steps:\n      - run: terraform -chdir=infra apply -auto-approve\n',
        'scripts/apply.sh': '#!/bin/sh\nterraform -chdir=infra apply -var ca=rds-ca-2019\n',
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const errors = report(run).filter((f) => f.rule === 'iac-ca-not-approved');
    expect(errors.map((f) => `${f.file}:${f.line}`)).toEqual(['.github/workflows/deploy.yml:6', 'scripts/apply.sh:2']);
    expect(errors[0].message).toContain('aws_db_instance.orders pins ca_cert_identifier to "rds-ca-2019"');
    expect(errors[0].remediation).toContain('Change the value written at .github/workflows/deploy.yml:6 to "rds-ca-rsa2048-g1"');
  });

  it("fails a Terraform plan that moves a module's database off the approved CA, naming the address and the change", () => {
    const ws = workspace(
      {
        'infra/plan.json': readFileSync(join(REPO, '__tests__/fixtures/terraform-plan/plan.json')),
        'certs/global-bundle.pem': bundle('global-bundle.pem'),
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1', 'terraform-plan': 'infra/*.json' });
    expect(run.status).toBe(1);
    const [moved] = report(run).filter((f) => f.rule === 'planned-ca-not-approved' && f.resource === 'module.db.aws_db_instance.this[0]');
    expect(moved.message).toContain('changes ca_cert_identifier from "rds-ca-rsa2048-g1" to "rds-ca-2019", moving it off an approved CA');
    expect(run.stdout).toMatch(/::error [^\n]*file=infra\/plan\.json/);
  });

  it('fails closed when the plan step wrote nothing', () => {
    const run = runAction(workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true }), {
      offline: 'true',
      regions: 'us-east-1',
      'terraform-plan': 'plan.json',
    });
    expect(run.status).toBe(1);
    expect(report(run).map((f) => f.rule)).toContain('terraform-plan-not-read');
  });

  describe('live', () => {
    let fake: FakeAws;
    beforeEach(async () => {
      const r = 'us-east-1';
      fake = await new FakeAws({
        regions: {
          [r]: postgresRegion(r, [
            instance(r, 'orders', { ca: 'rds-ca-2019' }),
            instance(r, 'billing', {
              ca: 'rds-ca-2019',
              tags: { 'aws:cloudformation:logical-id': 'BillingDb', 'aws:cloudformation:stack-name': 'billing' },
            }),
          ]),
        },
      }).start();
    });
    afterEach(() => fake.stop());

    it('annotates a live database on the Terraform block (by identifier) or the CloudFormation resource (by logical-id tag) that declares it, with the code change beside the command', async () => {
      const ws = workspace(
        {
          'certs/global-bundle.pem': bundle('global-bundle.pem'),
          'infra/db.tf':
            '# Orders database\n\nresource "aws_db_instance" "orders" {\n  identifier     = "orders"\n  engine         = "postgres"\n  instance_class = "db.t4g.micro"\n}\n',
          'stacks/billing.yaml':
            'Resources:\n  BillingDb:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      CACertificateIdentifier: rds-ca-rsa2048-g1\n',
        },
        { git: true },
      );
      const run = await runActionAsync(ws, { regions: 'us-east-1' }, fake.env());
      expect(run.status).toBe(1);
      const live = report(run)
        .filter((f) => f.rule === 'database-ca-not-approved')
        .sort((a, b) => (a.resource! < b.resource! ? -1 : 1));
      expect(live.map((f) => [f.resource, f.file, f.line])).toEqual([
        ['arn:aws:rds:us-east-1:123456789012:db:billing', 'stacks/billing.yaml', 2],
        ['arn:aws:rds:us-east-1:123456789012:db:orders', 'infra/db.tf', 3],
      ]);
      expect(live[1].remediation).toContain('`ca_cert_identifier = "rds-ca-rsa2048-g1"` on aws_db_instance.orders (infra/db.tf:3)');
      expect(live[0].remediation).toContain('`CACertificateIdentifier: rds-ca-rsa2048-g1` on BillingDb');
      expect(run.stdout).toMatch(/::error [^\n]*file=infra\/db\.tf,line=3::orders/);
      expect(run.summary).toContain('and in infra/db.tf:3:');
    });
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plannedCaChange } from '../../src/rules/planned-ca-change.js';
import { plannedCaNotApproved } from '../../src/rules/planned-ca-not-approved.js';
import { terraformPlanNotRead } from '../../src/rules/terraform-plan-not-read.js';
import { plannedCas } from '../../src/scan/terraform-plan.js';
import { readPlans } from '../../src/scan/terraform-plan-files.js';
import { factsFrom } from '../helpers/facts.js';

const FIXTURES = '__tests__/fixtures/terraform-plan';

function workspaceWithPlans(): string {
  const ws = mkdtempSync(join(tmpdir(), 'rcg-plan-'));
  mkdirSync(join(ws, 'infra/prod'), { recursive: true });
  cpSync(join(FIXTURES, 'plan.json'), join(ws, 'infra/prod/plan.json'));
  cpSync(join(FIXTURES, 'plan-approved.json'), join(ws, 'infra/dev/plan.json'), { recursive: true });
  return ws;
}

describe('terraform-plan', () => {
  it('judges each planned CA exactly: off an approved CA or kept unapproved is an error naming the address and the change; onto one, or unknown, a notice', async () => {
    const plans = readPlans(workspaceWithPlans(), ['infra/*/plan.json']);
    expect(plans.files).toEqual(['infra/dev/plan.json', 'infra/prod/plan.json']);
    expect(plans.problems).toEqual([]);
    const facts = { ...(await factsFrom({})), plans };
    const errors = plannedCaNotApproved.check(facts);
    expect(errors.map((f) => [f.resource, f.file])).toEqual([
      ['aws_db_instance.legacy', 'infra/prod/plan.json'],
      ['module.db.aws_db_instance.this[0]', 'infra/prod/plan.json'],
    ]);
    expect(errors[1].message).toBe(
      'The plan infra/prod/plan.json (update module.db.aws_db_instance.this[0]) changes ca_cert_identifier from "rds-ca-rsa2048-g1" to "rds-ca-2019", moving it off an approved CA; "rds-ca-2019" is not in approved-ca (rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1).',
    );
    expect(errors[0].message).toContain('(no-op aws_db_instance.legacy) keeps ca_cert_identifier = "rds-ca-2019"');
    const notices = plannedCaChange.check(facts);
    expect(notices.map((f) => f.resource)).toEqual(['aws_db_instance.reporting', 'aws_rds_cluster_instance.writer']);
    expect(notices[0].message).toContain("known after apply: AWS gives a new database the region's default CA");
    expect(notices[1].message).toContain('from "rds-ca-2019" to "rds-ca-rsa4096-g1"');
  });

  it("shows a root-module change on its block in the plan's directory; a child module's, and one whose block name recurs elsewhere, on the plan", async () => {
    const plans = readPlans(workspaceWithPlans(), ['infra/prod/plan.json']);
    const facts = { ...(await factsFrom({})), plans };
    const decl = (file: string, resource: string) => ({
      file,
      line: 4,
      tool: 'terraform' as const,
      syntax: 'hcl' as const,
      resource,
      kind: 'instance' as const,
      attribute: 'ca_cert_identifier',
    });
    facts.repository.declarations = [
      decl('infra/prod/main.tf', 'aws_db_instance.legacy'),
      decl('legacy/main.tf', 'aws_db_instance.this'),
      decl('other/main.tf', 'aws_db_instance.legacy'),
    ];
    const errors = plannedCaNotApproved.check(facts);
    expect(errors.map((f) => [f.resource, f.file, f.line])).toEqual([
      ['aws_db_instance.legacy', 'infra/prod/main.tf', 4],
      ['module.db.aws_db_instance.this[0]', 'infra/prod/plan.json', undefined],
    ]);
  });

  it('reads a plan saved with a byte order mark (PowerShell)', () => {
    const json = readFileSync(join(FIXTURES, 'plan-approved.json'), 'utf8');
    expect(plannedCas('plan.json', `\uFEFF${json}`)).toMatchObject({
      changes: [{ address: 'aws_db_instance.main', after: 'rds-ca-rsa4096-g1' }],
    });
  });

  it('never passes a plan it did not read: no match, an unknown format_version (named), state instead of a plan, not JSON', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'rcg-plan-'));
    for (const f of ['plan-format-2.json', 'state.json']) cpSync(join(FIXTURES, f), join(ws, f));
    writeFileSync(join(ws, 'broken.json'), '{"format_version": "1.2", ');
    writeFileSync(join(ws, 'secret.txt'), 'password=hunter2');
    symlinkSync('/etc/hostname', join(ws, 'outside.json'));
    const plans = readPlans(ws, [
      'plan-format-2.json',
      'state.json',
      'broken.json',
      'missing/*.json',
      '../outside.json',
      'outside.json',
      'secret.txt',
    ]);
    const found = terraformPlanNotRead.check({ ...(await factsFrom({})), plans });
    expect(found.map((f) => [f.severity, f.file])).toEqual([
      ['error', 'missing/*.json'],
      ['error', '../outside.json'],
      ['error', 'broken.json'],
      ['error', 'outside.json'],
      ['error', 'plan-format-2.json'],
      ['error', 'secret.txt'],
      ['error', 'state.json'],
    ]);
    expect(found[3].message).toContain('a link to a file outside the workspace');
    // What the file holds is never quoted back.
    expect(found[5].message).not.toContain('hunter2');
    expect(found[4].message).toContain('format_version is 2.0');
    expect(found[6].message).toContain('it is state');
    expect(found[2].message).toContain('it is not JSON');
    expect(found[0].message).toContain('no file matches it');
  });

  it('says a directory is not a plan, for `.` as for a folder, instead of stopping the run', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'rcg-plan-'));
    mkdirSync(join(ws, 'infra'));
    const plans = readPlans(ws, ['.', 'infra']);
    const found = terraformPlanNotRead.check({ ...(await factsFrom({})), plans });
    expect(found.map((f) => [f.severity, f.file])).toEqual([
      ['error', '.'],
      ['error', 'infra'],
    ]);
    for (const f of found) expect(f.message).toContain('is a directory, not a plan');
  });
});

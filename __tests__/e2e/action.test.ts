/** End to end: `node dist/index.js` and `node dist/cli.js` as users run them. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportOf, runAction } from '../helpers/runner.js';
import { bundle, REPO, selfSignedCa, US_EAST_1_RSA2048_SUBJECT, workspace } from '../helpers/workspace.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const OFFLINE = { offline: 'true' };

describe('the action, run as the GitHub runner runs it', () => {
  it("passes a repository holding AWS's global bundle, with defaults for every unset input", () => {
    const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem'), 'src/app.py': 'print(1)\n' }, { git: true });
    const run = runAction(ws, OFFLINE);
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({
      result: 'pass',
      errors: '0',
      warnings: '0',
      'report-file': join(run.runnerTemp, 'rds-ca-guard-report.json'),
      noncompliant: '[]',
      inspected: '0',
    });
    expect(run.summary.split('\n')[0]).toBe('## ✅ RDS CA Guard: pass — 0 errors, 0 warnings, 0 notices');
    expect(run.summary).toContain('34 regions in scope');
    const report = reportOf(run);
    expect(report).toMatchObject({ version: 1, result: 'pass', findings: [] });
    expect(report.repository.bundles[0]).toMatchObject({ path: 'certs/global-bundle.pem', serves: 'all' });
  });

  it.each(['rds-combined-ca-bundle.pem', 'rds-ca-2019-root.pem'])(
    'fails a repository holding only the 2019-era %s, saying to replace it and where from',
    (name) => {
      const ws = workspace({ [`app/${name}`]: bundle(name) }, { git: true });
      const run = runAction(ws, { ...OFFLINE, regions: 'us-east-1,eu-west-1', 'sarif-file': 'rds-ca.sarif' });
      expect(run.status).toBe(1);
      expect(run.outputs.result).toBe('fail');
      expect(Number(run.outputs.errors)).toBeGreaterThanOrEqual(1);
      expect(run.summary.split('\n')[0]).toMatch(/^## ❌ RDS CA Guard: fail/);
      expect(run.summary).toContain(`curl -fsSLo app/${name} https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem`);
      expect(run.stdout).toMatch(
        new RegExp(`::error title=RDS bundle lacks the target CA root,file=app/${name.replace(/\./g, '\\.')},line=1::`),
      );
      expect(run.stdout).toContain('::error::RDS CA Guard: ');
      const sarif = JSON.parse(readFileSync(join(ws, 'rds-ca.sarif'), 'utf8'));
      expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toContain('bundle-missing-target-root');
      expect(run.outputs['sarif-file']).toBe(join(ws, 'rds-ca.sarif'));
    },
  );

  it('fails a Terraform file pinning rds-ca-2019 with a file:line annotation', () => {
    const tf = 'resource "aws_db_instance" "orders" {\n  engine = "postgres"\n  ca_cert_identifier = "rds-ca-2019"\n}\n';
    const ws = workspace({ 'infra/main.tf': tf, 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    const run = runAction(ws, OFFLINE);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Infrastructure code pins a CA outside approved-ca,file=infra\/main\.tf,line=3::aws_db_instance\.orders pins ca_cert_identifier to "rds-ca-2019"/,
    );
    expect(withoutLinks(run.summary)).toContain('| infra/main.tf:3 |');
  });

  it('fails a look-alike of an RDS root', () => {
    const fake = selfSignedCa(US_EAST_1_RSA2048_SUBJECT, { serial: 'F55231F162B663393E199B68E16819F5' });
    const ws = workspace(
      {
        'certs/global-bundle.pem': bundle('global-bundle.pem'),
        'k8s/configmap.yaml': `data:\n  rds.pem: |\n${fake
          .trim()
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}\n`,
      },
      { git: true },
    );
    const run = runAction(ws, OFFLINE);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=Certificate imitates an AWS RDS CA or an Amazon Trust Services root,file=k8s\/configmap\.yaml,line=3::/,
    );
  });

  it('fails closed without AWS credentials unless offline, and says how to fix it', () => {
    const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') });
    const run = runAction(ws, { regions: 'us-east-1' });
    expect(run.status).toBe(1);
    expect(run.outputs.result).toBe('fail');
    expect(run.summary).toContain('no AWS credentials were found');
    expect(run.summary).toContain('<code>offline: true</code>');
  });

  it('reports a bad input by name, value and accepted values, without a stack trace', () => {
    const run = runAction(workspace({}), { ...OFFLINE, 'fail-on': 'sometimes' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      '::error::RDS CA Guard: invalid input.%0AInput `fail-on` is "sometimes"; accepted: error, warning, never.',
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('keeps the job green with fail-on: never while result says fail', () => {
    const ws = workspace({ 'old.pem': bundle('rds-ca-2019-root.pem') });
    const run = runAction(ws, { ...OFFLINE, 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(run.outputs.result).toBe('fail');
  });

  it('masks truststore passwords', () => {
    const run = runAction(workspace({}), { ...OFFLINE, 'truststore-passwords': 'hunter2' });
    expect(run.stdout).toContain('::add-mask::hunter2');
  });
});

describe('the CLI', () => {
  const cli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: '/nonexistent', ...env },
    });

  it('checks a directory offline with the embedded defaults: 0 on pass, 1 on fail, 2 on bad usage', () => {
    const good = workspace({ 'global-bundle.pem': bundle('global-bundle.pem') });
    const pass = cli(['check', '--offline', good, '--report-file', join(good, 'r.json')]);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toMatch(/^PASS: 0 error\(s\)/m);
    expect(existsSync(join(good, 'r.json'))).toBe(true);
    const bad = cli(['check', '--offline', workspace({ 'old.pem': bundle('rds-ca-2019-root.pem') })]);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('error   bundle-missing-target-root  old.pem:1');
    expect(cli(['check', '--colour', 'red']).status).toBe(2);
    expect(cli(['check', '--offline', '--fail-on', 'x', good]).stderr).toContain('Input `fail-on` is "x"');
  });
});

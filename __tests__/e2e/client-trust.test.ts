/**
 * Issue #11's cases, run as the GitHub runner runs the action (`node dist/index.js`): trust the
 * repository fetches or names is judged at the file and line that fetches or names it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportOf as report, runAction, type RunResult } from '../helpers/runner.js';
import { bundle, REPO, workspace } from '../helpers/workspace.js';

const FIXTURES = join(REPO, '__tests__/fixtures/clients');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const errorsAt = (run: RunResult, file: string) => report(run).findings.filter((f) => f.severity === 'error' && f.file === file);
const LEGACY = 'https://s3.amazonaws.com/rds-downloads/rds-combined-ca-bundle.pem';
const GLOBAL = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';

describe('trust the repository fetches or names', () => {
  it("fails a build script that downloads the legacy combined bundle into Java's cacerts, at the line, with the new URL as the fix", () => {
    const script = `#!/bin/sh\nset -e\ncurl -sS ${LEGACY} -o /tmp/rds.pem\nkeytool -importcert -noprompt -alias rds -file /tmp/rds.pem -keystore "$JAVA_HOME/lib/security/cacerts" -storepass changeit\n`;
    const run = runAction(workspace({ 'docker/import-rds-ca.sh': script }, { git: true }), { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const [missing] = errorsAt(run, 'docker/import-rds-ca.sh').filter((f) => f.rule === 'bundle-missing-target-root');
    expect(missing).toMatchObject({ line: 3 });
    expect(missing.remediation).toContain(`In docker/import-rds-ca.sh line 3, download ${GLOBAL} instead of ${LEGACY}.`);
    expect(report(run).findings.map((f) => f.rule)).not.toContain('no-rds-bundle');
  });

  it('fails a Dockerfile fetching rds-ca-2019-root.pem for PGSSLROOTCERT, an Ansible get_url of it, and a workflow step that wgets it for psql', () => {
    const root = 'https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem';
    const ws = workspace(
      {
        Dockerfile: `FROM postgres:16\nADD ${root} /certs/rds-ca-2019-root.pem\nENV PGSSLROOTCERT=/certs/rds-ca-2019-root.pem PGSSLMODE=verify-full\n`,
        'ansible/roles/app/tasks/main.yml': `- name: RDS CA\n  ansible.builtin.get_url:\n    url: ${root}\n    dest: /etc/ssl/rds.pem\n`,
        '.github/workflows/migrate.yml': `jobs:\n  migrate:\n    runs-on: ubuntu-latest\n    steps:\n      - run: wget ${root} && psql "host=db sslmode=verify-full sslrootcert=rds-ca-2019-root.pem" -f migrate.sql\n`,
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    expect(errorsAt(run, 'Dockerfile').map((f) => [f.rule, f.line])).toContainEqual(['bundle-missing-target-root', 2]);
    expect(errorsAt(run, 'ansible/roles/app/tasks/main.yml').map((f) => [f.rule, f.line])).toContainEqual([
      'bundle-expired-certificates',
      3,
    ]);
    expect(errorsAt(run, '.github/workflows/migrate.yml').map((f) => [f.rule, f.line])).toContainEqual(['bundle-missing-target-root', 5]);
    const settings = report(run).clients.filter((c) => c.kind === 'setting');
    expect(settings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'Dockerfile', line: 3, resolvesTo: 'the download at Dockerfile:2', verdict: 'error' }),
        expect.objectContaining({
          file: '.github/workflows/migrate.yml',
          line: 5,
          resolvesTo: 'the download at .github/workflows/migrate.yml:5',
          verdict: 'error',
        }),
      ]),
    );
  });

  it('fails a DATABASE_URL naming rds-ca-2019-root.pem that nothing in the repository provides', () => {
    const env = 'DATABASE_URL=postgres://app@db.example.internal:5432/app?sslmode=verify-full&sslrootcert=/certs/rds-ca-2019-root.pem\n';
    const run = runAction(workspace({ '.env.production': env }, { git: true }), { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    expect(errorsAt(run, '.env.production')).toEqual([expect.objectContaining({ rule: 'client-ca-legacy-name', line: 1 })]);
  });

  it("fails mysql.createPool({ ssl: 'Amazon RDS' }) with the mysql package, whose profile holds only expired CAs", () => {
    const code =
      "const mysql = require('mysql');\n\nmodule.exports = mysql.createPool({\n  host: process.env.DB_HOST,\n  ssl: 'Amazon RDS',\n});\n";
    const ws = workspace(
      {
        'api/db.js': code,
        'api/package.json': JSON.stringify({ dependencies: { mysql: '^2.18.1' } }),
        'api/package-lock.json': JSON.stringify({ lockfileVersion: 3, packages: { 'node_modules/mysql': { version: '2.18.1' } } }),
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const expired = errorsAt(run, 'api/db.js').find((f) => f.rule === 'bundle-expired-certificates')!;
    expect(expired).toMatchObject({ line: 5 });
    expect(expired.message).toContain('the mysql "Amazon RDS" profile (mysql@2.18.1) used at api/db.js:5');
    expect(expired.remediation).toContain('switch to mysql2');
  });

  it("passes a script that refreshes a committed global bundle from AWS's current URL, without noise", () => {
    const ws = workspace(
      {
        'scripts/refresh-rds-ca.sh': `#!/bin/sh\nset -eu\ncurl -fsSLo certs/global-bundle.pem ${GLOBAL}\n`,
        'certs/global-bundle.pem': bundle('global-bundle.pem'),
        'config/database.yml': 'production:\n  sslmode: verify-full\n  sslrootcert: certs/global-bundle.pem\n',
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', 'fail-on': 'warning' });
    expect(report(run).findings).toEqual([]);
    expect(run.status).toBe(0);
    expect(report(run).clients.map((c) => [c.kind, c.file, c.verdict])).toEqual([
      ['file', 'certs/global-bundle.pem', 'ok'],
      ['setting', 'config/database.yml', 'ok'],
      ['download', 'scripts/refresh-rds-ca.sh', 'ok'],
    ]);
    expect(run.summary).toContain('<summary>Where clients get their CA (3)</summary>');
  });

  it("judges real files: a Chef remote_file of the legacy bundle fails; today's bundle saved under the legacy name, and the Rails setting naming it, pass", () => {
    const ws = workspace(
      {
        'cookbooks/login/resources/psql_config.rb': fixture('18f-chef-psql_config.rb'),
        Dockerfile: fixture('18f-Dockerfile'),
        'config/database.yml': fixture('18f-database.yml'),
        'bin/aws-certs.sh': fixture('dpla-aws-certs.sh'),
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(errorsAt(run, 'cookbooks/login/resources/psql_config.rb').map((f) => [f.rule, f.line])).toContainEqual([
      'bundle-missing-target-root',
      19,
    ]);
    expect(errorsAt(run, 'Dockerfile')).toEqual([]);
    expect(errorsAt(run, 'bin/aws-certs.sh')).toEqual([]);
    expect(report(run).clients).toContainEqual(
      expect.objectContaining({
        kind: 'setting',
        file: 'config/database.yml',
        line: 38,
        resolvesTo: 'the download at Dockerfile:44',
        verdict: 'ok',
      }),
    );
  });

  it("follows a pod's CA setting to the Secret key it mounts, and names a package manifest it cannot read", () => {
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: rds-ca\ndata:\n  rds-ca.pem: ${Buffer.from(bundle('rds-ca-2019-root.pem')).toString('base64')}\n`;
    const deployment =
      'spec:\n  containers:\n    - name: api\n      env:\n        - name: PGSSLROOTCERT\n          value: /etc/rds/rds-ca.pem\n      volumeMounts:\n        - name: rds-ca\n          mountPath: /etc/rds\n';
    const ws = workspace(
      {
        'k8s/secret.yaml': secret,
        'k8s/deployment.yaml': deployment,
        'api/db.js': "const mysql = require('mysql2');\nmysql.createPool({ ssl: 'Amazon RDS' });\n",
        'api/package.json': '{ "dependencies": { "mysql2": "^3" }, }',
      },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(report(run).clients).toContainEqual(
      expect.objectContaining({ kind: 'setting', file: 'k8s/deployment.yaml', line: 6, resolvesTo: 'k8s/secret.yaml', verdict: 'error' }),
    );
    expect(report(run).findings).toContainEqual(
      expect.objectContaining({ rule: 'file-unreadable', file: 'api/package.json', message: expect.stringContaining('not valid JSON') }),
    );
  });
});

/**
 * Downloads and partitions as a user meets them (issue 16's hostile review): the built CLI
 * (`node dist/cli.js check --offline`) on small repositories.
 */
import { bundle, workspace } from '../helpers/workspace.js';
import { checkOffline, PROXY_TF, proxyFindings } from '../helpers/cli-check.js';

describe('downloads: a fix names the file the download is saved as', () => {
  it('the fix for a download saved with `curl -fsSLo FILE` appends to FILE, not to the URL basename', () => {
    const dir = workspace({
      Makefile: 'certs:\n\tcurl -fsSLo certs/rds.pem https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem\n',
      'infra/proxy.tf': PROXY_TF,
    });
    const [f] = proxyFindings(checkOffline(dir));
    expect(f.remediation).toContain('>> certs/rds.pem');
  });
});

describe('partitions: a GovCloud run names no commercial trust store in its fixes', () => {
  it('a legacy download in a GovCloud scope is told to fetch the GovCloud bundle by every rule', () => {
    const dir = workspace({
      Dockerfile: 'FROM node:20\nRUN curl -o /etc/rds.pem https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem\n',
    });
    const r = checkOffline(dir, 'us-gov-west-1,us-gov-east-1');
    expect(r.findings.length).toBeGreaterThan(0);
    const commercial = r.findings.filter((f) => f.remediation.includes('https://truststore.pki.rds.amazonaws.com/'));
    expect(commercial.map((f) => f.rule)).toEqual([]);
  });
});

describe('partitions: a GovCloud run over every kind of trust material', () => {
  it('names no commercial trust store in any finding, and the GovCloud bundle in the fixes', () => {
    const dir = workspace({
      Dockerfile: 'FROM node:20\nRUN curl -o /etc/rds.pem https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem\n',
      'certs/old.pem': bundle('rds-ca-2019-root.pem'),
      'deploy/migrate.sh': '#!/bin/sh\npsql "host=db sslmode=verify-full sslrootcert=/etc/ssl/certs/rds-ca-2019-root.pem" -f migrate.sql\n',
      'api/db.js':
        "const mysql = require('mysql');\nmodule.exports = mysql.createConnection({ host: process.env.DB_HOST, ssl: 'Amazon RDS' });\n",
    });
    const r = checkOffline(dir, 'us-gov-west-1,us-gov-east-1');
    const rules = new Set(r.findings.map((f) => f.rule));
    for (const rule of ['bundle-expired-certificates', 'client-ca-legacy-name']) expect(rules).toContain(rule);
    expect(new Set(r.findings.filter((f) => f.rule === 'bundle-expired-certificates').map((f) => f.file))).toEqual(
      new Set(['Dockerfile', 'certs/old.pem', 'api/db.js']),
    );
    const commercial = r.findings.filter((f) => `${f.message} ${f.remediation}`.includes('https://truststore.pki.rds.amazonaws.com/'));
    expect(commercial.map((f) => f.rule)).toEqual([]);
    for (const f of r.findings.filter((f) => f.rule === 'bundle-expired-certificates')) {
      expect(f.remediation).toContain('https://truststore.pki.us-gov-west-1.rds.amazonaws.com/global/global-bundle.pem');
    }
  });
});

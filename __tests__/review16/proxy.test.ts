/**
 * Review of issue 16 (partitions and RDS Proxy): each test is a defect found by running the built CLI
 * (`node dist/cli.js check --offline`) on a small repository, as a user would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, bundle, tempDir, workspace } from '../helpers/workspace.js';

interface Finding {
  rule: string;
  severity: string;
  file?: string;
  message: string;
  remediation: string;
}

const ats = (n: number) => readFileSync(join(REPO, 'data', 'amazon-trust', `AmazonRootCA${n}.pem`), 'utf8');
const GLOBAL = bundle('global-bundle.pem');
const PROXY_TF = 'resource "aws_db_proxy" "main" {\n  name          = "app"\n  engine_family = "POSTGRESQL"\n  require_tls   = true\n}\n';
const HOST = 'app.proxy-abc123xyz.us-east-1.rds.amazonaws.com';

function check(dir: string, regions = 'us-east-1'): { rc: number; findings: Finding[] } {
  const report = join(tempDir('r16-'), 'report.json');
  const run = spawnSync('node', [join(REPO, 'dist', 'cli.js'), 'check', '--offline', dir, '--regions', regions, '--report-file', report], {
    encoding: 'utf8',
  });
  return { rc: run.status ?? -1, findings: (JSON.parse(readFileSync(report, 'utf8')) as { findings: Finding[] }).findings };
}
const proxyFindings = (r: { findings: Finding[] }) => r.findings.filter((f) => f.rule === 'proxy-trust-missing');

describe('proxy-trust-missing: false passes', () => {
  it('a verifying proxy client is not excused by a non-verifying connection on another line of the same file', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env':
        `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n` +
        'REPORTING_URL=postgresql://ro:pw@reports.abc123.us-east-1.rds.amazonaws.com:5432/rep?sslmode=require\n',
    });
    const r = check(dir);
    expect(proxyFindings(r).map((f) => f.file)).toEqual(['certs/rds.pem']);
    expect(r.rc).toBe(1);
  });

  it('Amazon Root CA 3 (EC P-256) alone does not verify the RSA ACM chain a proxy presents (Amazon Root CA 1)', () => {
    const dir = workspace({ 'certs/rds.pem': GLOBAL + ats(3), 'infra/proxy.tf': PROXY_TF });
    expect(proxyFindings(check(dir)).map((f) => f.file)).toEqual(['certs/rds.pem']);
  });

  it("a certificate with Amazon Root CA 1's key and subject issued by an arbitrary CA is not a trust anchor for OpenSSL clients", () => {
    const tmp = tempDir('r16-x-');
    const sh = (args: string[]) => execFileSync('openssl', args, { cwd: tmp, stdio: 'pipe' });
    sh([
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      's.key',
      '-subj',
      '/CN=Some Other Root',
      '-days',
      '3650',
      '-out',
      's.pem',
    ]);
    sh(['x509', '-in', join(REPO, 'data', 'amazon-trust', 'AmazonRootCA1.pem'), '-pubkey', '-noout', '-out', 'a1.pub']);
    sh([
      'x509',
      '-new',
      '-force_pubkey',
      'a1.pub',
      '-subj',
      '/C=US/O=Amazon/CN=Amazon Root CA 1',
      '-CA',
      's.pem',
      '-CAkey',
      's.key',
      '-days',
      '3650',
      '-out',
      'a1x.pem',
    ]);
    const cross = readFileSync(join(tmp, 'a1x.pem'), 'utf8');
    const dir = workspace({ 'certs/rds.pem': GLOBAL + cross, 'infra/proxy.tf': PROXY_TF });
    // libpq/mysql (OpenSSL without X509_V_FLAG_PARTIAL_CHAIN) need a self-signed anchor: this bundle fails every proxy.
    expect(proxyFindings(check(dir)).map((f) => f.file)).toEqual(['certs/rds.pem']);
  });

  it('an Amazon root downloaded to an unrelated file does not put it into the bundle the clients use', () => {
    const dir = workspace({
      Makefile:
        'certs:\n' +
        '\tcurl -fsSL -o certs/rds.pem https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem\n' +
        '\tcurl -fsSL -o /tmp/unrelated.pem https://www.amazontrust.com/repository/AmazonRootCA1.pem\n',
      'infra/proxy.tf': PROXY_TF,
    });
    expect(proxyFindings(check(dir)).map((f) => f.file)).toEqual(['Makefile']);
  });
});

describe('proxy-trust-missing: false failures and fixes that cannot work', () => {
  it('a proxy client using the system store (libpq sslrootcert=system) passes, and no unrelated bundle is blamed', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=system\n`,
    });
    expect(proxyFindings(check(dir))).toEqual([]);
  });

  it('a bundle whose only client names a direct database host (not a proxy) is not blamed for a proxy declared in IaC', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      'infra/proxy.tf': PROXY_TF,
      '.env':
        'DATABASE_URL=postgresql://u:p@orders.abc123.us-east-1.rds.amazonaws.com:5432/x?sslmode=verify-full&sslrootcert=certs/rds.pem\n',
    });
    expect(proxyFindings(check(dir))).toEqual([]);
  });

  it('the fix for a .p7b does not append PEM text to a DER PKCS#7 (openssl ignores it; the gate keeps failing)', () => {
    const tmp = tempDir('r16-p7-');
    execFileSync('openssl', [
      'crl2pkcs7',
      '-nocrl',
      '-certfile',
      join(REPO, 'data', 'rds-ca', 'global-bundle.pem'),
      '-outform',
      'DER',
      '-out',
      join(tmp, 'b.p7b'),
    ]);
    const dir = workspace({ 'certs/rds.p7b': readFileSync(join(tmp, 'b.p7b')), 'infra/proxy.tf': PROXY_TF });
    const [f] = proxyFindings(check(dir));
    expect(f.remediation).not.toMatch(/>> certs\/rds\.p7b/);
  });

  it('the fix for a ConfigMap does not append raw PEM after the YAML (which breaks the manifest)', () => {
    const indented = GLOBAL.replace(/^/gm, '    ').replace(/ +$/, '');
    const dir = workspace({
      'k8s/configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rds-ca\ndata:\n  rds.pem: |\n${indented}`,
      'infra/proxy.tf': PROXY_TF,
    });
    const [f] = proxyFindings(check(dir));
    expect(f.remediation).not.toMatch(/>> k8s\/configmap\.yaml/);
  });
});

/**
 * Review of issue 16 (partitions and RDS Proxy): each test is a defect found by running the built CLI
 * (`node dist/cli.js check --offline`) on a small repository, as a user would.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, bundle, tempDir, workspace } from '../helpers/workspace.js';
import { checkOffline, PROXY_TF, proxyFindings } from '../helpers/cli-check.js';

const ats = (n: number) => readFileSync(join(REPO, 'data', 'amazon-trust', `AmazonRootCA${n}.pem`), 'utf8');
const GLOBAL = bundle('global-bundle.pem');
const HOST = 'app.proxy-abc123xyz.us-east-1.rds.amazonaws.com';

describe('proxy-trust-missing: false passes', () => {
  it('a verifying proxy client is not excused by a non-verifying connection on another line of the same file', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env':
        `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n` +
        'REPORTING_URL=postgresql://ro:pw@reports.abc123.us-east-1.rds.amazonaws.com:5432/rep?sslmode=require\n',
    });
    const r = checkOffline(dir);
    expect(proxyFindings(r).map((f) => f.file)).toEqual(['certs/rds.pem']);
    expect(r.rc).toBe(1);
  });

  it('Amazon Root CA 3 (EC P-256) alone does not verify the RSA ACM chain a proxy presents (Amazon Root CA 1)', () => {
    const dir = workspace({ 'certs/rds.pem': GLOBAL + ats(3), 'infra/proxy.tf': PROXY_TF });
    expect(proxyFindings(checkOffline(dir)).map((f) => f.file)).toEqual(['certs/rds.pem']);
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
    expect(proxyFindings(checkOffline(dir)).map((f) => f.file)).toEqual(['certs/rds.pem']);
  });

  it('an Amazon root downloaded to an unrelated file does not put it into the bundle the clients use', () => {
    const dir = workspace({
      Makefile:
        'certs:\n' +
        '\tcurl -fsSL -o certs/rds.pem https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem\n' +
        '\tcurl -fsSL -o /tmp/unrelated.pem https://www.amazontrust.com/repository/AmazonRootCA1.pem\n',
      'infra/proxy.tf': PROXY_TF,
    });
    expect(proxyFindings(checkOffline(dir)).map((f) => f.file)).toEqual(['Makefile']);
  });
});

describe('proxy-trust-missing: false failures and fixes that cannot work', () => {
  it('a proxy client using the system store (libpq sslrootcert=system) passes, and no unrelated bundle is blamed', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=system\n`,
    });
    expect(proxyFindings(checkOffline(dir))).toEqual([]);
  });

  it('a bundle whose only client names a direct database host (not a proxy) is not blamed for a proxy declared in IaC', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      'infra/proxy.tf': PROXY_TF,
      '.env':
        'DATABASE_URL=postgresql://u:p@orders.abc123.us-east-1.rds.amazonaws.com:5432/x?sslmode=verify-full&sslrootcert=certs/rds.pem\n',
    });
    expect(proxyFindings(checkOffline(dir))).toEqual([]);
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
    const [f] = proxyFindings(checkOffline(dir));
    expect(f.remediation).not.toMatch(/>> certs\/rds\.p7b/);
  });

  it('the fix for a ConfigMap does not append raw PEM after the YAML (which breaks the manifest)', () => {
    const indented = GLOBAL.replace(/^/gm, '    ').replace(/ +$/, '');
    const dir = workspace({
      'k8s/configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rds-ca\ndata:\n  rds.pem: |\n${indented}`,
      'infra/proxy.tf': PROXY_TF,
    });
    const [f] = proxyFindings(checkOffline(dir));
    expect(f.remediation).not.toMatch(/>> k8s\/configmap\.yaml/);
  });
});

describe('proxy-trust-missing: the fixes it gives are recognised', () => {
  const ROOT1 = 'https://www.amazontrust.com/repository/AmazonRootCA1.pem';
  const BUNDLE = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';

  it('its own fix (root 1 appended to the committed bundle in a Makefile) passes, with no download-not-judged notice', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      'infra/proxy.tf': PROXY_TF,
      Makefile: `certs:\n\tcurl -fsSL ${ROOT1} >> certs/rds.pem\n`,
    });
    const r = checkOffline(dir);
    expect(proxyFindings(r)).toEqual([]);
    expect(r.findings.filter((f) => f.rule === 'download-not-judged')).toEqual([]);
  });

  it('a downloaded bundle with root 1 appended, or concatenated with it, passes; root 3 appended does not', () => {
    const appended = `certs:\n\tcurl -fsSL -o certs/rds.pem ${BUNDLE}\n\tcurl -fsSL ${ROOT1} >> certs/rds.pem\n`;
    expect(proxyFindings(checkOffline(workspace({ Makefile: appended, 'infra/proxy.tf': PROXY_TF })))).toEqual([]);
    const cat = `certs:\n\tcurl -fsSL -o /tmp/g.pem ${BUNDLE}\n\tcurl -fsSL -o /tmp/AmazonRootCA1.pem ${ROOT1}\n\tcat /tmp/g.pem /tmp/AmazonRootCA1.pem > certs/rds.pem\n`;
    const catDir = workspace({ Makefile: cat, 'infra/proxy.tf': PROXY_TF, 'app/.env': 'PGSSLROOTCERT=certs/rds.pem\n' });
    expect(proxyFindings(checkOffline(catDir))).toEqual([]);
    const root3 = appended.replace('AmazonRootCA1', 'AmazonRootCA3');
    expect(proxyFindings(checkOffline(workspace({ Makefile: root3, 'infra/proxy.tf': PROXY_TF }))).map((f) => f.file)).toEqual([
      'Makefile',
    ]);
  });

  it('a proxy client naming a CA file outside the repository is left to client-ca-not-in-repository; no other bundle is blamed', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=/etc/ssl/certs/ca-certificates.crt\n`,
    });
    expect(proxyFindings(checkOffline(dir))).toEqual([]);
  });

  it('a ConfigMap fix names the key; a DER .p7b fix rebuilds it with openssl crl2pkcs7', () => {
    const indented = GLOBAL.replace(/^/gm, '    ').replace(/ +$/, '');
    const cm = workspace({
      'k8s/configmap.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rds-ca\ndata:\n  rds.pem: |\n${indented}`,
      'infra/proxy.tf': PROXY_TF,
    });
    expect(proxyFindings(checkOffline(cm))[0].remediation).toContain('`rds.pem`');
    const tmp = tempDir('r16-p7d-');
    const p7b = join(tmp, 'b.p7b');
    execFileSync('openssl', [
      'crl2pkcs7',
      '-nocrl',
      '-certfile',
      join(REPO, 'data', 'rds-ca', 'global-bundle.pem'),
      '-outform',
      'DER',
      '-out',
      p7b,
    ]);
    const [f] = proxyFindings(checkOffline(workspace({ 'certs/rds.p7b': readFileSync(p7b), 'infra/proxy.tf': PROXY_TF })));
    expect(f.remediation).toContain('openssl pkcs7 -inform DER -in certs/rds.p7b -print_certs');
    expect(f.remediation).toContain('-certfile AmazonRootCA1.pem -outform DER -out certs/rds.p7b');
  });
});

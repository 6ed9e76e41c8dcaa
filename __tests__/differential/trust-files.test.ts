/**
 * The gate reads what the client loads: for every fixture, the certificates the gate reads
 * equal what a reference reader loads from the same bytes. Oracles: Python's ssl (OpenSSL's
 * CA-file loader, as libpq, Node and the mysql clients use it) for PEM files and PEM text in
 * YAML and Python, node itself for JavaScript, keytool for Java truststores, openssl pkcs7 for
 * PKCS#7. Fixtures: variants made here from AWS's bundles, keytool-made stores, and real files
 * from public repositories (__tests__/fixtures/real-world/README.md).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { FileCertificates } from '../../src/certs/file-certificates.js';
import { readCertificates } from '../../src/certs/read.js';
import { catalog } from '../helpers/facts.js';
import { bundle, derOf, pemBlocks, pkcs7Of, REPO, tempDir } from '../helpers/workspace.js';

interface OracleResult {
  ok: boolean;
  x509?: number;
  ca?: string[];
  error?: string;
}

const dir = tempDir('rcg-diff-');
const REAL = join(REPO, '__tests__/fixtures/real-world');
const STORES = join(REPO, '__tests__/fixtures/truststores');

function oracle(items: Array<{ file: string; kind: 'pem' | 'k8s' | 'python' }>): Record<string, OracleResult> {
  const out = execFileSync('python3', [join(REPO, '__tests__/differential/oracle.py')], { input: JSON.stringify(items) });
  return JSON.parse(out.toString()) as Record<string, OracleResult>;
}

/** What the gate reads, in the oracle's terms: nothing when clients load nothing; CA fingerprints and the distinct count. */
function asLoaded(r: FileCertificates): OracleResult {
  if (!r.certificates.length && r.problem && ['not-loadable', 'unreadable', 'encrypted'].includes(r.problem.kind)) return { ok: false };
  const distinct = new Map(r.certificates.map((c) => [c.cert.sha256, c.cert]));
  return {
    ok: true,
    x509: distinct.size,
    ca: [...distinct.values()]
      .filter((c) => c.isCa)
      .map((c) => c.sha256)
      .sort(),
  };
}

const gate = (path: string, passwords = ['changeit', '']): Promise<FileCertificates> =>
  readCertificates(path, readFileSync(path), { passwords, known: (s) => catalog.bySha256(s) });

function write(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const useast1 = bundle('us-east-1-bundle.pem');
const global = bundle('global-bundle.pem');
const [root, rsa4096, ecc] = pemBlocks(useast1);

/** PEM files as clients are handed them, odd variants included. */
function pemVariants(): string[] {
  const bag = execFileSync('openssl', ['pkcs12', '-in', join(STORES, 'global-108.p12'), '-nokeys', '-passin', 'pass:changeit']).toString();
  return [
    write('global-bundle.pem', global),
    write('indented-first.pem', `  ${useast1}`),
    write('indented-tab.pem', `${root}\t${rsa4096}${ecc}`),
    write('crlf-bom.pem', `\uFEFF${useast1.replace(/\n/g, '\r\n')}`),
    write('bag-attributes.pem', bag),
    write('comments-between.pem', `# Amazon RDS us-east-1\n${root}\nsome text\n${rsa4096}\n${ecc}`),
    write('truncated.pem', `${root}${rsa4096.slice(0, 500)}`),
    write('not-base64.pem', `${root}-----BEGIN CERTIFICATE-----\nMIIB*not!base64\n-----END CERTIFICATE-----\n`),
    write('blank-line.pem', `${root.replace(/\n-----END/, '\n\n-----END')}${rsa4096}`),
    write('end-mismatch.pem', root.replace('-----END CERTIFICATE-----', '-----END X509 CRL-----')),
    write('text-after-begin.pem', `${root}${rsa4096.replace('-----BEGIN CERTIFICATE-----', '-----BEGIN CERTIFICATE----- rds')}`),
    write('pkcs7-armour.pem', pkcs7Of(useast1, 'PEM')),
    write('der-as.pem', derOf(root)),
    write('empty.pem', ''),
    write(
      'html.pem',
      `<!DOCTYPE html>\n<html><body><script type="application/json">{"payload":{"blob":{"rawLines":${JSON.stringify(useast1.split('\n'))}}}}</script></body></html>\n`,
    ),
    write(
      'cut-key-and-cert.pem',
      `-----BEGIN PRIVATE KEY-----\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\n-----END PRIVATE KEY-----\n${root}`,
    ),
    write(
      'key-and-cert.pem',
      `${execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']).toString()}${root}`,
    ),
    write('trusted-certificate.pem', execFileSync('openssl', ['x509', '-trustout', '-addtrust', 'serverAuth'], { input: root }).toString()),
    write(
      'not-a-key.pem',
      `${useast1}-----BEGIN PRIVATE KEY-----\n${derOf(root).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END PRIVATE KEY-----\n`,
    ),
    write('bom-after-end.pem', `${root}\uFEFF${rsa4096}${ecc}`),
    write('cr-inside-base64.pem', root.replace(/\n(?=[A-Za-z0-9+/]{64}\n)/, '\n\r')),
    write('trailing-nul.pem', `${useast1}\0`),
    write('indented-end.pem', `${root}${rsa4096.replace('-----END CERTIFICATE-----', '  -----END CERTIFICATE-----')}${ecc}`),
    write('folded-onto-one-line.pem', `${root.replace(/\n/g, ' ')}\n`),
  ];
}

function realWorld(extension: RegExp): string[] {
  return readdirSync(REAL)
    .filter((f) => extension.test(f))
    .map((f) => {
      const path = join(REAL, f);
      return f.endsWith('.gz') ? write(f.replace(/\.gz$/, ''), gunzipSync(readFileSync(path))) : path;
    });
}

describe('the gate reads what OpenSSL loads from PEM files', () => {
  const files = [...pemVariants(), ...realWorld(/\.(pem|crt|pem\.gz)$/)];
  const reference = oracle(files.map((file) => ({ file, kind: 'pem' as const })));

  it.each(files.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', async (_, file) => {
    expect(asLoaded(await gate(file))).toEqual(reference[file].ok ? reference[file] : { ok: false });
  });

  it('drops the indented us-east-1 RSA2048 root as OpenSSL does, and says why', async () => {
    const r = await gate(join(dir, 'indented-first.pem'));
    expect(r.certificates.map((c) => c.cert.subjectCn)).toEqual([
      'Amazon RDS us-east-1 Root CA RSA4096 G1',
      'Amazon RDS us-east-1 Root CA ECC384 G1',
    ]);
    expect(r.problem).toMatchObject({ kind: 'blocks-skipped', lines: [1] });
  });

  it('names an HTML page saved as a bundle for what it is', async () => {
    expect((await gate(join(dir, 'html.pem'))).problem).toMatchObject({
      kind: 'not-loadable',
      reason: expect.stringContaining('HTML page'),
    });
  });
});

describe('the gate reads what keytool lists from Java truststores', () => {
  /** One fingerprint per entry, as keytool lists a store: a trusted certificate, or a private key's own certificate. */
  function keytool(file: string, password?: string): string[] {
    const args = ['-list', '-keystore', file, ...(password === undefined ? [] : ['-storepass', password])];
    const out = execFileSync('keytool', args, { input: '\n', stdio: ['pipe', 'pipe', 'ignore'] }).toString();
    return [...out.matchAll(/\(SHA-256\): ([0-9A-F:]+)/g)].map((m) => m[1].replaceAll(':', '').toLowerCase()).sort();
  }
  const distinct = (r: FileCertificates): string[] => [...new Set(r.certificates.map((c) => c.cert.sha256))].sort();

  it.each([
    ['global-108.p12', 'changeit', 108],
    ['global-121.p12', 'changeit', 121],
    ['global-108.jks', 'changeit', 108],
    ['us-east-1-other.p12', 'comma,in-it', 3],
    ['avidere-liquibase-demo.rds-truststore.jks', 'storepass', 121],
    ['talkplayground-video-backend.rds-truststore.jks', 'playground', 30],
    ['akperrine-tax-prep.rds-truststore.jks', 'cowcustard', 30],
  ])('%s', async (name, password, count) => {
    const file = existsIn(name);
    const r = await gate(file, ['changeit', '', password]);
    expect(distinct(r)).toHaveLength(count);
    expect(distinct(r)).toEqual(keytool(file, password));
    expect(r.problem).toBeUndefined();
  });

  it('reads JKS and JCEKS trusted certificates without the password, as keytool lists them, and says integrity was not verified', async () => {
    for (const name of ['global-108.jks', 'us-east-1.jceks', 'ragini-hackathon.rds-truststore.jks']) {
      const file = existsIn(name);
      const r = await gate(file, ['wrong-password']);
      expect(distinct(r)).toEqual(keytool(file));
      expect(r.problem?.kind).toBe('integrity-unverified');
    }
  });

  it("trusts what Java trusts in a PKCS#12 made by openssl: nothing without keytool's mark, a key's own certificate", async () => {
    const bundleFile = write('useast1.pem', useast1);
    const plain = write(
      'openssl-nokeys.p12',
      execFileSync('openssl', ['pkcs12', '-export', '-nokeys', '-in', bundleFile, '-passout', 'pass:changeit']),
    );
    const r = await gate(plain);
    expect(distinct(r)).toEqual(keytool(plain, 'changeit'));
    expect(r.problem).toMatchObject({ kind: 'not-loadable', reason: expect.stringContaining('Java trusts none of its 3 certificate(s)') });
    const dirKey = tempDir('rcg-key-');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=client',
        '-keyout',
        join(dirKey, 'k.pem'),
        '-out',
        join(dirKey, 'c.pem'),
      ],
      { stdio: 'ignore' },
    );
    const withKey = write(
      'openssl-key.p12',
      execFileSync('openssl', [
        'pkcs12',
        '-export',
        '-inkey',
        join(dirKey, 'k.pem'),
        '-in',
        join(dirKey, 'c.pem'),
        '-certfile',
        bundleFile,
        '-passout',
        'pass:changeit',
      ]),
    );
    const k = await gate(withKey);
    expect(distinct(k)).toEqual(keytool(withKey, 'changeit'));
    expect(k.problem).toMatchObject({ kind: 'blocks-skipped', reason: expect.stringContaining('Java trusts 1 of its 4 certificate(s)') });
  });

  it('names a PKCS#12 whose password is not given, once', async () => {
    const r = await gate(join(STORES, 'us-east-1-other.p12'));
    expect(r.certificates).toEqual([]);
    expect(r.problem).toMatchObject({ kind: 'unreadable', reason: expect.stringContaining('none of the 2 password(s)') });
  });

  function existsIn(name: string): string {
    return readdirSync(STORES).includes(name) ? join(STORES, name) : join(REAL, name);
  }
});

describe('the gate reads what openssl pkcs7 prints from PKCS#7', () => {
  it.each([['DER'], ['PEM']] as const)('%s', async (form) => {
    const file = write(`global.${form}.p7b`, pkcs7Of(global, form));
    const printed = execFileSync('openssl', ['pkcs7', '-inform', form, '-print_certs', '-in', file]).toString();
    const reference = oracle([{ file: write(`printed.${form}.pem`, printed), kind: 'pem' }]);
    expect(asLoaded(await gate(file))).toEqual(Object.values(reference)[0]);
  });
});

describe('the gate reads what a Kubernetes manifest mounts and what code hands its TLS library', () => {
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  const manifests = [
    write(
      'secret.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: rds-ca\ntype: Opaque\ndata:\n  global-bundle.pem: ${b64(global)}\n`,
    ),
    write(
      'configmap-binary.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rds-ca\nbinaryData:\n  rds.pem: ${b64(bundle('rds-ca-2019-root.pem'))}\n`,
    ),
    write(
      'configmap-block.yaml',
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rds-ca\ndata:\n  rds.pem: |\n${useast1
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n')}\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: more\nstringData:\n  ca.crt: |\n${bundle('rds-ca-2019-root.pem')
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n')}\n`,
    ),
    ...realWorld(/\.ya?ml$/),
  ];
  const reference = oracle(manifests.map((file) => ({ file, kind: 'k8s' as const })));

  it.each(manifests.map((f) => [f.slice(f.lastIndexOf('/') + 1), f]))('%s', async (_, file) => {
    expect(asLoaded(await gate(file))).toEqual(reference[file]);
  });

  it("reads base64 in a ConfigMap's data as the text Kubernetes mounts (nothing loads), and a truststore from a Secret's data", async () => {
    const asText = await gate(
      write('configmap-base64-text.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  rds.pem: ${b64(useast1)}\n`),
    );
    expect(asText).toMatchObject({ certificates: [], problem: { kind: 'not-loadable', lines: [6] } });
    const store = readFileSync(join(STORES, 'us-east-1-other.p12'));
    const secret = write(
      'secret-truststore.yaml',
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\ndata:\n  truststore.p12: ${store.toString('base64')}\n`,
    );
    const r = await readCertificates(secret, readFileSync(secret), { passwords: ['comma,in-it'], known: (x) => catalog.bySha256(x) });
    expect(r.certificates.map((c) => c.cert.subjectCn).sort()).toEqual([
      'Amazon RDS us-east-1 Root CA ECC384 G1',
      'Amazon RDS us-east-1 Root CA RSA2048 G1',
      'Amazon RDS us-east-1 Root CA RSA4096 G1',
    ]);
  });

  it('reads PEM that JavaScript builds by concatenating literals, as node evaluates it', async () => {
    const profile = bundle('mysql-amazon-rds-profile.pem');
    const literals = pemBlocks(profile).map((b) =>
      b
        .trimEnd()
        .split('\n')
        .map((l) => `    '${l}\\n'`)
        .join('\n    + '),
    );
    const file = write(
      'ssl-profiles.cjs',
      `// Built-in SSL profiles, as a client library ships them.\nexports['Amazon RDS'] = {\n  ca: [\n${literals.join(',\n\n')}\n  ]\n};\n`,
    );
    const evaluated = execFileSync(process.execPath, [
      '-e',
      `process.stdout.write(require(${JSON.stringify(file)})['Amazon RDS'].ca.join(''))`,
    ]);
    const reference = oracle([{ file: write('evaluated.pem', evaluated), kind: 'pem' }]);
    const r = await gate(file);
    expect(asLoaded(r)).toEqual(Object.values(reference)[0]);
    expect(r.certificates.length).toBe(40);
    expect(r.certificates[0].line).toBe(4);
  });

  it('reads PEM in Python adjacent literals and triple-quoted strings, as Python evaluates it', async () => {
    const adjacent = root
      .trimEnd()
      .split('\n')
      .map((l) => `    "${l}\\n"`)
      .join('\n');
    const file = write('rds_ca.py', `import ssl\n\nCA = (\n${adjacent}\n) + """${rsa4096}"""\n`);
    const reference = oracle([{ file, kind: 'python' }]);
    expect(asLoaded(await gate(file))).toEqual(reference[file]);
    expect(reference[file].x509).toBe(2);
  });
});

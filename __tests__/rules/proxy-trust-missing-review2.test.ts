/**
 * The second adversarial review of proxy-trust-missing: each case a defect it found, now fixed (the built CLI on small repositories).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, bundle, workspace } from '../helpers/workspace.js';
import { checkOffline, proxyFindings } from '../helpers/cli-check.js';

const GLOBAL = bundle('global-bundle.pem');
const ROOT1_PEM = readFileSync(join(REPO, 'data', 'amazon-trust', 'AmazonRootCA1.pem'), 'utf8');
const HOST = 'app.proxy-abc123xyz.us-east-1.rds.amazonaws.com';
const DIRECT = 'orders.abc123.us-east-1.rds.amazonaws.com';
const ROOT1 = 'https://www.amazontrust.com/repository/AmazonRootCA1.pem';
const BUNDLE = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';
const files = (r: ReturnType<typeof checkOffline>) => proxyFindings(r).map((f) => f.file);

describe('proxy-trust-missing: false passes', () => {
  it('libpq sslmode=require with sslrootcert verifies like verify-ca (libpq docs): the proxy connection fails, the gate passes', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=require&sslrootcert=certs/rds.pem\n`,
    });
    const r = checkOffline(dir);
    expect(files(r)).toEqual(['certs/rds.pem']);
    expect(r.rc).toBe(1);
  });

  it("a non-verifying sslmode of another block in the same values file excuses the proxy's verify-full client", () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      'values.yaml': `database:\n  host: ${HOST}\n  sslmode: verify-full\n  sslrootcert: certs/rds.pem\ncache:\n  sslmode: require\n`,
    });
    expect(files(checkOffline(dir))).toEqual(['certs/rds.pem']);
  });

  it('a commented-out fix (the URL in a shell comment) counts as the root written into the bundle', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      'build.sh': `#!/bin/sh\nset -e\n# TODO(proxy): curl -fsSL ${ROOT1} >> certs/rds.pem\n`,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n`,
    });
    expect(files(checkOffline(dir))).toEqual(['certs/rds.pem']);
  });

  it('echoing the URL (text, not the certificate) into the bundle counts as the root written', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      Makefile: `certs:\n\techo '# proxies: ${ROOT1}' >> certs/rds.pem\n`,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n`,
    });
    expect(files(checkOffline(dir))).toEqual(['certs/rds.pem']);
  });

  it('the bundle a proxy client names is only an input of `cat rds.pem root1.pem > combined.pem`: it still lacks root 1', () => {
    const dir = workspace({
      Dockerfile:
        'FROM alpine\n' +
        `RUN curl -fsSL -o /certs/rds.pem ${BUNDLE}\n` +
        `RUN curl -fsSL -o /certs/root1.pem ${ROOT1}\n` +
        'RUN cat /certs/rds.pem /certs/root1.pem > /certs/combined.pem\n',
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=/certs/rds.pem\n`,
    });
    expect(files(checkOffline(dir))).toEqual(['Dockerfile']);
  });

  it('`cat AmazonRootCA1.pem > certs/rds.pem` overwrites the bundle: direct connections lose every RDS root and the gate passes', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      Makefile: `certs:\n\tcurl -fsSL -o /tmp/AmazonRootCA1.pem ${ROOT1}\n\tcat /tmp/AmazonRootCA1.pem > certs/rds.pem\n`,
      '.env':
        `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n` +
        `DIRECT_URL=postgresql://u:p@${DIRECT}:5432/x?sslmode=verify-full&sslrootcert=certs/rds.pem\n`,
    });
    const r = checkOffline(dir);
    // Whatever the rule: after the build certs/rds.pem holds only Amazon Root CA 1, so the run must not pass.
    expect(r.findings.filter((f) => f.severity === 'error')).not.toEqual([]);
  });

  it('an upper-case proxy host (DNS is case-insensitive) is not seen', () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST.toUpperCase()}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n`,
    });
    expect(files(checkOffline(dir))).toEqual(['certs/rds.pem']);
  });
});

describe('proxy-trust-missing: false failures', () => {
  it("root 1 saved with curl's combined `-fsSLo FILE` and appended with cat >> is not recognised", () => {
    const dir = workspace({
      Dockerfile:
        'FROM alpine\n' +
        `RUN curl -fsSLo /certs/rds.pem ${BUNDLE}\n` +
        `RUN curl -fsSLo /tmp/root1.pem ${ROOT1} && cat /tmp/root1.pem >> /certs/rds.pem\n`,
      '.env': `DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=/certs/rds.pem\n`,
    });
    expect(proxyFindings(checkOffline(dir))).toEqual([]);
  });

  it("docker-compose: the direct service's RDS bundle is blamed for the proxy service beside it (which has its own bundle with root 1)", () => {
    const dir = workspace({
      'certs/rds.pem': GLOBAL,
      'certs/proxy.pem': GLOBAL + ROOT1_PEM,
      'docker-compose.yml':
        'services:\n  app:\n    environment:\n' +
        `      - PGHOST=${HOST}\n      - PGSSLMODE=verify-full\n      - PGSSLROOTCERT=/srv/certs/proxy.pem\n` +
        '  reports:\n    environment:\n' +
        `      - PGHOST=${DIRECT}\n      - PGSSLMODE=verify-full\n      - PGSSLROOTCERT=/srv/certs/rds.pem\n`,
    });
    expect(proxyFindings(checkOffline(dir))).toEqual([]);
  });
});

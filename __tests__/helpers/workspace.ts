/** Temporary workspaces and real certificate material made with openssl and keytool. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const REPO = process.cwd();
export const DATA = join(REPO, 'data', 'rds-ca');

export function bundle(name: string): string {
  return readFileSync(join(DATA, name), 'utf8');
}

/** The PEM blocks of a bundle, in order. */
export function pemBlocks(text: string): string[] {
  return text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\r?\n?/g) ?? [];
}

export function tempDir(prefix = 'rcg-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A workspace with the given files (string or bytes), optionally a git checkout. */
export function workspace(files: Record<string, string | Uint8Array>, options: { git?: boolean } = {}): string {
  const root = tempDir('rcg-ws-');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  if (options.git) {
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'add', '-A']);
  }
  return root;
}

export const US_EAST_1_RSA2048_SUBJECT =
  '/C=US/O=Amazon Web Services, Inc./OU=Amazon RDS/ST=WA/CN=Amazon RDS us-east-1 Root CA RSA2048 G1/L=Seattle';

/** A self-signed CA certificate made by openssl (PEM). */
export function selfSignedCa(subject: string, options: { days?: number; serial?: string; key?: 'rsa' | 'ec' } = {}): string {
  const dir = tempDir('rcg-ca-');
  const key = join(dir, 'key.pem');
  if (options.key === 'ec') execFileSync('openssl', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', key]);
  else execFileSync('openssl', ['genrsa', '-out', key, '2048'], { stdio: 'ignore' });
  const args = [
    'req',
    '-x509',
    '-new',
    '-key',
    key,
    '-subj',
    subject,
    '-days',
    String(options.days ?? 3650),
    '-out',
    join(dir, 'ca.pem'),
    '-addext',
    'basicConstraints=critical,CA:TRUE',
  ];
  if (options.serial) args.push('-set_serial', `0x${options.serial}`);
  execFileSync('openssl', args, { stdio: 'ignore' });
  return readFileSync(join(dir, 'ca.pem'), 'utf8');
}

export function derOf(pem: string): Buffer {
  return Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64');
}

/** A PKCS#7 (.p7b, DER) of the certificates in a PEM text, made by openssl. */
export function pkcs7Of(pem: string, form: 'DER' | 'PEM' = 'DER'): Buffer {
  const dir = tempDir('rcg-p7-');
  writeFileSync(join(dir, 'in.pem'), pem);
  execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', join(dir, 'in.pem'), '-outform', form, '-out', join(dir, 'out.p7b')]);
  return readFileSync(join(dir, 'out.p7b'));
}

/** A Java truststore (JKS or PKCS#12) holding each certificate of a PEM text, made by keytool. */
export function truststoreOf(pem: string, type: 'JKS' | 'PKCS12', password = 'changeit'): Buffer {
  const dir = tempDir('rcg-ks-');
  const store = join(dir, 'store');
  pemBlocks(pem).forEach((block, i) => {
    writeFileSync(join(dir, `c${i}.pem`), block);
    execFileSync(
      'keytool',
      [
        '-importcert',
        '-noprompt',
        '-alias',
        `c${i}`,
        '-file',
        join(dir, `c${i}.pem`),
        '-keystore',
        store,
        '-storepass',
        password,
        '-storetype',
        type,
      ],
      { stdio: 'ignore' },
    );
  });
  return readFileSync(store);
}

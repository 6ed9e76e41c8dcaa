/**
 * Real PostgreSQL and MariaDB servers on loopback with TLS, and the certificate chains they
 * present, made with openssl the way RDS does it: root → intermediate → server, the server
 * sending its leaf and the intermediate. Used by the probe tests and `npm run servers`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { join } from 'node:path';

const openssl = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });

export interface Chain {
  dir: string;
  /** The bundle clients use: the root alone. */
  rootPem: string;
  /** Leaf + intermediate, as the server sends them, and the leaf's key. */
  good: { cert: string; key: string };
  expired: { cert: string; key: string };
}

export function makeChain(dir: string): Chain {
  mkdirSync(dir, { recursive: true });
  const ca = (name: string, subject: string, signer?: string) => {
    openssl(['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-subj', subject, '-out', `${name}.csr`], dir);
    writeFileSync(join(dir, `${name}.ext`), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n');
    const sign = signer ? ['-CA', `${signer}.crt`, '-CAkey', `${signer}.key`, '-CAcreateserial'] : ['-signkey', `${name}.key`];
    openssl(['x509', '-req', '-in', `${name}.csr`, ...sign, '-days', '3650', '-extfile', `${name}.ext`, '-out', `${name}.crt`], dir);
  };
  ca('root', '/CN=Probe Test Root CA');
  ca('intermediate', '/CN=Probe Test Subordinate CA', 'root');
  // The expired leaf comes from `openssl ca`, the only way openssl 3.0 sets dates in the past.
  writeFileSync(
    join(dir, 'leaf.ext'),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost\n',
  );
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'leaf.srl'), '1000\n');
  writeFileSync(join(dir, 'index.txt.attr'), 'unique_subject = no\n');
  writeFileSync(
    join(dir, 'ca.cnf'),
    `[ca]\ndefault_ca=d\n[d]\ndir=${dir}\ndatabase=${dir}/index.txt\nnew_certs_dir=${dir}\nserial=${dir}/leaf.srl\ndefault_md=sha256\npolicy=p\ncopy_extensions=none\n[p]\ncommonName=supplied\n`,
  );
  const leaf = (name: string, dates: string[]) => {
    openssl(
      ['req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', `${name}.key`, '-subj', '/CN=localhost', '-out', `${name}.csr`],
      dir,
    );
    openssl(
      [
        'ca',
        '-batch',
        '-config',
        'ca.cnf',
        '-cert',
        'intermediate.crt',
        '-keyfile',
        'intermediate.key',
        '-in',
        `${name}.csr`,
        '-extfile',
        'leaf.ext',
        ...dates,
        '-out',
        `${name}.crt`,
        '-notext',
      ],
      dir,
    );
    writeFileSync(
      join(dir, `${name}-chain.crt`),
      readFileSync(join(dir, `${name}.crt`), 'utf8') + readFileSync(join(dir, 'intermediate.crt'), 'utf8'),
    );
    return { cert: join(dir, `${name}-chain.crt`), key: join(dir, `${name}.key`) };
  };
  const good = leaf('server', ['-days', '825']);
  const expired = leaf('expired', ['-startdate', '20200101000000Z', '-enddate', '20210101000000Z']);
  return { dir, rootPem: readFileSync(join(dir, 'root.crt'), 'utf8'), good, expired };
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, what: string, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited (${child.exitCode}): ${log()}`);
    const open = await new Promise<boolean>((r) => {
      const s = connect(port, '127.0.0.1');
      s.once('connect', () => {
        s.destroy();
        r(true);
      });
      s.once('error', () => r(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not listen on ${port} within 30 s: ${log()}`);
}

export interface RunningServer {
  port: number;
  stop(): Promise<void>;
}

function pgBin(name: string): string {
  for (const dir of ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'])
    if (existsSync(join(dir, name))) return join(dir, name);
  return name;
}

const asPostgres = (args: string[]) =>
  (process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)]) as [string, string[]];

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
}

/** PostgreSQL with TLS and trust authentication on 127.0.0.1, run as the postgres user when root. */
export async function startPostgres(dir: string, tls: { cert: string; key: string }): Promise<RunningServer> {
  mkdirSync(dir, { recursive: true });
  const cert = join(dir, 'server.crt');
  const key = join(dir, 'server.key');
  writeFileSync(cert, readFileSync(tls.cert));
  writeFileSync(key, readFileSync(tls.key));
  chmodSync(key, 0o600);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    for (const p of [dir, cert, key]) chownSync(p, uid, gid);
  }
  const data = join(dir, 'data');
  const [cmd, args] = asPostgres([pgBin('initdb'), '-D', data, '-A', 'trust', '-U', 'postgres']);
  execFileSync(cmd, args, { stdio: 'ignore' });
  const port = await freePort();
  const [pcmd, pargs] = asPostgres([
    pgBin('postgres'),
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'ssl=on',
    '-c',
    `ssl_cert_file=${cert}`,
    '-c',
    `ssl_key_file=${key}`,
  ]);
  let log = '';
  const child = spawn(pcmd, pargs, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stderr?.on('data', (d) => (log += d));
  await waitForPort(port, child, 'postgres', () => log);
  return { port, stop: stopper(child) };
}

/** MariaDB with TLS on 127.0.0.1; any user logs in (no grant tables): the tests only check the handshake. */
export async function startMariadb(dir: string, tls: { cert: string; key: string }): Promise<RunningServer> {
  mkdirSync(dir, { recursive: true });
  const data = join(dir, 'data');
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
    { stdio: 'ignore' },
  );
  const port = await freePort();
  let log = '';
  const child = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${data}`,
      '--user=root',
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${join(dir, 'sock')}`,
      `--pid-file=${join(dir, 'pid')}`,
      `--ssl-cert=${tls.cert}`,
      `--ssl-key=${tls.key}`,
      '--skip-grant-tables',
      '--skip-log-error',
      '--innodb-buffer-pool-size=16M',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr?.on('data', (d) => (log += d));
  await waitForPort(port, child, 'mariadbd', () => log);
  return { port, stop: stopper(child) };
}

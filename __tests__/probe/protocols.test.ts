import { createServer, type Server } from 'node:net';
import { probe } from '../../src/probe/probe.js';
import { parseProbeTarget } from '../../src/probe/probe-all.js';

async function serve(onConnection: (socket: import('node:net').Socket) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(onConnection);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as { port: number }).port };
}

describe('parseProbeTarget', () => {
  it('reads postgres, mysql and tls URLs with default ports', () => {
    expect(parseProbeTarget('postgres://db.example.com')).toEqual({
      name: 'postgres://db.example.com',
      protocol: 'postgres',
      host: 'db.example.com',
      port: 5432,
    });
    expect(parseProbeTarget('mariadb://10.0.0.5:3307')).toMatchObject({ protocol: 'mysql', port: 3307 });
    expect(parseProbeTarget('tls://docs.cluster:27017')).toMatchObject({ protocol: 'tls' });
  });

  it('refuses SQL Server, unknown schemes, credentials and non-URLs with the reason', () => {
    expect(parseProbeTarget('sqlserver://x:1433')).toMatch(/SQL Server probes are not supported/);
    expect(parseProbeTarget('redis://x:6379')).toMatch(/scheme redis:; accepted/);
    expect(parseProbeTarget('postgres://admin:secret@x:5432')).toMatch(/carries credentials/);
    expect(parseProbeTarget('db.example.com')).toMatch(/is not a URL/);
  });
});

describe('servers that do not offer TLS', () => {
  it('PostgreSQL answering N to SSLRequest is no-tls, having sent nothing but the 8-byte request', async () => {
    const received: Buffer[] = [];
    const { server, port } = await serve((s) =>
      s.on('data', (d) => {
        received.push(d);
        s.end('N');
      }),
    );
    const r = await probe({ name: 'pg', protocol: 'postgres', host: '127.0.0.1', port }, 'b.pem', '', 2000);
    server.close();
    expect(r).toMatchObject({ outcome: 'no-tls', reason: 'the server does not accept TLS (answered N to SSLRequest)' });
    expect(Buffer.concat(received)).toEqual(Buffer.from([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f]));
  });

  it('a MySQL greeting without CLIENT_SSL is no-tls, naming the server version', async () => {
    const greeting = Buffer.concat([
      Buffer.from([10]),
      Buffer.from('5.5.5-old\0'),
      Buffer.alloc(4),
      Buffer.alloc(8),
      Buffer.from([0]),
      Buffer.from([0xff, 0xf7]),
      Buffer.alloc(16),
    ]);
    const packet = Buffer.concat([Buffer.from([greeting.length, 0, 0, 0]), greeting]);
    const { server, port } = await serve((s) => s.write(packet));
    const r = await probe({ name: 'my', protocol: 'mysql', host: '127.0.0.1', port }, 'b.pem', '', 2000);
    server.close();
    expect(r).toMatchObject({ outcome: 'no-tls', reason: 'the server (5.5.5-old) does not offer TLS' });
  });

  it('a server that never answers counts as unreachable after the timeout, without hanging', async () => {
    const { server, port } = await serve(() => undefined);
    const start = Date.now();
    const r = await probe({ name: 'silent', protocol: 'postgres', host: '127.0.0.1', port }, 'b.pem', '', 1000);
    server.close();
    expect(r.outcome).toBe('unreachable');
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

/**
 * Each protocol's own way into TLS, up to the handshake and no further: no credentials are
 * ever sent and no session is ever opened.
 *   PostgreSQL: the SSLRequest message; the server answers 'S' and TLS starts.
 *   MySQL / MariaDB / Aurora MySQL: read the server greeting, check CLIENT_SSL, send the SSL
 *   request packet (capabilities only), then TLS.
 *   Direct TLS (DocumentDB): TLS from the first byte.
 */
import type { Socket } from 'node:net';
import type { Protocol } from '../config.js';

/** Reads exactly n bytes (or throws when the peer closes first). */
export function readBytes(socket: Socket, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let got = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      got = Buffer.concat([got, chunk]);
      if (got.length >= n) {
        cleanup();
        if (got.length > n) socket.unshift(got.subarray(n));
        resolve(got.subarray(0, n));
      }
    };
    const onEnd = () => {
      cleanup();
      reject(new Error(`the server closed the connection after ${got.length} of ${n} bytes`));
    };
    const onError = (e: Error) => {
      cleanup();
      reject(e);
    };
    const cleanup = () => {
      socket.off('data', onData);
      socket.off('end', onEnd);
      socket.off('error', onError);
      socket.pause();
    };
    socket.on('data', onData);
    socket.once('end', onEnd);
    socket.once('error', onError);
    socket.resume();
  });
}

const SSL_REQUEST_CODE = 80877103;

async function postgres(socket: Socket): Promise<void> {
  const request = Buffer.alloc(8);
  request.writeInt32BE(8, 0);
  request.writeInt32BE(SSL_REQUEST_CODE, 4);
  socket.write(request);
  const answer = (await readBytes(socket, 1)).toString('latin1');
  if (answer !== 'S')
    throw new TlsRefusedError(
      answer === 'N'
        ? 'the server does not accept TLS (answered N to SSLRequest)'
        : `unexpected answer "${answer}" to SSLRequest: is this PostgreSQL?`,
    );
}

const CLIENT_PROTOCOL_41 = 0x200;
const CLIENT_SSL = 0x800;
const CLIENT_SECURE_CONNECTION = 0x8000;
const CLIENT_LONG_PASSWORD = 0x1;

async function mysql(socket: Socket): Promise<void> {
  const header = await readBytes(socket, 4);
  const length = header.readUIntLE(0, 3);
  const greeting = await readBytes(socket, length);
  if (greeting[0] === 0xff) throw new TlsRefusedError(`the server refused the connection: ${greeting.subarray(3).toString('utf8')}`);
  if (greeting[0] !== 10) throw new TlsRefusedError(`unexpected greeting (protocol ${greeting[0]}): is this MySQL or MariaDB?`);
  // protocol(1) version\0 thread-id(4) auth-data-1(8) filler(1) capabilities-low(2)
  const versionEnd = greeting.indexOf(0, 1);
  const capabilities = greeting.readUInt16LE(versionEnd + 1 + 4 + 8 + 1);
  if (!(capabilities & CLIENT_SSL))
    throw new TlsRefusedError(`the server (${greeting.subarray(1, versionEnd).toString('latin1')}) does not offer TLS`);
  const packet = Buffer.alloc(4 + 32);
  packet.writeUIntLE(32, 0, 3);
  packet[3] = header[3] + 1; // sequence id
  packet.writeUInt32LE(CLIENT_LONG_PASSWORD | CLIENT_PROTOCOL_41 | CLIENT_SSL | CLIENT_SECURE_CONNECTION, 4);
  packet.writeUInt32LE(16 * 1024 * 1024, 8); // max packet size
  packet[12] = 45; // utf8mb4_general_ci; 23 zero bytes follow
  socket.write(packet);
}

export class TlsRefusedError extends Error {
  override name = 'TlsRefusedError';
}

/** Brings a connected socket to the point where the TLS handshake starts. */
export async function startTls(protocol: Protocol, socket: Socket): Promise<void> {
  if (protocol === 'postgres') await postgres(socket);
  else if (protocol === 'mysql') await mysql(socket);
}

/** Which protocol an RDS engine speaks; undefined where the gate cannot probe it. */
export function protocolOf(engine: string): Protocol | undefined {
  if (engine === 'postgres' || engine === 'aurora-postgresql') return 'postgres';
  if (engine === 'mysql' || engine === 'mariadb' || engine === 'aurora-mysql' || engine === 'aurora') return 'mysql';
  if (engine === 'docdb') return 'tls';
  return undefined;
}

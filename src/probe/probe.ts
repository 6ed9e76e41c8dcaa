/**
 * The live handshake: connect, upgrade to TLS the protocol's own way, then judge the chain the
 * server presents and its host name against a bundle, as `sslmode=verify-full` or
 * `--ssl-verify-server-cert` would. One connection per (target, bundle).
 */
import { connect as tcpConnect, isIP, type Socket } from 'node:net';
import { checkServerIdentity, connect as tlsConnect, type PeerCertificate, type DetailedPeerCertificate } from 'node:tls';
import { startTls, TlsRefusedError } from './protocols.js';
import type { ProbeTarget } from '../config.js';
import type { PresentedCertificate, ProbeResult } from '../model/probe.js';

const REASONS: Record<string, string> = {
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "unknown issuer: the bundle does not hold the root that signed the server's chain",
  UNABLE_TO_GET_ISSUER_CERT: "unknown issuer: the bundle does not hold the root that signed the server's chain",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "unknown issuer: the bundle does not hold the root that signed the server's chain",
  SELF_SIGNED_CERT_IN_CHAIN: 'unknown issuer: the chain ends in a root the bundle does not hold',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the server presents a self-signed certificate the bundle does not hold',
  CERT_HAS_EXPIRED: 'expired: a certificate in the presented chain has expired',
  CERT_NOT_YET_VALID: 'not yet valid: a certificate in the presented chain is not valid yet',
  ERR_TLS_CERT_ALTNAME_INVALID: 'host-name mismatch',
};

function name(dn: PeerCertificate['subject'] | undefined): string {
  return dn
    ? Object.entries(dn)
        .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`)
        .join(', ')
    : '?';
}

function chainOf(cert: DetailedPeerCertificate): PresentedCertificate[] {
  const out: PresentedCertificate[] = [];
  const seen = new Set<string>();
  for (let c: DetailedPeerCertificate | undefined = cert; c && c.fingerprint256 && !seen.has(c.fingerprint256); c = c.issuerCertificate) {
    seen.add(c.fingerprint256);
    out.push({ subject: name(c.subject), issuer: name(c.issuer), validTo: new Date(c.valid_to).toISOString().slice(0, 10) });
  }
  return out;
}

function tcp(target: ProbeTarget, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = tcpConnect({ host: target.host, port: target.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new Error(e.code ? `${e.code}: ${e.message}` : e.message));
    });
  });
}

/** The SNI name for a host: none for an IPv4 or IPv6 literal (RFC 6066 allows host names only). */
export function serverNameFor(host: string): string | undefined {
  return isIP(host) ? undefined : host;
}

/** Probes one target against one bundle (PEM text). Never throws; never sends credentials. */
export async function probe(target: ProbeTarget, bundleName: string, bundlePem: string, timeoutMs: number): Promise<ProbeResult> {
  let socket: Socket;
  try {
    socket = await tcp(target, timeoutMs);
  } catch (error) {
    return { target, bundle: bundleName, outcome: 'unreachable', reason: (error as Error).message };
  }
  const deadline = setTimeout(() => socket.destroy(new Error(`the TLS upgrade did not finish within ${timeoutMs / 1000} s`)), timeoutMs);
  try {
    await startTls(target.protocol, socket);
    const tls = await new Promise<ReturnType<typeof tlsConnect>>((resolve, reject) => {
      const s = tlsConnect({ socket, ca: bundlePem, servername: serverNameFor(target.host), rejectUnauthorized: false }, () => resolve(s));
      s.once('error', reject);
    });
    const peer = tls.getPeerCertificate(true);
    const chain = chainOf(peer);
    const hostError = tls.authorized ? checkServerIdentity(target.host, peer) : undefined;
    tls.destroy();
    if (!tls.authorized) {
      const code = String(tls.authorizationError);
      return { target, bundle: bundleName, outcome: 'rejected', code, reason: REASONS[code] ?? code, chain };
    }
    if (hostError)
      return {
        target,
        bundle: bundleName,
        outcome: 'rejected',
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
        reason: `${REASONS.ERR_TLS_CERT_ALTNAME_INVALID}: ${hostError.message}`,
        chain,
      };
    return { target, bundle: bundleName, outcome: 'verified', chain };
  } catch (error) {
    socket.destroy();
    if (error instanceof TlsRefusedError) return { target, bundle: bundleName, outcome: 'no-tls', reason: error.message };
    return { target, bundle: bundleName, outcome: 'unreachable', reason: `the TLS upgrade failed: ${(error as Error).message}` };
  } finally {
    clearTimeout(deadline);
  }
}

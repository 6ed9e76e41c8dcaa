/**
 * The Amazon Trust Services roots: what RDS Proxy endpoints chain to (their certificates come from
 * AWS Certificate Manager), kept apart from the RDS catalog. A hand-checked table: data/amazon-trust/
 * holds the certificates and their provenance, and a test holds this table to them with openssl.
 *
 * A certificate with a root's subject is that root when it has the root's key (Amazon Trust Services
 * cross-signs each root: same subject and key, another issuer), and a look-alike otherwise.
 */
import type { Certificate } from '../certs/certificate.js';

export interface AmazonTrustRoot {
  /** `Amazon Root CA 1` … `Amazon Root CA 4`. */
  name: string;
  /** Where Amazon Trust Services publishes it. */
  url: string;
  /** Distinguished name as node prints it (one `KEY=value` a line). */
  subject: string;
  /** SHA-256 of the self-signed certificate (DER). */
  sha256: string;
  /** SHA-256 of the SubjectPublicKeyInfo, as https://www.amazontrust.com/repository/ publishes it. */
  spkiSha256: string;
  notAfter: string;
}

const REPOSITORY = 'https://www.amazontrust.com/repository';

const root = (n: number, sha256: string, spkiSha256: string, notAfter: string): AmazonTrustRoot => ({
  name: `Amazon Root CA ${n}`,
  url: `${REPOSITORY}/AmazonRootCA${n}.pem`,
  subject: `C=US\nO=Amazon\nCN=Amazon Root CA ${n}`,
  sha256,
  spkiSha256,
  notAfter,
});

export const AMAZON_TRUST_ROOTS: readonly AmazonTrustRoot[] = [
  root(
    1,
    '8ecde6884f3d87b1125ba31ac3fcb13d7016de7f57cc904fe1cb97c6ae98196e',
    'fbe3018031f9586bcbf41727e417b7d1c45c2f47f93be372a17b96b50757d5a2',
    '2038-01-17T00:00:00Z',
  ),
  root(
    2,
    '1ba5b2aa8c65401a82960118f80bec4f62304d83cec4713a19c39c011ea46db4',
    '7f4296fc5b6a4e3b35d3c369623e364ab1af381d8fa7121533c9d6c633ea2461',
    '2040-05-26T00:00:00Z',
  ),
  root(
    3,
    '18ce6cfe7bf14e60b2e347b8dfe868cb31d02ebb3ada271569f50343b46db3a4',
    '36abc32656acfc645c61b71613c4bf21c787f5cabbee48348d58597803d7abc9',
    '2040-05-26T00:00:00Z',
  ),
  root(
    4,
    'e35d28419ed02025cfa69038cd623962458da5c695fbdea3c22b0bfb25897092',
    'f7ecded5c66047d28ed6466b543c40e0743abe81d109254dcf845d4c2c7853c5',
    '2040-05-26T00:00:00Z',
  ),
];

/** The root clients of RDS Proxy are told to add (RSA 2048, the one ACM's RSA certificates chain to). */
export const AMAZON_ROOT_CA_1 = AMAZON_TRUST_ROOTS[0];

export type AmazonTrustClassification = { kind: 'genuine'; root: AmazonTrustRoot } | { kind: 'lookalike'; imitates: AmazonTrustRoot };

/** Whether a certificate is an Amazon Trust Services root, a look-alike of one, or neither (undefined). */
export function amazonTrustRootOf(cert: Pick<Certificate, 'sha256' | 'subject' | 'spkiSha256'>): AmazonTrustClassification | undefined {
  const bySha = AMAZON_TRUST_ROOTS.find((r) => r.sha256 === cert.sha256);
  if (bySha) return { kind: 'genuine', root: bySha };
  const bySubject = AMAZON_TRUST_ROOTS.find((r) => r.subject === cert.subject);
  if (!bySubject) return undefined;
  return cert.spkiSha256 === bySubject.spkiSha256 ? { kind: 'genuine', root: bySubject } : { kind: 'lookalike', imitates: bySubject };
}

/**
 * Whether a set of certificate fingerprints lets OpenSSL-based clients (libpq, mysql/mariadb)
 * verify an RDS Proxy: the proxy's ACM certificate is RSA 2048 and chains to Amazon Root CA 1, and
 * those clients need it as a self-signed anchor. Roots 2–4 do not verify that chain, and a
 * cross-signed copy of root 1 (same key, another issuer) is genuine but no anchor without -partial_chain.
 */
export function anchorsProxies(fingerprints: ReadonlySet<string>): boolean {
  return fingerprints.has(AMAZON_ROOT_CA_1.sha256);
}

/** Where Amazon Trust Services publishes a root: group 1 is its number, group 2 `pem` or `cer` (DER). */
export const AMAZON_TRUST_URL = /https?:\/\/www\.amazontrust\.com\/repository\/AmazonRootCA([1-4])\.(pem|cer)\b/;

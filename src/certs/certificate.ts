import { createHash, X509Certificate } from 'node:crypto';

/** One decoded X.509 certificate, reduced to the plain facts the rules need. */
export interface Certificate {
  sha256: string;
  sha1: string;
  /** Distinguished name, one `KEY=value` per line, as node prints it. */
  subject: string;
  subjectCn: string;
  subjectOu?: string;
  issuerCn: string;
  notBefore: string;
  notAfter: string;
  isCa: boolean;
  keyType: string;
  /** SHA-256 of the SubjectPublicKeyInfo (DER): what a root's cross-signed copies share with it. */
  spkiSha256?: string;
}

function attribute(dn: string, key: string): string | undefined {
  for (const line of dn.split('\n')) {
    if (line.startsWith(`${key}=`)) return line.slice(key.length + 1);
  }
  return undefined;
}

function iso(date: string): string {
  return new Date(date).toISOString().replace('.000Z', 'Z');
}

/** Decodes DER with node's X509Certificate. Throws on bytes that are not a certificate. */
export function certificateFromDer(der: Uint8Array): Certificate {
  const x = new X509Certificate(der);
  return {
    sha256: x.fingerprint256.replaceAll(':', '').toLowerCase(),
    sha1: x.fingerprint.replaceAll(':', '').toLowerCase(),
    subject: x.subject,
    subjectCn: attribute(x.subject, 'CN') ?? '',
    subjectOu: attribute(x.subject, 'OU'),
    issuerCn: attribute(x.issuer, 'CN') ?? '',
    notBefore: iso(x.validFrom),
    notAfter: iso(x.validTo),
    isCa: x.ca,
    keyType: x.publicKey.asymmetricKeyType ?? 'unknown',
    spkiSha256: createHash('sha256')
      .update(x.publicKey.export({ type: 'spki', format: 'der' }))
      .digest('hex'),
  };
}

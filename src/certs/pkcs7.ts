/** The certificates of a PKCS#7 / CMS SignedData (`.p7b`, as AWS publishes its bundles). */
import { children, der, isContextTag, oid, parseBer } from './asn1.js';

const SIGNED_DATA = '1.2.840.113549.1.7.2';

/** Certificates of a PKCS#7 SignedData structure (DER), in order. Throws if it is not one. */
export function certificatesFromPkcs7(bytes: Uint8Array): Uint8Array[] {
  const [type, content] = children(parseBer(bytes, 'PKCS#7'));
  if (oid(type) !== SIGNED_DATA) throw new Error(`PKCS#7 content type ${oid(type) ?? 'unknown'} is not SignedData`);
  // SignedData ::= SEQUENCE { version, digestAlgorithms, encapContentInfo, certificates [0] IMPLICIT SET OF … }
  const certificates = children(children(content)[0]).find((n) => isContextTag(n, 0));
  return children(certificates).map(der);
}

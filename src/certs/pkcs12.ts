/**
 * PKCS#12 stores as keytool and openssl write them (RFC 7292): the MAC checked with the
 * password, each SafeContents read, plain or password-encrypted (pkcs12-crypto.ts), and the
 * X.509 certificates of its certificate bags taken as they stand.
 */
import { children, der, octets, oid, parseBer, type Node } from './asn1.js';
import { decrypt, verifyMac } from './pkcs12-crypto.js';
import { UnsupportedStoreError, WrongPasswordError, type StoreCertificates } from './store.js';

const DATA = '1.2.840.113549.1.7.1';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const SAFE_CONTENTS_BAG = '1.2.840.113549.1.12.10.1.6';
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
const KEY_BAGS = new Set(['1.2.840.113549.1.12.10.1.1', '1.2.840.113549.1.12.10.1.2']);
/** Oracle's trusted key usage attribute: keytool -importcert marks each trusted certificate with it. */
const TRUSTED_KEY_USAGE = '2.16.840.1.113894.746875.1.1';
const LOCAL_KEY_ID = '1.2.840.113549.1.9.21';

interface Bag {
  certificate?: Uint8Array;
  isKey: boolean;
  trusted: boolean;
  localKeyId?: string;
}

/** The bags of a SafeContents (SEQUENCE OF SafeBag), nested SafeContents included. */
function bagsOf(bytes: Uint8Array): Bag[] {
  const out: Bag[] = [];
  for (const bag of children(parseBer(bytes, 'PKCS#12 safe contents'))) {
    const [bagId, bagValue, attributes] = children(bag);
    const value = children(bagValue)[0];
    if (oid(bagId) === SAFE_CONTENTS_BAG && value) {
      out.push(...bagsOf(der(value)));
      continue;
    }
    // PKCS12Attribute ::= SEQUENCE { attrId OID, attrValues SET }
    const attribute = (id: string): Node | undefined => children(attributes).find((a) => oid(children(a)[0]) === id);
    const keyId = attribute(LOCAL_KEY_ID);
    const entry: Bag = { isKey: KEY_BAGS.has(oid(bagId) ?? ''), trusted: attribute(TRUSTED_KEY_USAGE) !== undefined };
    if (keyId) entry.localKeyId = Buffer.from(der(children(keyId)[1])).toString('hex');
    if (oid(bagId) === CERT_BAG) {
      const [certId, certValue] = children(value);
      if (oid(certId) === X509_CERTIFICATE) entry.certificate = new Uint8Array(octets(children(certValue)[0]));
    }
    out.push(entry);
  }
  return out;
}

/**
 * The certificates of a PKCS#12 store as Java's keystore loads them: those keytool marked as
 * trusted, and each private key's own certificate (a trust manager trusts it too). Others
 * (the rest of a key's chain, certificates openssl pkcs12 -export wrote without the mark)
 * Java does not trust. Throws WrongPasswordError when the password does not open it.
 */
export function certificatesFromPkcs12(bytes: Uint8Array, password: string): StoreCertificates {
  const [, authSafe, macData] = children(parseBer(bytes, 'PKCS#12'));
  const [contentType, wrapped] = children(authSafe);
  if (oid(contentType) !== DATA) throw new Error('PKCS#12 with public-key integrity is not supported');
  const content = octets(children(wrapped)[0]);
  if (macData) verifyMac(macData, content, password);
  const bags: Bag[] = [];
  for (const info of children(parseBer(content, 'PKCS#12 authenticated safe'))) {
    const [type, inner] = children(info);
    const value = children(inner)[0];
    if (oid(type) === DATA) bags.push(...bagsOf(octets(value)));
    else if (oid(type) === ENCRYPTED_DATA) {
      // EncryptedData ::= SEQUENCE { version, EncryptedContentInfo { contentType, algorithm, [0] IMPLICIT encryptedContent } }
      const [, algorithm, encrypted] = children(children(value)[1]);
      let plain: Buffer;
      try {
        plain = decrypt(algorithm, octets(encrypted), password);
      } catch (error) {
        if (error instanceof UnsupportedStoreError) throw error;
        // Without a MAC, a failed decryption is the only sign of a wrong password.
        if (!macData && /bad decrypt|wrong final block/i.test((error as Error).message))
          throw new WrongPasswordError('the certificates cannot be decrypted with the password');
        throw new Error(`the certificates cannot be decrypted: ${(error as Error).message}`);
      }
      bags.push(...bagsOf(plain));
    }
  }
  const keyIds = new Set(bags.filter((b) => b.isKey && b.localKeyId).map((b) => b.localKeyId));
  const certificates = bags.filter((b) => b.certificate);
  const trusted = certificates.filter((b) => b.trusted || (b.localKeyId !== undefined && keyIds.has(b.localKeyId)));
  return { trusted: trusted.map((b) => b.certificate!), ignored: certificates.length - trusted.length };
}

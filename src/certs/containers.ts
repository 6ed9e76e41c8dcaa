/**
 * The binary containers that carry CA certificates: PKCS#7 (`.p7b`, as AWS publishes),
 * PKCS#12, and Java's JKS and JCEKS truststores. Decoded with pkijs/asn1js and jks-js;
 * each returns the DER of every certificate it holds, as keytool or openssl would list them.
 */
import { createHash, webcrypto } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import jks from 'jks-js';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

/**
 * asn1js stops at 10,000 nodes by default; a keytool PKCS#12 of AWS's 108-certificate
 * global bundle has more. Containers are read under the file size cap, so a larger
 * bound costs nothing but lets real truststores through.
 */
const MAX_NODES = 2_000_000;

/** Parses BER into a pkijs object with the raised node bound. */
function parse<T>(Type: new (params: { schema: asn1js.AsnType }) => T, bytes: Uint8Array | ArrayBuffer, what: string): T {
  const asn1 = asn1js.fromBER(new Uint8Array(bytes), { maxNodes: MAX_NODES });
  if (asn1.offset === -1) throw new Error(`${what} is not valid DER (${asn1.result.error})`);
  return new Type({ schema: asn1.result });
}

function der(cert: pkijs.Certificate): Uint8Array {
  return new Uint8Array(cert.toSchema().toBER());
}

/** Certificates of a PKCS#7 / CMS SignedData structure (DER). Throws if it is not one. */
export function certificatesFromPkcs7(bytes: Uint8Array): Uint8Array[] {
  const info = parse(pkijs.ContentInfo, bytes, 'PKCS#7');
  if (info.contentType !== pkijs.ContentInfo.SIGNED_DATA) {
    throw new Error(`PKCS#7 content type ${info.contentType} is not SignedData`);
  }
  const signed = new pkijs.SignedData({ schema: info.content });
  return (signed.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate).map(der);
}

export class WrongPasswordError extends Error {
  override name = 'WrongPasswordError';
}

function utf8(password: string): ArrayBuffer {
  return new Uint8Array(Buffer.from(password, 'utf8')).buffer;
}

function octets(value: unknown): ArrayBuffer {
  if (!(value instanceof asn1js.OctetString)) throw new Error('PKCS#12 content is not an OCTET STRING');
  return value.getValue();
}

/** Checks the PKCS#12 MAC with `password`; throws WrongPasswordError when it does not match. */
async function verifyMac(pfx: pkijs.PFX, content: ArrayBuffer, password: ArrayBuffer): Promise<void> {
  if (!pfx.macData) return; // no MAC: nothing to verify, as openssl -nomacver
  const engine = pkijs.getCrypto(true);
  const hash = engine.getAlgorithmByOID(pfx.macData.mac.digestAlgorithm.algorithmId, true, 'digestAlgorithm') as { name: string };
  const ok = await engine.verifyDataStampedWithPassword({
    password,
    hashAlgorithm: hash.name,
    salt: new Uint8Array(pfx.macData.macSalt.valueBlock.valueHexView).buffer,
    iterationCount: pfx.macData.iterations || 1,
    contentToVerify: content,
    signatureToVerify: new Uint8Array(pfx.macData.mac.digest.valueBlock.valueHexView).buffer,
  });
  if (!ok) throw new WrongPasswordError('the password does not match the store\'s MAC');
}

/**
 * The certificates of a PKCS#12 store, as keytool -list shows its trusted entries: the
 * MAC is checked with the password, then every SafeContents (plain or password-encrypted)
 * is read. pkijs's own parseInternalValues would stop at asn1js's default node bound.
 */
async function openPkcs12(bytes: Uint8Array, password: string): Promise<Uint8Array[]> {
  const pfx = parse(pkijs.PFX, bytes, 'PKCS#12');
  if (pfx.authSafe.contentType !== pkijs.ContentInfo.DATA) throw new Error('PKCS#12 with public-key integrity is not supported');
  const content = octets(pfx.authSafe.content);
  const secret = utf8(password);
  await verifyMac(pfx, content, secret);
  const safe = parse(pkijs.AuthenticatedSafe, content, 'PKCS#12 authenticated safe');
  const out: Uint8Array[] = [];
  for (const info of safe.safeContents) {
    let plain: ArrayBuffer;
    if (info.contentType === pkijs.id_ContentType_Data) plain = octets(info.content);
    else if (info.contentType === pkijs.id_ContentType_EncryptedData) {
      try {
        plain = await new pkijs.EncryptedData({ schema: info.content }).decrypt({ password: secret });
      } catch (error) {
        throw new WrongPasswordError(`the certificates cannot be decrypted with the password (${(error as Error).message})`);
      }
    } else continue; // enveloped contents need a private key: keytool never writes them
    for (const bag of parse(pkijs.SafeContents, plain, 'PKCS#12 safe contents').safeBags) {
      if (bag.bagId !== '1.2.840.113549.1.12.10.1.3') continue; // certBag
      const certBag = bag.bagValue as pkijs.CertBag;
      if (certBag.certId !== '1.2.840.113549.1.9.22.1') continue; // x509Certificate
      out.push(new Uint8Array(octets(certBag.certValue)));
    }
  }
  return out;
}

/** Java keystores end with SHA-1(password as UTF-16BE ‖ "Mighty Aphrodite" ‖ everything before). */
function javaStoreIntegrity(bytes: Uint8Array, password: string): boolean {
  if (bytes.length < 20) return false;
  const hash = createHash('sha1');
  hash.update(Buffer.from(password, 'utf16le').swap16());
  hash.update('Mighty Aphrodite');
  hash.update(bytes.subarray(0, bytes.length - 20));
  return hash.digest().equals(Buffer.from(bytes.subarray(bytes.length - 20)));
}

/**
 * JKS and JCEKS keep trusted certificates in clear: keytool lists them without the store
 * password, which only guards integrity. jks-js reads the JKS layout; a JCEKS store has
 * the same layout for certificate and private-key entries under another magic number.
 */
function openJavaStore(bytes: Uint8Array): Uint8Array[] {
  const copy = Buffer.from(bytes);
  copy.writeUInt32BE(0xfeedfeed, 0);
  let entries;
  try {
    entries = jks.parseJks(copy, '');
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(/Unrecognized keystore entry/.test(message) ? 'it holds a secret-key entry this reader cannot step over' : message);
  }
  const out: Uint8Array[] = [];
  for (const entry of entries as Array<{ cert?: { value: Buffer }; chain?: Array<{ value: Buffer }> }>) {
    if (entry.cert) out.push(new Uint8Array(entry.cert.value));
    for (const c of entry.chain ?? []) out.push(new Uint8Array(c.value));
  }
  return out;
}

export type Truststore = 'pkcs12' | 'jks' | 'jceks';

export interface OpenedTruststore {
  ders: Uint8Array[];
  /** Whether a password verified the store's integrity (JKS/JCEKS open without one). */
  integrityVerified: boolean;
}

/**
 * Opens a truststore with the first password that verifies it. PKCS#12 needs the password
 * (keytool encrypts its certificates) and throws WrongPasswordError when none fits; JKS and
 * JCEKS are read without one when none fits, marked as not verified.
 */
export async function openTruststore(kind: Truststore, bytes: Uint8Array, passwords: readonly string[]): Promise<OpenedTruststore> {
  if (kind !== 'pkcs12') {
    const ders = openJavaStore(bytes);
    return { ders, integrityVerified: passwords.some((p) => javaStoreIntegrity(bytes, p)) };
  }
  let lastWrong: WrongPasswordError | undefined;
  for (const password of passwords) {
    try {
      return { ders: await openPkcs12(bytes, password), integrityVerified: true };
    } catch (error) {
      if (!(error instanceof WrongPasswordError)) throw error;
      lastWrong = error;
    }
  }
  throw new WrongPasswordError(
    `none of the ${passwords.length} password(s) tried opens it (the defaults "changeit" and empty, and each line of truststore-passwords)${lastWrong ? `: ${lastWrong.message}` : ''}`,
  );
}

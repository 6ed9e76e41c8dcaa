/**
 * Java's JKS and JCEKS keystores. Trusted certificates are kept in clear: keytool lists them
 * without the store password, which only guards integrity. jks-js reads the JKS layout; a JCEKS
 * store has the same layout for certificate and private-key entries under another magic number.
 */
import { createHash } from 'node:crypto';
import jks from 'jks-js';
import { UnsupportedStoreError, utf16be, type StoreCertificates } from './store.js';

/** Java keystores end with SHA-1(password as UTF-16BE ‖ "Mighty Aphrodite" ‖ everything before). */
export function javaStoreIntegrity(bytes: Uint8Array, password: string): boolean {
  if (bytes.length < 20) return false;
  const hash = createHash('sha1');
  hash.update(utf16be(password));
  hash.update('Mighty Aphrodite');
  hash.update(bytes.subarray(0, bytes.length - 20));
  return hash.digest().equals(Buffer.from(bytes.subarray(bytes.length - 20)));
}

/**
 * The certificates Java trusts from the store: each trusted-certificate entry, and each private
 * key's own certificate (the first of its chain; the rest of the chain is not trusted).
 */
export function certificatesFromJavaStore(bytes: Uint8Array): StoreCertificates {
  const copy = Buffer.from(bytes);
  copy.writeUInt32BE(0xfeedfeed, 0);
  let entries;
  try {
    entries = jks.parseJks(copy, ''); // no password: jks-js skips the integrity check, as keytool -list does
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof RangeError || /out of range|beyond buffer/i.test(message)) throw new Error('it ends before its last entry');
    if (/Unrecognized keystore entry/.test(message))
      throw new UnsupportedStoreError(
        'it holds a secret-key entry (JCEKS), which this reader cannot step over to the certificates after it',
      );
    throw new Error(message);
  }
  const trusted: Uint8Array[] = [];
  let ignored = 0;
  for (const entry of entries as Array<{ cert?: { value: Buffer }; chain?: Array<{ value: Buffer }> }>) {
    if (entry.cert) trusted.push(new Uint8Array(entry.cert.value));
    const [own, ...rest] = entry.chain ?? [];
    if (own) trusted.push(new Uint8Array(own.value));
    ignored += rest.length;
  }
  return { trusted, ignored };
}

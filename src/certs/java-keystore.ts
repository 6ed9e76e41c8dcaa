/**
 * Java's JKS and JCEKS keystores. Trusted certificates are kept in clear: keytool lists them
 * without the store password, which only guards integrity. jks-js reads the JKS layout; a JCEKS
 * store has the same layout for certificate and private-key entries under another magic number.
 */
import { createHash } from 'node:crypto';
import jks from 'jks-js';

/** Java keystores end with SHA-1(password as UTF-16BE ‖ "Mighty Aphrodite" ‖ everything before). */
export function javaStoreIntegrity(bytes: Uint8Array, password: string): boolean {
  if (bytes.length < 20) return false;
  const hash = createHash('sha1');
  hash.update(Buffer.from(password, 'utf16le').swap16());
  hash.update('Mighty Aphrodite');
  hash.update(bytes.subarray(0, bytes.length - 20));
  return hash.digest().equals(Buffer.from(bytes.subarray(bytes.length - 20)));
}

/** Every certificate of the store's entries (trusted certificates and private keys' chains), in order. */
export function certificatesFromJavaStore(bytes: Uint8Array): Uint8Array[] {
  const copy = Buffer.from(bytes);
  copy.writeUInt32BE(0xfeedfeed, 0);
  let entries;
  try {
    entries = jks.parseJks(copy, ''); // no password: jks-js skips the integrity check, as keytool -list does
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof RangeError || /out of range|beyond buffer/i.test(message)) throw new Error('it ends before its last entry');
    throw new Error(/Unrecognized keystore entry/.test(message) ? 'it holds a secret-key entry this reader cannot step over' : message);
  }
  const out: Uint8Array[] = [];
  for (const entry of entries as Array<{ cert?: { value: Buffer }; chain?: Array<{ value: Buffer }> }>) {
    if (entry.cert) out.push(new Uint8Array(entry.cert.value));
    for (const c of entry.chain ?? []) out.push(new Uint8Array(c.value));
  }
  return out;
}

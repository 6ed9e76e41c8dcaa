/** What the truststore readers share: what Java makes of a store, and the errors they name. */

/** What Java makes of a store: the certificates it trusts, and how many others it holds but ignores. */
export interface StoreCertificates {
  trusted: Uint8Array[];
  /** Certificates Java does not trust: no trusted-certificate attribute, or not the first of a key's chain. */
  ignored: number;
}

/** The password given does not open the store. */
export class WrongPasswordError extends Error {
  override name = 'WrongPasswordError';
}

/** A store this reader cannot open although Java could (an old cipher, a crafted iteration count). */
export class UnsupportedStoreError extends Error {
  override name = 'UnsupportedStoreError';
}

/** A password as Java's and PKCS#12's key derivations hash it: UTF-16 big-endian. */
export const utf16be = (password: string): Buffer => Buffer.from(password, 'utf16le').swap16();

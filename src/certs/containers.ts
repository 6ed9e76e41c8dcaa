/**
 * The binary containers that carry CA certificates: PKCS#7 (`.p7b`, as AWS publishes),
 * PKCS#12 and JKS truststores. Decoded with pkijs and jks-js; each returns the DER of
 * every certificate it holds.
 */
import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import jks from 'jks-js';

pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto: webcrypto as unknown as Crypto }));

/** pkijs wants a BufferSource over a plain ArrayBuffer. */
function ber(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

function der(cert: pkijs.Certificate): Uint8Array {
  return new Uint8Array(cert.toSchema().toBER());
}

/** Certificates of a PKCS#7 / CMS SignedData structure (DER). Throws if it is not one. */
export function certificatesFromPkcs7(bytes: Uint8Array): Uint8Array[] {
  const info = pkijs.ContentInfo.fromBER(ber(bytes));
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

async function openPkcs12(bytes: Uint8Array, password: string): Promise<Uint8Array[]> {
  const pfx = pkijs.PFX.fromBER(ber(bytes));
  const secret = utf8(password);
  try {
    await pfx.parseInternalValues({ password: secret, checkIntegrity: true });
  } catch (error) {
    throw new WrongPasswordError(String((error as Error).message ?? error));
  }
  const safe = pfx.parsedValue?.authenticatedSafe;
  if (!safe) throw new Error('PKCS#12 holds no authenticated safe');
  await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: secret })) });
  const out: Uint8Array[] = [];
  for (const contents of safe.parsedValue?.safeContents ?? []) {
    for (const bag of contents.value.safeBags) {
      const value = bag.bagValue as { parsedValue?: unknown };
      if (value.parsedValue instanceof pkijs.Certificate) out.push(der(value.parsedValue));
    }
  }
  return out;
}

function openJks(bytes: Uint8Array, password: string): Uint8Array[] {
  let entries;
  try {
    entries = jks.parseJks(Buffer.from(bytes), password);
  } catch (error) {
    const message = (error as Error).message;
    if (/password/i.test(message)) throw new WrongPasswordError(message);
    throw error;
  }
  const out: Uint8Array[] = [];
  for (const entry of entries as Array<{ cert?: { value: Buffer }; chain?: Array<{ value: Buffer }> }>) {
    if (entry.cert) out.push(new Uint8Array(entry.cert.value));
    for (const c of entry.chain ?? []) out.push(new Uint8Array(c.value));
  }
  return out;
}

export type Truststore = 'pkcs12' | 'jks';

/**
 * Opens a truststore with the first password that verifies its integrity.
 * Throws WrongPasswordError naming how many passwords were tried.
 */
export async function certificatesFromTruststore(kind: Truststore, bytes: Uint8Array, passwords: readonly string[]): Promise<Uint8Array[]> {
  for (const password of passwords) {
    try {
      return kind === 'jks' ? openJks(bytes, password) : await openPkcs12(bytes, password);
    } catch (error) {
      if (!(error instanceof WrongPasswordError)) throw error;
    }
  }
  throw new WrongPasswordError(
    `none of the ${passwords.length} password(s) opens it (tried "changeit" and the values of truststore-passwords)`,
  );
}

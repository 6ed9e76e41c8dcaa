/**
 * A Java truststore as keytool lists it. JKS/JCEKS keep trusted certificates in clear: read
 * without a password, verified when one fits. PKCS#12 needs the first password that opens it.
 */
import { whatItIs } from './bytes.js';
import { javaKeystore, pkcs12, type Decoder } from './decoder.js';
import { problem, result, type FileCertificates, type ReadProblem } from './file-certificates.js';
import { UnsupportedStoreError, WrongPasswordError, type StoreCertificates } from './store.js';

/** Passwords every truststore is tried with first: Java's default and none. */
export const DEFAULT_TRUSTSTORE_PASSWORDS = ['changeit', ''];

/** The defaults, then the given passwords, each once. */
export function withDefaultPasswords(passwords: readonly string[]): string[] {
  return [...new Set([...DEFAULT_TRUSTSTORE_PASSWORDS, ...passwords])];
}

/** JKS files start with 0xFEEDFEED; JCEKS with 0xCECECECE. */
export function truststoreKind(bytes: Uint8Array): 'jks' | 'jceks' | undefined {
  if (bytes.length < 4) return undefined;
  const magic = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  if (magic === 0xfeedfeed) return 'jks';
  if (magic === 0xcececece) return 'jceks';
  return undefined;
}

export async function readTruststore(bytes: Uint8Array, passwords: readonly string[], decoder: Decoder): Promise<FileCertificates> {
  const java = truststoreKind(bytes);
  if (!java && bytes[0] !== 0x30) {
    return result(
      'pkcs12',
      [],
      problem('not-loadable', `Java cannot load it as a truststore: ${whatItIs(bytes) ?? 'it is neither JKS, JCEKS nor PKCS#12'}`),
    );
  }
  const kind = java ?? 'pkcs12';
  const name = kind === 'pkcs12' ? 'PKCS#12' : kind.toUpperCase();
  try {
    let store: StoreCertificates | undefined;
    let verified = true;
    if (java) {
      const { certificatesFromJavaStore, javaStoreIntegrity } = await javaKeystore();
      store = certificatesFromJavaStore(bytes);
      verified = passwords.some((p) => javaStoreIntegrity(bytes, p));
    } else {
      const { certificatesFromPkcs12 } = await pkcs12();
      for (const password of passwords) {
        try {
          store = certificatesFromPkcs12(bytes, password);
          break;
        } catch (error) {
          if (!(error instanceof WrongPasswordError)) throw error;
        }
      }
    }
    if (!store)
      return result(
        kind,
        [],
        problem(
          'unreadable',
          `the PKCS#12 truststore could not be opened: none of the ${passwords.length} password(s) tried opens it (the defaults "changeit" and empty, and each line of truststore-passwords)`,
        ),
      );
    const found = store.trusted.map((der) => ({ cert: decoder.certificate(der) }));
    return result(kind, found, storeProblem(store, verified));
  } catch (error) {
    const message = (error as Error).message;
    if (error instanceof UnsupportedStoreError)
      return result(kind, [], problem('unreadable', `the ${name} truststore could not be read: ${message}`));
    return result(kind, [], problem('not-loadable', `the ${name} truststore is corrupt or truncated (${message})`));
  }
}

/** What Java makes of a store that a client would notice: certificates it holds but does not trust, or integrity not verified. */
function storeProblem(store: StoreCertificates, verified: boolean): ReadProblem | undefined {
  const held = store.trusted.length + store.ignored;
  const why =
    "they are neither marked trusted (keytool -importcert marks them; openssl pkcs12 -export does not) nor a private key's own certificate";
  if (!store.trusted.length && store.ignored)
    return problem('not-loadable', `Java trusts none of its ${held} certificate(s): ${why}. Import each with keytool -importcert`);
  if (store.ignored)
    return problem(
      'blocks-skipped',
      `Java trusts ${store.trusted.length} of its ${held} certificate(s); the other ${store.ignored}: ${why}`,
    );
  if (!verified)
    return problem(
      'integrity-unverified',
      "its trusted certificates were read without the store password (keytool lists them so too), so the store's integrity was not verified: add its password to truststore-passwords to verify it",
    );
  return undefined;
}

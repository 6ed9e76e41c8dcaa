/**
 * Certificates from DER, each decoded once: a known one is looked up by its SHA-256, and each
 * DER found is handed to the caller. The container decoders (asn1js, jks-js) load only when a
 * file needs them: most scans never do.
 */
import { createHash } from 'node:crypto';
import { certificateFromDer, type Certificate } from './certificate.js';
import type { ReadOptions } from './file-certificates.js';
import { isPkcs7Label, type PemBlock } from './pem-block.js';

function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}
export const pkcs7 = lazy(() => import('./pkcs7.js'));
export const pkcs12 = lazy(() => import('./pkcs12.js'));
export const javaKeystore = lazy(() => import('./java-keystore.js'));

export class Decoder {
  constructor(private readonly options: ReadOptions) {}

  certificate(der: Uint8Array): Certificate {
    this.options.onDer?.(der);
    return this.options.known(createHash('sha256').update(der).digest('hex')) ?? certificateFromDer(der);
  }

  /** Certificates of PEM blocks; a block that does not decode is returned in `failed`. */
  async blocks(
    blocks: readonly PemBlock[],
  ): Promise<{ found: Array<{ cert: Certificate; line: number }>; failed: Array<{ line: number; reason: string }> }> {
    const found: Array<{ cert: Certificate; line: number }> = [];
    const failed: Array<{ line: number; reason: string }> = [];
    for (const block of blocks) {
      try {
        const ders = isPkcs7Label(block.label) ? (await pkcs7()).certificatesFromPkcs7(block.der) : [block.der];
        for (const der of ders) found.push({ cert: this.certificate(der), line: block.line });
      } catch (error) {
        failed.push({ line: block.line, reason: `the block is not a valid certificate (${(error as Error).message})` });
      }
    }
    return { found, failed };
  }
}

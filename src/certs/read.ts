/**
 * The certificates a client loads from one file, read the way that client reads it. The
 * file's name says who reads it (file-names.ts). Each file is read once, by one reader, and
 * yields its certificates and at most one problem naming the affected lines
 * (file-certificates.ts). Problems are plain data; nothing throws.
 */
import { isBinary } from './bytes.js';
import { Decoder } from './decoder.js';
import { encryptedBy } from './encrypted.js';
import { problem, type FileCertificates, type ReadOptions } from './file-certificates.js';
import { readerFor, type Reader } from './file-names.js';
import { readCertificateFile } from './read-certificate-file.js';
import { readDocument } from './read-document.js';
import { readFreeText } from './read-free-text.js';
import { readPkcs7 } from './read-pkcs7.js';
import { readSource } from './read-source.js';
import { readTruststore } from './read-truststore.js';

export class Reading {
  private readonly decoder: Decoder;

  constructor(private readonly options: ReadOptions) {
    this.decoder = new Decoder(options);
  }

  /** A file by its name's reader. */
  async file(path: string, bytes: Uint8Array): Promise<FileCertificates> {
    const encrypted = encryptedBy(bytes);
    const reader = readerFor(path);
    if (encrypted) {
      const lost = problem(
        'encrypted',
        `it is encrypted with ${encrypted.tool}, so what clients read cannot be seen here: ${encrypted.check}, or exclude the file`,
      );
      // SOPS encrypts values and leaves the rest in clear: read what is clear, and name the file only if nothing is.
      if (encrypted.tool !== 'SOPS' || isBinary(bytes)) return { certificates: [], problem: lost };
      const clear = await this.byReader(reader, path, bytes);
      return clear.certificates.length ? clear : { ...clear, problem: lost };
    }
    return this.byReader(reader, path, bytes);
  }

  /** A file a client setting points at: read as that client reads it, whatever its name (a `.txt`, no extension). */
  referenced(path: string, bytes: Uint8Array): Promise<FileCertificates> {
    const reader = readerFor(path);
    return reader === 'pkcs7' || reader === 'pkcs12' || reader === 'keystore'
      ? this.file(path, bytes)
      : readCertificateFile(path, bytes, this.decoder);
  }

  private async byReader(reader: Reader, path: string, bytes: Uint8Array): Promise<FileCertificates> {
    switch (reader) {
      case 'certificate-file':
        return readCertificateFile(path, bytes, this.decoder);
      case 'pkcs7':
        return readPkcs7(bytes, this.decoder);
      case 'pkcs12':
      case 'keystore':
        return readTruststore(bytes, this.options.passwords, this.decoder);
      case 'document':
        return readDocument(bytes, this.decoder, (mounted, content) => this.file(mounted, content));
      case 'source':
        return readSource(path, bytes, this.decoder);
      case 'documentation':
        return readFreeText(bytes, true, this.decoder);
      default:
        return isBinary(bytes) ? { certificates: [] } : readFreeText(bytes, false, this.decoder);
    }
  }
}

/** The certificates in one file (see Reading). */
export function readCertificates(path: string, bytes: Uint8Array, options: ReadOptions): Promise<FileCertificates> {
  return new Reading(options).file(path, bytes);
}

/** A certificate file (`.pem`, `.crt`, `.der`, …) as an OpenSSL-based client loads it: PEM text, else DER. */
import { asBuffer, asText, isBinary } from './bytes.js';
import type { Decoder } from './decoder.js';
import { problem, result, type FileCertificates } from './file-certificates.js';
import { readAsOpenSsl } from './read-pem-text.js';
import { readPkcs7 } from './read-pkcs7.js';

export async function readCertificateFile(path: string, bytes: Uint8Array, decoder: Decoder): Promise<FileCertificates> {
  // OpenSSL reads text line by line whatever stray bytes it holds: PEM armour makes it text.
  const armoured = asBuffer(bytes).includes('-----BEGIN ');
  const binary = !armoured && (isBinary(bytes) || (bytes[0] === 0x30 && bytes[1] >= 0x80));
  if (!binary) return readAsOpenSsl(asText(bytes), bytes, decoder);
  if (/\.(?:pem|ca-bundle)$/i.test(path)) {
    return result(
      'der',
      [],
      problem(
        'not-loadable',
        'clients reading this file load no certificate: it is binary (DER or a container), and OpenSSL-based clients read PEM text from a .pem file',
      ),
    );
  }
  try {
    return result('der', [{ cert: decoder.certificate(bytes) }]);
  } catch {
    return readPkcs7(bytes, decoder);
  }
}

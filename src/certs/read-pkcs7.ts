/** A PKCS#7 bundle (`.p7b`, `.p7c`): DER, or PEM armour around PKCS#7 or certificate blocks. */
import { asText, isBinary, whatItIs } from './bytes.js';
import { pkcs7, type Decoder } from './decoder.js';
import { problem, result, type FileCertificates } from './file-certificates.js';
import { findLoosePemBlocks } from './pem-loose.js';

export async function readPkcs7(bytes: Uint8Array, decoder: Decoder): Promise<FileCertificates> {
  const { certificatesFromPkcs7 } = await pkcs7();
  try {
    if (!isBinary(bytes) && asText(bytes).includes('-----BEGIN ')) {
      const { blocks } = findLoosePemBlocks(asText(bytes));
      const { found, failed } = await decoder.blocks(blocks);
      if (found.length || !failed.length)
        return result('pkcs7', found, found.length ? undefined : problem('not-loadable', 'it holds no PKCS#7 or certificate block'));
      return result(
        'pkcs7',
        [],
        problem(
          'not-loadable',
          `it is not a readable PKCS#7 bundle: ${failed[0].reason}`,
          failed.map((f) => f.line),
        ),
      );
    }
    return result(
      'pkcs7',
      certificatesFromPkcs7(bytes).map((der) => ({ cert: decoder.certificate(der) })),
    );
  } catch (error) {
    return result(
      'pkcs7',
      [],
      problem('not-loadable', `${whatItIs(bytes) ?? 'it is not a readable PKCS#7 bundle'} (${(error as Error).message})`),
    );
  }
}

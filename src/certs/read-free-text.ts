/** Free text (scripts, Dockerfiles, docs): certificates quoted anywhere in it. */
import { asText } from './bytes.js';
import type { Decoder } from './decoder.js';
import { problem, result, type FileCertificates } from './file-certificates.js';
import { findLoosePemBlocks } from './pem-loose.js';

/** Documentation only shows certificates: what does not decode in it is no problem. */
export async function readFreeText(bytes: Uint8Array, documentation: boolean, decoder: Decoder): Promise<FileCertificates> {
  const { blocks, broken } = findLoosePemBlocks(asText(bytes));
  const { found, failed } = await decoder.blocks(blocks);
  const bad = [...broken, ...failed];
  const issue =
    !documentation && bad.length
      ? problem(
          'unreadable',
          `certificate text that does not decode: ${bad[0].reason}`,
          bad.map((b) => b.line),
        )
      : undefined;
  return result('text', found, issue, documentation);
}

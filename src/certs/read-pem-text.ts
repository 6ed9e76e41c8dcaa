/**
 * PEM text as OpenSSL's loader reads it, whether a whole certificate file or one value a
 * program hands to its TLS library (a YAML value, a string literal).
 */
import { isBinary, asText, whatItIs } from './bytes.js';
import type { DocumentValue } from './document-values.js';
import type { Decoder } from './decoder.js';
import { problem, result, type FileCertificates } from './file-certificates.js';
import { readPemAsOpenSsl } from './pem.js';
import { startsLikeData } from './pem-loose.js';

/**
 * PEM text as OpenSSL's loader reads it: everything or, on one bad block, nothing. `subject` is
 * what the clients read, as messages name it: a file, a value, a string.
 */
export async function readAsOpenSsl(text: string, bytes: Uint8Array, decoder: Decoder, subject = 'file'): Promise<FileCertificates> {
  const reading = readPemAsOpenSsl(text);
  const skippedLines = reading.skipped.map((s) => s.line);
  if (reading.failure) {
    const what =
      whatItIs(bytes) ??
      (reading.skipped.length && reading.failure.reason === 'no certificate OpenSSL can load'
        ? reading.skipped[0].reason
        : `${reading.failure.reason} (line ${reading.failure.line})`);
    return result(
      'pem',
      [],
      problem('not-loadable', `clients reading this ${subject} load no certificate: ${what}`, [reading.failure.line, ...skippedLines]),
    );
  }
  const { found, failed } = await decoder.blocks(reading.blocks);
  if (failed.length) {
    return result(
      'pem',
      [],
      problem(
        'not-loadable',
        `clients reading this ${subject} load no certificate: ${failed[0].reason} (line ${failed[0].line}), and OpenSSL refuses the whole file for it`,
        failed.map((f) => f.line),
      ),
    );
  }
  const skipped = reading.skipped.length
    ? problem(
        'blocks-skipped',
        `clients load ${found.length} certificate(s) but skip ${reading.skipped.length} block(s): ${reading.skipped[0].reason}`,
        skippedLines,
      )
    : undefined;
  return result('pem', found, skipped);
}

function looksLikeCertificateData(text: string): boolean {
  const at = text.indexOf('-----BEGIN ');
  return at !== -1 && startsLikeData(text.slice(text.indexOf('-----', at + 11) + 5));
}

/**
 * A text value a program hands to its TLS library: read as OpenSSL reads PEM text. One that
 * loads nothing is a warning (how the program uses it is not known), or nothing at all when it
 * merely mentions PEM (a template, a placeholder).
 */
export async function readValue(value: DocumentValue, subject: 'value' | 'string', decoder: Decoder): Promise<FileCertificates> {
  if (isBinary(value.bytes)) return { certificates: [] };
  const text = asText(value.bytes);
  const read = await readAsOpenSsl(text, value.bytes, decoder, subject);
  if (read.problem?.kind !== 'not-loadable') return read;
  return looksLikeCertificateData(text) ? { ...read, problem: { ...read.problem, kind: 'unreadable' } } : { certificates: [] };
}

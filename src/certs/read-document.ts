/** YAML or JSON: each string value as its consumer gets it; a mounted file by its own name. */
import { asText } from './bytes.js';
import type { Decoder } from './decoder.js';
import { documentValues } from './document-values.js';
import { problem, result, worst, type FileCertificates, type Found, type ReadProblem } from './file-certificates.js';
import { hasCertificateExtension } from './file-names.js';
import { readFreeText } from './read-free-text.js';
import { readValue } from './read-pem-text.js';

/** `readFile` reads a file a manifest mounts, as the client that loads it by that name reads it. */
export async function readDocument(
  bytes: Uint8Array,
  decoder: Decoder,
  readFile: (path: string, bytes: Uint8Array) => Promise<FileCertificates>,
): Promise<FileCertificates> {
  const values = documentValues(asText(bytes));
  if (!values) return readFreeText(bytes, false, decoder);
  const found: Found = [];
  const issues: ReadProblem[] = [];
  const mounts = new Set<string>();
  for (const value of values) {
    const lineOf = (line: number): number => value.line + line - 1;
    const mountedCertificate = value.mountedAs !== undefined && hasCertificateExtension(value.mountedAs);
    if (value.invalid) {
      if (mountedCertificate) issues.push(problem('not-loadable', `${value.mountedAs}: ${value.invalid}`, [value.line]));
      continue;
    }
    const read = mountedCertificate ? await readFile(value.mountedAs!, value.bytes) : await readValue(value, 'value', decoder);
    if (value.mountedAs && read.certificates.length) mounts.add(value.mountedAs);
    found.push(...read.certificates.map((c) => ({ cert: c.cert, line: c.line !== undefined ? lineOf(c.line) : value.line })));
    if (read.problem)
      issues.push({
        ...read.problem,
        reason: value.mountedAs ? `${value.mountedAs}: ${read.problem.reason}` : read.problem.reason,
        lines: read.problem.lines?.map(lineOf) ?? [value.line],
      });
  }
  const read = result('document', found, worst(issues));
  if (mounts.size) read.mounts = [...mounts].sort();
  return read;
}

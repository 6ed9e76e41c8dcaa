/** Source code: PEM text in its string literals, as the program builds it. */
import { asText } from './bytes.js';
import type { Decoder } from './decoder.js';
import { result, worst, type FileCertificates, type Found, type ReadProblem } from './file-certificates.js';
import { readValue } from './read-pem-text.js';
import { sourceStrings } from './source-strings.js';

export async function readSource(path: string, bytes: Uint8Array, decoder: Decoder): Promise<FileCertificates> {
  const found: Found = [];
  const issues: ReadProblem[] = [];
  for (const literal of sourceStrings(asText(bytes), path)) {
    const lineOf = (line: number): number => literal.lines[line - 1] ?? literal.lines[literal.lines.length - 1];
    const read = await readValue({ bytes: Buffer.from(literal.value, 'utf8'), line: literal.lines[0] }, 'string', decoder);
    found.push(...read.certificates.map((c) => ({ cert: c.cert, line: c.line !== undefined ? lineOf(c.line) : undefined })));
    if (read.problem && read.problem.kind !== 'blocks-skipped') issues.push({ ...read.problem, lines: read.problem.lines?.map(lineOf) });
  }
  return result('source', found, worst(issues));
}

/** Adds a file's certificates and problem to the repository facts. */
import type { FileCertificates } from '../certs/file-certificates.js';
import type { RepositoryFacts } from '../model/repository.js';

/** Adds what reading one file found: the file, when it holds certificates, and its problem. */
export function record(facts: RepositoryFacts, path: string, found: FileCertificates): void {
  if (found.certificates.length && found.format) {
    facts.certificateFiles.push({
      path,
      format: found.format,
      certificates: found.certificates,
      ...(found.documentation ? { documentation: true } : {}),
      ...(found.mounts ? { mounts: found.mounts } : {}),
    });
  }
  if (found.problem)
    facts.problems.push({
      path,
      line: found.problem.lines?.[0],
      lines: found.problem.lines,
      kind: found.problem.kind,
      reason: found.problem.reason,
    });
}

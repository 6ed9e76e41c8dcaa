import type { Finding } from '../model/finding.js';

/** ARNs of the databases failing the CA rule (the `noncompliant` output). */
export function noncompliant(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.rule === 'database-ca-not-approved' && f.severity === 'error' && f.resource).map((f) => f.resource!);
}

import type { Finding } from '../rules/rule.js';

/** ARNs of the databases failing the CA rule (the `noncompliant` output). */
export function noncompliant(findings: readonly Finding[]): string[] {
  return findings.filter((f) => f.rule === 'database-ca-not-approved' && f.severity === 'error' && f.resource).map((f) => f.resource!);
}

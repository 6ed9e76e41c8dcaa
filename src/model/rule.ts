/** What a rule is: an id, its metadata, and a pure check of the facts. */
import type { Facts } from './facts.js';
import type { Finding, Severity } from './finding.js';

export interface Rule {
  /** Stable id: used in SARIF, the JSON report and the docs. */
  id: string;
  /** The most severe level this rule reports. */
  severity: Severity;
  title: string;
  /** Why it matters, for the docs and SARIF help. */
  why: string;
  /** General fix; each finding carries its specific one. */
  remediation: string;
  check(facts: Facts): Finding[];
}

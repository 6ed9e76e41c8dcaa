/** The shape of the rules about what the scan could not read: each is honest about what was not checked. */
import { problemPlace, type ProblemKind, type ScanProblem } from './repository.js';
import type { Severity } from './finding.js';
import type { Facts } from './facts.js';
import type { Rule } from './rule.js';

export interface ScanProblemRule {
  kind: ProblemKind;
  severity: Severity;
  id: string;
  title: string;
  why: string;
  remediation: string;
  /** How the finding opens, before the file's own reason; by default "<place> was not checked: ". */
  lead?: (place: string) => string;
  /** A lower severity for some problems, and what the message adds to say why. */
  downgrade?: (problem: ScanProblem, facts: Facts) => { severity: Severity; because: string } | undefined;
}

export function scanProblemRule(spec: ScanProblemRule): Rule {
  const { kind, severity, id, title, why, remediation, lead = (place: string) => `${place} was not checked: `, downgrade } = spec;
  return {
    id,
    severity,
    title,
    why,
    remediation,
    check(facts) {
      return facts.repository.problems
        .filter((p) => p.kind === kind)
        .map((p) => {
          const lower = downgrade?.(p, facts);
          return {
            rule: id,
            severity: lower?.severity ?? severity,
            file: p.path,
            line: p.line,
            message: `${lead(problemPlace(p))}${p.reason}${lower ? `; ${lower.because}` : ''}.`,
            remediation,
          };
        });
    },
  };
}

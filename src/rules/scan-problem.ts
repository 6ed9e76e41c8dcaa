/** The shape of the rules about what the scan could not read: each is honest about what was not checked. */
import { problemPlace, type ProblemKind } from '../scan/repository.js';
import type { Rule, Severity } from './rule.js';

export interface ScanProblemRule {
  kind: ProblemKind;
  severity: Severity;
  id: string;
  title: string;
  why: string;
  remediation: string;
  /** How the finding opens, before the file's own reason. */
  lead: (place: string) => string;
}

export function scanProblemRule(spec: ScanProblemRule): Rule {
  const { kind, severity, id, title, why, remediation, lead } = spec;
  return {
    id,
    severity,
    title,
    why,
    remediation,
    check(facts) {
      return facts.repository.problems
        .filter((p) => p.kind === kind)
        .map((p) => ({ rule: id, severity, file: p.path, line: p.line, message: `${lead(problemPlace(p))}${p.reason}.`, remediation }));
    },
  };
}

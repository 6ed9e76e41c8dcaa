import type { Finding, Severity } from '../rules/rule.js';
import type { FailOn } from '../config.js';

export interface Verdict {
  /** `fail` when a finding reaches the fail-on threshold (error, for `never`). */
  result: 'pass' | 'fail';
  /** Whether the job step fails: `fail` and fail-on is not `never`. */
  failJob: boolean;
  counts: Record<Severity, number>;
}

export { SEVERITY_ORDER } from '../rules/rule.js';

export function verdict(findings: readonly Finding[], failOn: FailOn): Verdict {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const result = counts.error > 0 || (failOn === 'warning' && counts.warning > 0) ? 'fail' : 'pass';
  return { result, failJob: result === 'fail' && failOn !== 'never', counts };
}

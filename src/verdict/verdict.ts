import type { FailOn } from '../config.js';
import type { Verdict } from '../model/outcome.js';
import type { Finding, Severity } from '../model/finding.js';

export function verdict(findings: readonly Finding[], failOn: FailOn): Verdict {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const result = counts.error > 0 || (failOn === 'warning' && counts.warning > 0) ? 'fail' : 'pass';
  return { result, failJob: result === 'fail' && failOn !== 'never', counts };
}

import { type Finding, type Severity, SEVERITY_ORDER } from '../model/finding.js';
import { messageWithAccount } from './accounts.js';
/**
 * GitHub shows 10 annotations per type per step: pick the first ten of each, worst rules first.
 * In a multi-account run each message names its account: an annotation shows nothing else of it.
 */

export const ANNOTATIONS_PER_TYPE = 10;

export interface Annotation {
  severity: Severity;
  title: string;
  message: string;
  file?: string;
  startLine?: number;
}

export function selectAnnotations(
  findings: readonly Finding[],
  titleOf: (rule: string) => string,
  options: { multiAccount?: boolean } = {},
): Annotation[] {
  const taken: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const out: Annotation[] = [];
  for (const severity of SEVERITY_ORDER) {
    for (const f of findings) {
      if (f.severity !== severity || taken[severity] >= ANNOTATIONS_PER_TYPE) continue;
      taken[severity]++;
      const message = `${messageWithAccount(f, !!options.multiAccount)}\nFix: ${f.remediation}`;
      out.push({ severity, title: titleOf(f.rule), message, file: f.file, startLine: f.line });
    }
  }
  return out;
}

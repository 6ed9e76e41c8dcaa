/** The CLI's plain-text report: one block per finding, then the verdict. */
import type { CheckOutcome } from '../check.js';

export function renderText(outcome: CheckOutcome): string {
  const out: string[] = [];
  for (const f of outcome.findings) {
    const where = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.resource ?? '');
    out.push(`${f.severity.padEnd(7)} ${f.rule}  ${where}`, `        ${f.message}`, `        fix: ${f.remediation}`, '');
  }
  const { verdict, facts } = outcome;
  out.push(
    `${verdict.result.toUpperCase()}: ${verdict.counts.error} error(s), ${verdict.counts.warning} warning(s), ${verdict.counts.notice} notice(s); ` +
      `${facts.repository.filesScanned} files scanned, ${facts.bundles.length} RDS bundle(s), ${facts.regions.length} region(s), target ${facts.approvedCa[0]}`,
  );
  return out.join('\n') + '\n';
}

import { multiAccount } from '../model/fleet.js';
import { oneLine } from '../base/text.js';
import type { CheckOutcome } from '../model/outcome.js';
import { messageWithAccount } from './accounts.js';
import { actionPlan, type PlanOptions } from '../plan/action-plan.js';
import { planText } from './plan-text.js';
/**
 * The CLI's plain-text report: the plan (plan-text.ts), one block per finding, then the verdict. Every value stays on
 * its line, so nothing from the repository or AWS can start a line the runner reads as a
 * workflow command (`::…`) when the CLI runs in a workflow step. In a multi-account run each
 * message names its account.
 */

export function renderText(outcome: CheckOutcome, plan?: PlanOptions): string {
  const multi = multiAccount(outcome.facts.aws);
  const out: string[] = plan ? planText(actionPlan(outcome.facts, outcome.findings, plan), multi) : [];
  for (const f of outcome.findings) {
    const where = oneLine(f.file ? `${f.file}${f.line ? `:${f.line}` : ''}` : (f.resource ?? ''));
    out.push(
      `${f.severity.padEnd(7)} ${f.rule}  ${where}`,
      `        ${oneLine(messageWithAccount(f, multi))}`,
      `        fix: ${oneLine(f.remediation)}`,
      '',
    );
  }
  const { verdict, facts } = outcome;
  out.push(
    `${verdict.result.toUpperCase()}: ${verdict.counts.error} error(s), ${verdict.counts.warning} warning(s), ${verdict.counts.notice} notice(s); ` +
      `${facts.repository.filesScanned} files scanned, ${facts.bundles.length} RDS bundle(s), ${facts.regions.length} region(s), target ${facts.approvedCa[0]}`,
  );
  return out.join('\n') + '\n';
}

/**
 * The tracking issue's body: a status line, then the plan in the order to act, as the job
 * summary shows it (the headline with the date that matters, the picture, the trust material,
 * the databases by environment with their rotate call, the code), each row with the date it was
 * first seen, then the findings no step holds. Nothing that changes from run to run unless the
 * fleet does, so an unchanged fleet renders the same body. Pure: facts in, Markdown out.
 *
 * This is the body of a one-account run; a run over several accounts has a section per account
 * (sectioned-body.ts).
 */
import { carrySince, keyMarker, readSince } from './marker.js';
import { fitted, footer, keysOf, planLines, statusLine, tracked, type Shown } from './issue-tables.js';
import { actionPlan, DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../plan/action-plan.js';
import type { CheckOutcome } from '../model/outcome.js';

export { ISSUE_BODY_MAX, tracked } from './issue-tables.js';

/** The body for this run, or null when nothing (no error, no warning) keeps the issue open. */
export function renderIssueBody(
  outcome: CheckOutcome,
  key: string,
  previousBody: string | undefined,
  options: PlanOptions = DEFAULT_PLAN_OPTIONS,
): string | null {
  const open = tracked(outcome.findings);
  if (!open.length) return null;
  const { facts } = outcome;
  const shown: Shown = { open, plan: actionPlan(facts, open, options), prefix: '', accountColumn: false };
  const since = carrySince(readSince(previousBody), keysOf(shown), facts.now.slice(0, 10));
  const section = { environmentTag: options.environmentTag, today: facts.now, overview: true };
  return fitted(since, (page) =>
    [
      keyMarker(key),
      `Target CA **${facts.approvedCa[0]}**. ${statusLine(shown)}`,
      '',
      ...planLines(page, shown, section),
      ...footer(page),
    ].join('\n'),
  );
}

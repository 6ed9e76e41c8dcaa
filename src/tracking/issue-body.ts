/**
 * The tracking issue's body: a status line, the databases to rotate (soonest deadline
 * first), the repository's trust material to change, other findings, and since when each
 * was first seen. Nothing that changes from run to run unless the fleet does, so an
 * unchanged fleet renders the same body. Pure: facts in, Markdown out.
 *
 * This is the body of a one-account run; a run over several accounts has a section per account
 * (sectioned-body.ts).
 */
import { carrySince, keyMarker, readSince } from './marker.js';
import { fitted, footer, keysOf, statusLine, tables, tracked, type Shown } from './issue-tables.js';
import { remediationRows } from '../render/remediation.js';
import type { CheckOutcome } from '../model/outcome.js';

export { ISSUE_BODY_MAX, tracked } from './issue-tables.js';

/** The body for this run, or null when nothing (no error, no warning) keeps the issue open. */
export function renderIssueBody(outcome: CheckOutcome, key: string, previousBody: string | undefined): string | null {
  const open = tracked(outcome.findings);
  if (!open.length) return null;
  const shown: Shown = { open, rows: remediationRows(outcome.facts), prefix: '', accountColumn: true };
  const since = carrySince(readSince(previousBody), keysOf(shown), outcome.facts.now.slice(0, 10));
  return fitted(since, (page) =>
    [
      keyMarker(key),
      `Target CA **${outcome.facts.approvedCa[0]}**. ${statusLine(shown)}`,
      '',
      ...tables(page, shown),
      ...footer(page),
    ].join('\n'),
  );
}

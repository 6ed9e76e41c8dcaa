/**
 * The tracking issue's body: a status line, the databases to rotate (soonest deadline
 * first), the repository's trust material to change, other findings, and since when each
 * was first seen. Nothing that changes from run to run unless the fleet does, so an
 * unchanged fleet renders the same body. Pure: facts in, Markdown out.
 */
import { carrySince, keyMarker, readSince, sinceMarker, type Since } from './marker.js';
import { cell, code, plural, proseCell, table } from '../render/markdown.js';
import { commandCell, remediationRows, type RemediationRow } from '../render/remediation.js';
import type { Finding } from '../model/finding.js';
import type { CheckOutcome } from '../model/outcome.js';

/** GitHub refuses issue bodies over 65,536 characters. */
export const ISSUE_BODY_MAX = 65_536;
/** Rows shown before the rest folds into a <details> block. */
const SHOWN = 20;

const rowKey = (r: RemediationRow) => `db:${r.arn}`;
const findingKey = (f: Finding) => `${f.rule}:${f.file ?? ''}:${f.resource ?? ''}`;

/** What keeps the issue open: errors and warnings (notices alone are all clear). */
export function tracked(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'notice');
}

/** Up to `limit` rows: the first ones shown, the rest folded; what is left out is counted. Records the keys shown. */
function foldedTable(
  header: string[],
  rows: { key: string; cells: string[] }[],
  limit: number,
  what: string,
  shownKeys: Set<string>,
): string[] {
  const kept = rows.slice(0, limit);
  for (const r of kept) shownKeys.add(r.key);
  const lines = table(
    header,
    kept.slice(0, SHOWN).map((r) => r.cells),
  );
  const folded = kept.slice(SHOWN);
  if (folded.length)
    lines.push(
      '',
      `<details><summary>${folded.length} more ${what}</summary>`,
      '',
      ...table(
        header,
        folded.map((r) => r.cells),
      ),
      '',
      '</details>',
    );
  if (rows.length > kept.length)
    lines.push('', `… ${rows.length - kept.length} more ${what} in the run's report (an issue body holds at most 65,536 characters).`);
  return lines;
}

function render(outcome: CheckOutcome, key: string, since: Since, limit: number): string {
  const shownKeys = new Set<string>();
  const { facts } = outcome;
  const open = tracked(outcome.findings);
  const rows = remediationRows(facts);
  const files = open.filter((f) => f.file);
  const others = open.filter((f) => !f.file && f.rule !== 'database-ca-not-approved');
  const errors = open.filter((f) => f.severity === 'error').length;
  const nearest = rows.find((r) => r.deadline);
  const status = [
    rows.length ? `**${plural(rows.length, 'database')} to rotate**` : '**No database to rotate**',
    nearest
      ? `nearest deadline **${cell(nearest.deadline!.date.slice(0, 10))}** (${cell(nearest.id)}, ${nearest.deadline!.source})`
      : undefined,
    files.length ? `${plural(files.length, 'change')} to the repository's trust material` : undefined,
    `${plural(errors, 'error')}, ${plural(open.length - errors, 'warning')}`,
  ]
    .filter(Boolean)
    .join(' · ');
  const out = [keyMarker(key), `Target CA **${facts.approvedCa[0]}**. ${status}`, ''];
  if (rows.length) {
    out.push(
      '### Databases to rotate',
      '',
      'Clients first: deploy a bundle that trusts the target root, then run the command (or rotate the environment with `mode: rotate`).',
      '',
    );
    out.push(
      ...foldedTable(
        ['Database', 'Account', 'Region', 'Engine', 'CA → target', 'Restart', 'Deadline', 'Command', 'Since'],
        rows.map((r) => ({
          key: rowKey(r),
          cells: [
            cell(r.id),
            cell(r.account ?? ''),
            cell(r.region),
            cell(r.engine),
            `${cell(r.ca)} → ${r.target}`,
            r.restart ? 'yes' : 'no',
            r.deadline ? `${cell(r.deadline.date.slice(0, 10))} (${r.deadline.source})` : '',
            commandCell(r, code, proseCell),
            since[rowKey(r)] ?? '',
          ],
        })),
        limit,
        'databases',
        shownKeys,
      ),
      '',
    );
  }
  if (files.length) {
    out.push('### Trust material to change in the repository', '');
    out.push(
      ...foldedTable(
        ['File', 'Line', 'What is wrong', 'What to do', 'Since'],
        files.map((f) => ({
          key: findingKey(f),
          cells: [cell(f.file!), String(f.line ?? ''), proseCell(f.message), proseCell(f.remediation), since[findingKey(f)] ?? ''],
        })),
        limit,
        'files',
        shownKeys,
      ),
      '',
    );
  }
  if (others.length) {
    out.push('### Other findings', '');
    out.push(
      ...foldedTable(
        ['Severity', 'Rule', 'Concerns', 'What is wrong', 'What to do', 'Since'],
        others.map((f) => ({
          key: findingKey(f),
          cells: [
            f.severity,
            `\`${f.rule}\``,
            cell(f.resource ?? ''),
            proseCell(f.message),
            proseCell(f.remediation),
            since[findingKey(f)] ?? '',
          ],
        })),
        limit,
        'findings',
        shownKeys,
      ),
      '',
    );
  }
  // Only what the body shows keeps its date: the marker stays small, and the same for an unchanged fleet.
  const shownSince = Object.fromEntries(Object.entries(since).filter(([k]) => shownKeys.has(k)));
  out.push('_Kept by RDS CA Guard: updated when the findings change, closed when they are all fixed._', sinceMarker(shownSince), '');
  return out.join('\n');
}

/** The body for this run, or null when nothing (no error, no warning) keeps the issue open. */
export function renderIssueBody(outcome: CheckOutcome, key: string, previousBody: string | undefined): string | null {
  const open = tracked(outcome.findings);
  if (!open.length) return null;
  const today = outcome.facts.now.slice(0, 10);
  const keys = [...remediationRows(outcome.facts).map(rowKey), ...open.map(findingKey)];
  const since = carrySince(readSince(previousBody), keys, today);
  for (const limit of [Infinity, 400, 200, 100, 50, 20, 5, 0]) {
    const body = render(outcome, key, since, limit);
    if (body.length <= ISSUE_BODY_MAX) return body;
  }
  return render(outcome, key, since, 0).slice(0, ISSUE_BODY_MAX);
}

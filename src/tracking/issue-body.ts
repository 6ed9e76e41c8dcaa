/**
 * The tracking issue's body: a status line, the databases to rotate (soonest deadline
 * first), the repository's trust material to change, other findings, and since when each
 * was first seen. Nothing that changes from run to run unless the fleet does, so an
 * unchanged fleet renders the same body. Pure: facts in, Markdown out.
 */
import { carrySince, keyMarker, readSince, sinceMarker, type Since } from './marker.js';
import { cell, plural, proseCell, table } from '../render/markdown.js';
import { commandCell, deadlineCell, remediationRows, type RemediationRow } from '../render/remediation.js';
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

type Row = { key: string; cells: string[] };

/** One rendering: how many rows a section keeps, since when each item is seen, and the keys shown (filled in). */
interface Page {
  limit: number;
  since: Since;
  shown: Set<string>;
}

/**
 * A section, none without rows: its lead, then up to `page.limit` rows with the date each was first
 * seen, the first ones shown, the rest folded; what is left out is counted.
 */
function section(page: Page, lead: string[], header: string[], rows: Row[], what: string): string[] {
  if (!rows.length) return [];
  const kept = rows.slice(0, page.limit);
  for (const r of kept) page.shown.add(r.key);
  const head = [...header, 'Since'];
  const cells = (r: Row) => [...r.cells, page.since[r.key] ?? ''];
  const lines = [...lead, ...table(head, kept.slice(0, SHOWN).map(cells))];
  const folded = kept.slice(SHOWN);
  if (folded.length)
    lines.push('', `<details><summary>${folded.length} more ${what}</summary>`, '', ...table(head, folded.map(cells)), '', '</details>');
  if (rows.length > kept.length)
    lines.push('', `… ${rows.length - kept.length} more ${what} in the run's report (an issue body holds at most 65,536 characters).`);
  return [...lines, ''];
}

function render(outcome: CheckOutcome, key: string, open: Finding[], rows: RemediationRow[], page: Page): string {
  const { facts } = outcome;
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
  const out = [
    keyMarker(key),
    `Target CA **${facts.approvedCa[0]}**. ${status}`,
    '',
    ...section(
      page,
      [
        '### Databases to rotate',
        '',
        'Clients first: deploy a bundle that trusts the target root, then run the command (or rotate the environment with `mode: rotate`).',
        '',
      ],
      ['Database', 'Account', 'Region', 'Engine', 'CA → target', 'Restart', 'Deadline', 'Command'],
      rows.map((r) => ({
        key: rowKey(r),
        cells: [
          cell(r.id),
          cell(r.account ?? ''),
          cell(r.region),
          cell(r.engine),
          `${cell(r.ca)} → ${r.target}`,
          r.restart ? 'yes' : 'no',
          deadlineCell(r),
          commandCell(r),
        ],
      })),
      'databases',
    ),
    ...section(
      page,
      ['### Trust material to change in the repository', ''],
      ['File', 'Line', 'What is wrong', 'What to do'],
      files.map((f) => ({
        key: findingKey(f),
        cells: [cell(f.file!), String(f.line ?? ''), proseCell(f.message), proseCell(f.remediation)],
      })),
      'files',
    ),
    ...section(
      page,
      ['### Other findings', ''],
      ['Severity', 'Rule', 'Concerns', 'What is wrong', 'What to do'],
      others.map((f) => ({
        key: findingKey(f),
        cells: [f.severity, `\`${f.rule}\``, cell(f.resource ?? ''), proseCell(f.message), proseCell(f.remediation)],
      })),
      'findings',
    ),
  ];
  // Only what the body shows keeps its date: the marker stays small, and the same for an unchanged fleet.
  const shownSince = Object.fromEntries(Object.entries(page.since).filter(([k]) => page.shown.has(k)));
  out.push('_Kept by RDS CA Guard: updated when the findings change, closed when they are all fixed._', sinceMarker(shownSince), '');
  return out.join('\n');
}

/** The body for this run, or null when nothing (no error, no warning) keeps the issue open. */
export function renderIssueBody(outcome: CheckOutcome, key: string, previousBody: string | undefined): string | null {
  const open = tracked(outcome.findings);
  if (!open.length) return null;
  const rows = remediationRows(outcome.facts);
  const today = outcome.facts.now.slice(0, 10);
  const since = carrySince(readSince(previousBody), [...rows.map(rowKey), ...open.map(findingKey)], today);
  const page = (limit: number): Page => ({ limit, since, shown: new Set() });
  for (const limit of [Infinity, 400, 200, 100, 50, 20, 5, 0]) {
    const body = render(outcome, key, open, rows, page(limit));
    if (body.length <= ISSUE_BODY_MAX) return body;
  }
  return render(outcome, key, open, rows, page(0)).slice(0, ISSUE_BODY_MAX);
}

/**
 * The tables a tracking issue's body is made of (databases to rotate, the repository's trust
 * material, other findings) and the status line above them, shared by the one-issue body and the
 * bodies with a section per account. Each row carries a key: its first-seen date is kept under it.
 */
import { sinceMarker, type Since } from './marker.js';
import { cell, plural, proseCell, table } from '../render/markdown.js';
import { databaseCells, databaseHeader, type RemediationRow } from '../render/remediation.js';
import type { Finding } from '../model/finding.js';

/** GitHub refuses issue bodies over 65,536 characters. */
export const ISSUE_BODY_MAX = 65_536;
/** Rows shown before the rest folds into a <details> block. */
const SHOWN = 20;

export const rowKey = (r: RemediationRow) => `db:${r.arn}`;
export const findingKey = (f: Finding) => `${f.rule}:${f.file ?? ''}:${f.resource ?? ''}`;

/** What keeps the issue open: errors and warnings (notices alone are all clear). */
export function tracked(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'notice');
}

type Row = { key: string; cells: string[] };

/** One rendering: how many rows a section keeps, since when each item is seen, and the keys shown (filled in). */
export interface Page {
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

/** What one body or section shows: its open findings and databases to rotate; its since keys start with `prefix`. */
export interface Shown {
  open: Finding[];
  rows: RemediationRow[];
  prefix: string;
  /** The Account column: shown in the one-issue body, left out under an account's own heading. */
  accountColumn: boolean;
}

/** The keys of everything `shown` can list, for the first-seen dates. */
export function keysOf(shown: Shown): string[] {
  return [...shown.rows.map(rowKey), ...shown.open.map(findingKey)].map((k) => shown.prefix + k);
}

const repositoryFiles = (open: Finding[]) => open.filter((f) => f.file);

/** The status line: databases to rotate, the nearest deadline, changes to the repository, errors and warnings. */
export function statusLine({ open, rows }: Shown, databases = true): string {
  const files = repositoryFiles(open);
  const errors = open.filter((f) => f.severity === 'error').length;
  const nearest = rows.find((r) => r.deadline);
  return [
    databases ? (rows.length ? `**${plural(rows.length, 'database')} to rotate**` : '**No database to rotate**') : undefined,
    nearest
      ? `nearest deadline **${cell(nearest.deadline!.date.slice(0, 10))}** (${cell(nearest.id)}, ${nearest.deadline!.source})`
      : undefined,
    files.length ? `${plural(files.length, 'change')} to the repository's trust material` : undefined,
    `${plural(errors, 'error')}, ${plural(open.length - errors, 'warning')}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The tables: databases to rotate (clients first), the repository's trust material, other findings. */
export function tables(page: Page, shown: Shown): string[] {
  const { open, rows, prefix, accountColumn } = shown;
  const others = open.filter((f) => !f.file && f.rule !== 'database-ca-not-approved');
  return [
    ...section(
      page,
      [
        '### Databases to rotate',
        '',
        'Clients first: deploy a bundle that trusts the target root, then run the command (or rotate the environment with `mode: rotate`).',
        '',
      ],
      databaseHeader(accountColumn),
      rows.map((r) => ({ key: prefix + rowKey(r), cells: databaseCells(r, accountColumn) })),
      'databases',
    ),
    ...section(
      page,
      ['### Trust material to change in the repository', ''],
      ['File', 'Line', 'What is wrong', 'What to do'],
      repositoryFiles(open).map((f) => ({
        key: prefix + findingKey(f),
        cells: [cell(f.file!), String(f.line ?? ''), proseCell(f.message), proseCell(f.remediation)],
      })),
      'files',
    ),
    ...section(
      page,
      ['### Other findings', ''],
      ['Severity', 'Rule', 'Concerns', 'What is wrong', 'What to do'],
      others.map((f) => ({
        key: prefix + findingKey(f),
        cells: [f.severity, `\`${f.rule}\``, cell(f.resource ?? ''), proseCell(f.message), proseCell(f.remediation)],
      })),
      'findings',
    ),
  ];
}

/** The footer: what keeps the issue, and the first-seen dates of what the body shows (only those: the marker stays small). */
export function footer(page: Page): string[] {
  const shownSince = Object.fromEntries(Object.entries(page.since).filter(([k]) => page.shown.has(k)));
  return ['_Kept by RDS CA Guard: updated when the findings change, closed when they are all fixed._', sinceMarker(shownSince), ''];
}

/**
 * The longest rendering that fits GitHub's limit: every row, else at most 400, 200 … 0 rows per
 * table (what is left out is counted); cut at the limit when even that is too long.
 */
export function fitted(since: Since, render: (page: Page) => string): string {
  for (const limit of [Infinity, 400, 200, 100, 50, 20, 5, 0]) {
    const body = render({ limit, since, shown: new Set() });
    if (body.length <= ISSUE_BODY_MAX) return body;
  }
  return render({ limit: 0, since, shown: new Set() }).slice(0, ISSUE_BODY_MAX);
}

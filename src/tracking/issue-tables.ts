/**
 * What a tracking issue's body is made of, shared by the one-issue body and the bodies with a
 * section per account: the status line, the plan in the order to act (the job summary's, from
 * src/render/plan-markdown.ts) with a column saying since when each row is seen, the findings no
 * step holds, and the footer. Each row carries keys: its first-seen date is kept under them.
 */
import { sinceMarker, type Since } from './marker.js';
import { cell, plural, proseCell, table } from '../render/markdown.js';
import { planMarkdown, type PlanColumn } from '../render/plan-markdown.js';
import type { ActionPlan, PlannedDatabase } from '../plan/action-plan.js';
import type { RemediationRow } from '../render/remediation.js';
import type { Finding } from '../model/finding.js';

const FOOTER = '_Kept by RDS CA Guard: updated when the findings change, closed when they are all fixed._';

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

/** One rendering: how many rows a table keeps, since when each item is seen, and the keys shown (filled in). */
export interface Page {
  limit: number;
  since: Since;
  shown: Set<string>;
}

/** What one body or section shows: its open findings and its plan; its since keys start with `prefix`. */
export interface Shown {
  open: Finding[];
  plan: ActionPlan;
  prefix: string;
  /** The Account column: shown in the one-issue body of a multi-account run, left out under an account's own heading. */
  accountColumn: boolean;
}

const databasesOf = (plan: ActionPlan): PlannedDatabase[] => plan.rotate.flatMap((g) => g.databases);

/** The keys of everything `shown` can list, for the first-seen dates. */
export function keysOf(shown: Shown): string[] {
  return [...databasesOf(shown.plan).map((d) => rowKey(d.row)), ...shown.open.map(findingKey)].map((k) => shown.prefix + k);
}

/** The Since column: each row rendered is marked shown; a file's row is seen since the earliest of its problems. */
function sinceColumn(page: Page, prefix: string): PlanColumn {
  const seen = (keys: string[]) => {
    for (const k of keys) page.shown.add(k);
    return keys.map((k) => page.since[k] ?? '').reduce((a, b) => (a && (!b || a < b) ? a : b), '');
  };
  return {
    header: 'Since',
    database: (d) => seen([prefix + rowKey(d.row)]),
    findings: (problems) => seen(problems.map((f) => prefix + findingKey(f))),
  };
}

/** The status line: databases to rotate, changes to the repository (trust files and places in code), errors and warnings. */
export function statusLine({ open, plan }: Shown, databases = true): string {
  const rotate = databasesOf(plan).length;
  const errors = open.filter((f) => f.severity === 'error').length;
  const files = plan.trust.length + plan.iac.length;
  return [
    databases ? (rotate ? `**${plural(rotate, 'database')} to rotate**` : '**No database to rotate**') : undefined,
    files ? `${plural(files, 'change')} to the repository` : undefined,
    `${plural(errors, 'error')}, ${plural(open.length - errors, 'warning')}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The findings no step of the plan holds, with the date each was first seen: the first shown, up to the limit folded, the rest counted. */
function otherFindings(page: Page, shown: Shown): string[] {
  const rows = tracked(shown.plan.rest);
  if (!rows.length) return [];
  const kept = rows.slice(0, page.limit);
  const key = (f: Finding) => shown.prefix + findingKey(f);
  for (const f of kept) page.shown.add(key(f));
  const head = ['Severity', 'Rule', 'Concerns', 'What is wrong', 'What to do', 'Since'];
  const cells = (f: Finding) => [
    f.severity,
    `\`${f.rule}\``,
    cell(f.file ?? f.resource ?? ''),
    proseCell(f.message),
    proseCell(f.remediation),
    page.since[key(f)] ?? '',
  ];
  const folded = kept.slice(SHOWN);
  return [
    '### Other findings',
    '',
    ...table(head, kept.slice(0, SHOWN).map(cells)),
    '',
    ...(folded.length
      ? [
          '<details>',
          `<summary>${plural(folded.length, 'more finding')}</summary>`,
          '',
          ...table(head, folded.map(cells)),
          '',
          '</details>',
          '',
        ]
      : []),
    ...(rows.length > kept.length ? [`… and ${plural(rows.length - kept.length, 'finding')} more in the run's JSON report.`, ''] : []),
  ];
}

export interface PlanSectionOptions {
  environmentTag: string;
  today: string;
  /** The headline and the picture (false: the body shows them once, above its sections). */
  overview: boolean;
}

/** The plan, then the other findings: what a body or an account's section holds. */
export function planLines(page: Page, shown: Shown, options: PlanSectionOptions): string[] {
  return [
    ...planMarkdown(shown.plan, {
      multi: shown.accountColumn,
      environmentTag: options.environmentTag,
      today: options.today,
      column: sinceColumn(page, shown.prefix),
      maxRows: page.limit,
      overview: options.overview,
      markToday: false,
    }),
    ...otherFindings(page, shown),
  ];
}

/** The footer: what keeps the issue, and the first-seen dates of what the body shows (only those: the marker stays small). */
export function footer(page: Page): string[] {
  const shownSince = Object.fromEntries(Object.entries(page.since).filter(([k]) => page.shown.has(k)));
  return [FOOTER, sinceMarker(shownSince), ''];
}

/**
 * The longest rendering that fits GitHub's limit: at most 400 rows per table (more never fit in
 * 65,536 characters), else 200, 100 … 0 (what is left out is counted; at 0 an environment is one
 * line). When even that is too long (hundreds of accounts), the sections that fit are kept whole,
 * the others counted, and the footer with its marker always ends the body.
 */
export function fitted(since: Since, render: (page: Page) => string): string {
  let body = '';
  for (const limit of [400, 200, 100, 50, 20, 5, 0]) {
    body = render({ limit, since, shown: new Set() });
    if (body.length <= ISSUE_BODY_MAX) return body;
  }
  const foot = body.lastIndexOf(`\n${FOOTER}`);
  const [head, tail] = foot < 0 ? [body, ''] : [body.slice(0, foot), body.slice(foot)];
  const room = ISSUE_BODY_MAX - tail.length - 200;
  const cut = Math.max(head.lastIndexOf('\n## ', room), head.lastIndexOf('\n', room));
  const dropped = head
    .slice(cut)
    .split('\n')
    .filter((l) => l.startsWith('## ')).length;
  const note = `\n\n… ${dropped ? `and ${plural(dropped, 'section')} more` : 'and more'}, left out to keep within GitHub's 65,536 characters: the run's JSON report has them all.\n`;
  return (head.slice(0, cut).trimEnd() + note + tail).slice(0, ISSUE_BODY_MAX);
}

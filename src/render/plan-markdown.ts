/**
 * The plan in Markdown, in the order to act, for the job summary and the tracking issue: the
 * headline and the picture, then (1) the trust material to change, one row per file; (2) the
 * databases to rotate, one subsection per environment; (3) the infrastructure code to change,
 * one row per file and line. Each database and each file appears once outside the folds. The
 * budget bounds the rows shown unfolded; what it leaves out is folded, and in the JSON report.
 */
import type { ActionPlan } from '../plan/action-plan.js';
import type { Finding } from '../model/finding.js';
import { cell, plural, proseCell, table } from './markdown.js';
import { groupLine, groupSection, leftOut, type PlanColumn } from './plan-groups.js';
import { planHeadline, planPicture } from './plan-picture.js';

export type { PlanColumn } from './plan-groups.js';

export interface PlanBudget {
  /** Database rows shown unfolded, over all groups (each group shows at least MIN_ROWS). */
  databaseRows: number;
  /** Rows of the trust and IaC tables shown unfolded. */
  fileRows: number;
}

export const DEFAULT_BUDGET: PlanBudget = { databaseRows: 20, fileRows: 10 };
const MIN_ROWS = 3;

export interface PlanMarkdownOptions {
  multi: boolean;
  environmentTag: string;
  /** YYYY-MM-DD or an ISO instant: the gantt's today. */
  today: string;
  budget?: PlanBudget;
  /** A column added to every table (the tracking issue's first-seen date). */
  column?: PlanColumn;
  /** Rows rendered at most per table, folds included; the rest are counted (the tracking issue's size limit). */
  maxRows?: number;
  /** The headline and the picture; false for a section of a body that shows them once. Default true. */
  overview?: boolean;
  /** The picture marks today; false for a body that must not change from day to day (the tracking issue). Default true. */
  markToday?: boolean;
}

/** Problems shown in one cell at most; the JSON report has them all. */
const CELL_PROBLEMS = 10;

function problemsCell(problems: ReadonlyArray<{ message: string }>): string {
  const more = problems.length > CELL_PROBLEMS ? [`… and ${problems.length - CELL_PROBLEMS} more in the JSON report`] : [];
  return [...problems.slice(0, CELL_PROBLEMS).map((p) => proseCell(p.message)), ...more].join('<br>');
}

/** A file table: the first `shown` rows, the others up to `max` folded, the rest counted. Rows are made only for what is rendered. */
function capped<T extends { problems: Finding[] }>(
  items: readonly T[],
  cells: (item: T) => string[],
  limits: { shown: number; max: number; column?: PlanColumn },
  header: string[],
  what: string,
): string[] {
  const { column } = limits;
  const row = (item: T) => [...cells(item), ...(column ? [column.findings(item.problems)] : [])];
  const head = [...header, ...(column ? [column.header] : [])];
  const kept = items.slice(0, limits.max);
  const rest = kept.slice(limits.shown);
  if (!kept.length) return leftOut(items.length, what);
  return [
    ...table(head, kept.slice(0, limits.shown).map(row)),
    '',
    ...(rest.length
      ? ['<details>', `<summary>The other ${plural(rest.length, what)}</summary>`, '', ...table(head, rest.map(row)), '', '</details>', '']
      : []),
    ...leftOut(items.length - kept.length, what),
  ];
}

function trustSection(plan: ActionPlan, options: PlanMarkdownOptions, budget: PlanBudget): string[] {
  if (!plan.trust.length) return [];
  return [
    `### 1. Trust material to change (${plural(plan.trust.length, 'file')})`,
    '',
    'Clients first: until they trust the target CA, a rotated database refuses their connections.',
    '',
    ...capped(
      plan.trust,
      (s) => [cell(s.file), problemsCell(s.problems), [s.fix, ...s.alsoFix].map(proseCell).join('<br>')],
      { shown: budget.fileRows, max: options.maxRows ?? Infinity, column: options.column },
      ['File', 'Problems', 'Fix'],
      'file',
    ),
  ];
}

function rotateSection(plan: ActionPlan, options: PlanMarkdownOptions, budget: PlanBudget): string[] {
  if (!plan.rotate.length) return [];
  const total = plan.rotate.reduce((n, g) => n + g.counts.databases, 0);
  const rows = Math.max(MIN_ROWS, Math.floor(budget.databaseRows / plan.rotate.length));
  const groupOptions = { ...options, rows, maxRows: options.maxRows ?? Infinity };
  const heading = `### 2. Databases to rotate (${plural(total, 'database')}, ${plural(plan.rotate.length, 'group')}`;
  // No row to show (the tracking issue at its smallest): one line per environment, the databases in the JSON report.
  if (groupOptions.maxRows === 0) return [`${heading}; each in the run's JSON report)`, '', ...plan.rotate.map(groupLine), ''];
  return [
    `${heading})`,
    '',
    'One environment at a time, dev first and prod last; check each before the next.',
    '',
    ...plan.rotate.flatMap((g) => groupSection(g, groupOptions)),
  ];
}

function iacSection(plan: ActionPlan, options: PlanMarkdownOptions, budget: PlanBudget): string[] {
  if (!plan.iac.length) return [];
  return [
    `### 3. Infrastructure code to change (${plural(plan.iac.length, 'place')})`,
    '',
    'Or the next apply puts the old CA back.',
    '',
    ...capped(
      plan.iac,
      (s) => [cell(s.line !== undefined ? `${s.file}:${s.line}` : s.file), problemsCell(s.problems), proseCell(s.fix)],
      { shown: budget.fileRows, max: options.maxRows ?? Infinity, column: options.column },
      ['File:line', 'Problems', 'Fix'],
      'place',
    ),
  ];
}

/** The headline, the picture and the three steps, as Markdown lines. */
export function planMarkdown(plan: ActionPlan, options: PlanMarkdownOptions): string[] {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const overview = options.overview ?? true;
  const headline = overview ? planHeadline(plan) : undefined;
  const picture = overview ? planPicture(plan, options.today, options.markToday ?? true) : undefined;
  return [
    ...(headline ? [headline, ''] : []),
    ...(picture ? [picture, ''] : []),
    ...trustSection(plan, options, budget),
    ...rotateSection(plan, options, budget),
    ...iacSection(plan, options, budget),
  ];
}

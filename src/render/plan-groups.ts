/**
 * Step 2 of the plan in Markdown: one subsection per environment group, in the plan's order,
 * each with the `mode: rotate` call that does it (or what comes first), its databases' table
 * (the first `rows`; the rest folded), and the per-database commands folded.
 */
import type { EnvironmentGroup, PlannedDatabase, RotateCall } from '../plan/action-plan.js';
import type { Finding } from '../model/finding.js';
import { byCodePoint } from '../model/iac.js';
import { cell, code, plural, proseCell, table } from './markdown.js';
import { commandCell } from './remediation.js';
import { databaseLink } from './console-link.js';
import { environmentName } from './plan-picture.js';

/** A column added to every table of the plan (the tracking issue's first-seen date): its header, and the cell of each row rendered. */
export interface PlanColumn {
  header: string;
  database(d: PlannedDatabase): string;
  /** The cell of a file's row, from the findings it holds. */
  findings(problems: readonly Finding[]): string;
}

export interface GroupOptions {
  /** An Account column (a multi-account run). */
  multi: boolean;
  /** Database rows shown unfolded per group; the rest go in a fold. */
  rows: number;
  /** Database rows rendered at most, folds included; the rest are counted. */
  maxRows: number;
  column?: PlanColumn;
  /** The environment tag's key, for the databases without an environment. */
  environmentTag: string;
}

/** A YAML scalar that cannot end the fence or the mapping: JSON's double-quoted string, backticks escaped. */
function yamlValue(value: string): string {
  return /^[a-z][a-z0-9-]*$/.test(value) && !['true', 'false', 'yes', 'no', 'on', 'off', 'null'].includes(value)
    ? value
    : JSON.stringify(value).replace(/`/g, '\\u0060');
}

export function rotateCallBlock(call: RotateCall): string[] {
  return ['```yaml', 'with:', ...Object.entries(call).map(([k, v]) => `  ${k}: ${yamlValue(v)}`), '```'];
}

function day(iso: string | undefined): string {
  return iso ? cell(iso.slice(0, 10)) : '';
}

function dueCell(d: PlannedDatabase): string {
  if (d.dates.overdue) return d.dates.overdue.since ? `**overdue** since ${day(d.dates.overdue.since)}` : '**overdue** (CA gone)';
  return d.dates.caExpiry ? `CA expires ${day(d.dates.caExpiry)}` : '';
}

function awsCell(d: PlannedDatabase): string {
  const aws = d.dates.awsRotates;
  if (!aws) return '—';
  return `${day(aws.date)}${aws.forced ? '' : ' (at the earliest)'}${aws.restart ? ', with a restart' : ''}`;
}

export function databaseTable(databases: readonly PlannedDatabase[], multi: boolean, column?: PlanColumn): string[] {
  return table(
    [
      'Database',
      ...(multi ? ['Account'] : []),
      'Region',
      'Engine',
      'CA → target',
      'Restart',
      'Due',
      'AWS rotates on',
      ...(column ? [column.header] : []),
    ],
    databases.map((d) => [
      databaseLink(d.row),
      ...(multi ? [cell(d.row.account)] : []),
      cell(d.row.region),
      cell(d.row.engine),
      `${cell(d.row.ca)} → ${d.row.target}${d.row.blockedBy ? `<br>**blocked**: ${proseCell(d.row.blockedBy)}` : ''}`,
      d.row.restart ? 'yes' : 'no',
      dueCell(d),
      awsCell(d),
      ...(column ? [column.database(d)] : []),
    ]),
  );
}

/** What a row cap leaves out of a table, counted. */
export function leftOut(n: number, what: string): string[] {
  return n > 0
    ? [`… and ${plural(n, what)} more, left out to keep within GitHub's size limit: the run's JSON report has them all.`, '']
    : [];
}

function fold(summary: string, body: string[]): string[] {
  return ['<details>', `<summary>${summary}</summary>`, '', ...body, '', '</details>', ''];
}

/** `eu-west-1: 300 · us-east-1: 200` (by count, then name). */
function perRegion(databases: readonly PlannedDatabase[]): string {
  const counts = new Map<string, number>();
  for (const d of databases) counts.set(d.row.region, (counts.get(d.row.region) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || byCodePoint(a, b))
    .map(([r, n]) => `${cell(r)}: ${n}`)
    .join(' · ');
}

function howToRotate(g: EnvironmentGroup, options: GroupOptions): string[] {
  const first = g.blockedByTrust ? 'Clients first: change the trust material above, then rotate with one run' : 'Rotate them with one run';
  if (g.call) return [`${first} (\`mode: rotate\`, under the environment’s protection):`, '', ...rotateCallBlock(g.call), ''];
  const outside = g.databases.filter((d) => d.taggedOutside).length;
  return [
    `${g.blockedByTrust ? 'Clients first: change the trust material above. ' : ''}No rotate call reaches these databases: tag each \`${cell(options.environmentTag)}=<environment>\` or add it to an environment of the environments file${outside ? ` (${plural(outside, 'database')} tagged for an environment whose entry leaves it out)` : ''}; meanwhile, the commands below rotate them one at a time.`,
    '',
  ];
}

/** A group in one line: `- **prod**: 3 databases (3 with a restart), `mode: rotate` with <code>environment: prod</code>`. */
export function groupLine(g: EnvironmentGroup): string {
  const restart = g.counts.restart ? ` (${g.counts.restart} with a restart)` : '';
  const how = g.call ? `\`mode: rotate\` with ${code(`environment: ${g.call.environment}`)}` : 'no rotate call reaches them';
  return `- **${cell(environmentName(g.name))}**: ${plural(g.counts.databases, 'database')}${restart}, ${how}`;
}

export function groupSection(g: EnvironmentGroup, options: GroupOptions): string[] {
  const restart = g.counts.restart ? `, ${g.counts.restart} with a restart` : '';
  const blocked = g.counts.blocked ? `, ${g.counts.blocked} blocked (engine upgrade first)` : '';
  const kept = g.databases.slice(0, options.maxRows);
  const shown = kept.slice(0, options.rows);
  const rest = kept.slice(shown.length);
  const omitted = g.databases.length - kept.length;
  return [
    `#### ${cell(environmentName(g.name))} (${plural(g.counts.databases, 'database')}${restart}${blocked})`,
    '',
    ...(rest.length || omitted ? [`By region: ${perRegion(g.databases)}.`, ''] : []),
    ...howToRotate(g, options),
    ...databaseTable(shown, options.multi, options.column),
    '',
    ...(rest.length
      ? fold(
          `The other ${plural(rest.length, 'database')} of ${cell(environmentName(g.name))}`,
          databaseTable(rest, options.multi, options.column),
        )
      : []),
    ...leftOut(omitted, 'database'),
    ...(kept.length
      ? fold(
          `Commands, one database at a time (${kept.length})`,
          table(
            ['Database', ...(options.multi ? ['Account'] : []), 'Command'],
            kept.map((d) => [cell(d.row.id), ...(options.multi ? [cell(d.row.account)] : []), commandCell(d.row)]),
          ),
        )
      : []),
  ];
}

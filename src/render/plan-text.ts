/**
 * The plan as the CLI's plain text, before the findings: what to change first (trust material), then
 * each environment's databases in the order to rotate them, then the code. Every line starts with
 * fixed text and every value stays on its line, so nothing from the repository or AWS can start a
 * line the runner reads as a workflow command.
 */
import type { ActionPlan, DatabaseDates, EnvironmentGroup } from '../plan/action-plan.js';
import { plural } from './markdown.js';
import { oneLine } from '../base/text.js';

/** Rows shown per environment; the JSON report and the summary have them all. */
const ROWS = 10;

function due(dates: DatabaseDates): string {
  const parts = [
    ...(dates.overdue ? [`overdue since ${dates.overdue.since?.slice(0, 10) ?? 'its CA ended'}`] : []),
    ...(dates.caExpiry ? [`CA expires ${dates.caExpiry.slice(0, 10)}`] : []),
    ...(dates.awsRotates
      ? [`AWS rotates on ${dates.awsRotates.date.slice(0, 10)}${dates.awsRotates.restart ? ', with a restart' : ''}`]
      : []),
  ];
  return parts.join('; ');
}

function group(g: EnvironmentGroup, multi: boolean): string[] {
  const name = g.name ?? 'no environment';
  const how = g.call
    ? `rotate with ${Object.entries(g.call)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}`
    : 'no rotate call reaches them: tag each with its environment or add it to the environments file';
  const rows = g.databases.slice(0, ROWS).map(({ row, dates }) => {
    const where = `${multi ? `${row.account}/` : ''}${row.region}/${row.id}`;
    return `    - ${oneLine(where)}  ${oneLine(row.ca)} -> ${row.target}${row.restart ? ' (restart)' : ''}  ${oneLine(due(dates))}`;
  });
  const more = g.databases.length > ROWS ? [`    - and ${g.databases.length - ROWS} more (the JSON report lists them all)`] : [];
  return [`  - environment ${oneLine(name)}: ${plural(g.counts.databases, 'database')}; ${oneLine(how)}`, ...rows, ...more];
}

export function planText(plan: ActionPlan, multi: boolean): string[] {
  const out: string[] = [];
  if (plan.trust.length) {
    out.push(`1. Trust material to change first (${plural(plan.trust.length, 'file')}):`);
    for (const step of plan.trust)
      out.push(`  - file ${oneLine(step.file)}: ${plural(step.problems.length, 'problem')}`, `    fix: ${oneLine(step.fix)}`);
  }
  if (plan.rotate.length) {
    const count = plan.rotate.reduce((n, g) => n + g.databases.length, 0);
    out.push(`2. Databases to rotate (${count}), one environment at a time:`, ...plan.rotate.flatMap((g) => group(g, multi)));
  }
  if (plan.iac.length) {
    out.push(`3. Infrastructure code to change (${plural(plan.iac.length, 'place')}):`);
    for (const step of plan.iac)
      out.push(`  - file ${oneLine(`${step.file}${step.line ? `:${step.line}` : ''}`)}`, `    fix: ${oneLine(step.fix)}`);
  }
  return out.length ? ['Plan, in the order to act:', ...out, '', 'Findings, worst first:', ''] : [];
}

/**
 * The job summary: the verdict, then the plan in the order to act (src/render/plan-markdown.ts),
 * then, folded, the findings no step of the plan holds (one table per rule, worst first) and
 * where clients get their CA. Pure: the check's outcome in, Markdown out.
 */
import { inspectedCount, multiAccount } from '../model/fleet.js';
import { RULES } from '../rules/index.js';
import { cell, code, plural, proseCell, table } from './markdown.js';
import { actionPlan, DEFAULT_PLAN_OPTIONS, type PlanOptions } from '../plan/action-plan.js';
import { planMarkdown, type PlanBudget } from './plan-markdown.js';
import { clientTrust } from './clients.js';
import { accountColumn, accountsLine, accountsNotInspectedTable } from './accounts.js';
import { type Finding, SEVERITY_ORDER } from '../model/finding.js';
import type { CheckOutcome } from '../model/outcome.js';

/** GitHub's job summary limit is 1 MiB per step; stay well under it. */
export const SUMMARY_MAX_BYTES = 1000 * 1024;

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** Aggregate mode: how many shard reports the AWS facts come from. */
function shardsNote({ shards }: CheckOutcome['facts']): string {
  if (!shards) return '';
  const refused = shards.refused.length ? `, **${shards.refused.length} refused**` : '';
  return ` · merged from ${plural(shards.merged.length, 'shard report')}${refused}`;
}

function awsLine(outcome: CheckOutcome, offline: boolean): string {
  return awsFacts(outcome, offline) + shardsNote(outcome.facts);
}

function awsFacts(outcome: CheckOutcome, offline: boolean): string {
  const { facts } = outcome;
  if (offline) return 'AWS: not inspected (offline: repository only)';
  if (!facts.aws) return 'AWS: **not inspected**';
  const dbs = inspectedCount(facts);
  if (multiAccount(facts.aws)) return accountsLine(facts.aws, dbs);
  const failed = facts.aws.failed.length ? `, **${plural(facts.aws.failed.length, 'region')} not inspected**` : '';
  return `AWS account ${cell(facts.aws.account ?? '?')} as ${code(facts.aws.principal ?? '?')} (${facts.aws.via}): ${plural(dbs, 'database')} in ${plural(facts.aws.inspected.length, 'region')}${failed}`;
}

const VERDICT = { ok: '✅ ok', 'not checked': '❔ not checked', error: '❌ error', warning: '⚠️ warning', notice: 'ℹ️ notice' } as const;
/** Rows shown in the summary; the JSON report has them all. */
const CLIENT_ROWS = 50;

function clientsTable(outcome: CheckOutcome): string[] {
  const rows = clientTrust(outcome.facts, outcome.findings);
  if (!rows.length) return [];
  return [
    '<details>',
    `<summary>Where clients get their CA (${rows.length})</summary>`,
    '',
    ...table(
      ['Where', 'How', 'Given', 'Resolves to', 'Verdict'],
      rows
        .slice(0, CLIENT_ROWS)
        .map((r) => [cell(r.line ? `${r.file}:${r.line}` : r.file), r.kind, cell(r.given), cell(r.resolvesTo), VERDICT[r.verdict]]),
    ),
    ...(rows.length > CLIENT_ROWS ? ['', `… and ${rows.length - CLIENT_ROWS} more in the JSON report (\`clients\`).`] : []),
    '',
    '</details>',
    '',
  ];
}

export interface SummaryOptions {
  offline: boolean;
  reportFile?: string;
  /** How the plan finds a database's environment; the environment tag `Environment` when not given. */
  plan?: PlanOptions;
  budget?: PlanBudget;
}

/** The findings no step of the plan holds, one table per rule (worst first), folded. */
function otherFindings(findings: readonly Finding[], multi: boolean): string[] {
  const tables: string[] = [];
  for (const severity of SEVERITY_ORDER) {
    for (const rule of RULES) {
      const mine = findings.filter((f: Finding) => f.rule === rule.id && f.severity === severity);
      if (!mine.length) continue;
      tables.push(
        `#### ${ICON[severity]} ${rule.title} (\`${rule.id}\`, ${plural(mine.length, severity)})`,
        '',
        `_${rule.why}_`,
        '',
        ...table(
          ['Where', 'Line', ...accountColumn(multi, 'Account'), 'What is wrong', 'How to fix'],
          mine.map((f) => [
            f.file || f.resource ? cell(f.file ?? f.resource!) : '—',
            String(f.line ?? ''),
            ...accountColumn(multi, cell(f.account ?? '')),
            proseCell(f.message),
            proseCell(f.remediation),
          ]),
        ),
        '',
      );
    }
  }
  if (!tables.length) return [];
  return ['<details>', `<summary>Other findings (${findings.length})</summary>`, '', ...tables, '</details>', ''];
}

export function renderSummary(outcome: CheckOutcome, options: SummaryOptions): string {
  const { facts, findings, verdict } = outcome;
  const c = verdict.counts;
  const head = verdict.result === 'pass' ? '✅ RDS CA Guard: pass' : '❌ RDS CA Guard: fail';
  const lines = [
    `## ${head} — ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.notice, 'notice')}`,
    '',
    `Target CA **${facts.approvedCa[0]}** (approved: ${facts.approvedCa.join(', ')}) · ${plural(facts.regions.length, 'region')} in scope · ` +
      `${plural(facts.repository.filesScanned, 'file')} scanned (${facts.repository.listedBy === 'git' ? 'git file list' : 'directory walk'}) · ` +
      `${plural(facts.bundles.length, 'RDS bundle')} · ${plural(facts.repository.pins.length, 'IaC CA setting')} · ` +
      awsLine(outcome, options.offline),
    '',
  ];
  const multi = multiAccount(facts.aws);
  const planOptions = options.plan ?? DEFAULT_PLAN_OPTIONS;
  const plan = actionPlan(facts, findings, planOptions);
  const rest = [otherFindings(plan.rest, multi), clientsTable(outcome)];
  const planLines = (maxRows: number) =>
    planMarkdown(plan, { multi, environmentTag: planOptions.environmentTag, today: facts.now, budget: options.budget, maxRows });
  // The plan in its shape within GitHub's limit: up to 2,000 rows per table folded in, else fewer (the rest counted).
  const fits = (maxRows: number) =>
    Buffer.byteLength([...lines, ...planLines(maxRows), ...rest.flat()].join('\n')) <= SUMMARY_MAX_BYTES - 16 * 1024;
  const maxRows = [2000, 1000, 500, 200, 100].find(fits) ?? 100;
  const tail: string[][] = [accountsNotInspectedTable(facts.aws), planLines(maxRows), ...rest];
  if (!findings.length)
    tail.push([
      `Every RDS bundle holds the target root for every region in scope${facts.aws ? ', every database is on an approved CA,' : ''} and no IaC pins an unapproved CA.`,
      '',
    ]);
  if (options.reportFile) tail.push([`Full report: ${code(options.reportFile)}`, '']);
  let text = [...lines, ...tail.flat()].join('\n');
  if (Buffer.byteLength(text) > SUMMARY_MAX_BYTES) {
    // Cut by bytes (GitHub's limit), at a line end, leaving room for the note; never inside a character.
    const kept = Buffer.from(text)
      .subarray(0, SUMMARY_MAX_BYTES - 1024)
      .toString('utf8');
    const cut = kept.lastIndexOf('\n', kept.length - 2);
    text = `${kept.slice(0, cut)}\n\n… summary truncated at GitHub's 1 MiB limit; every finding is in the JSON report${options.reportFile ? ` (${code(options.reportFile)})` : ''}.\n`;
  }
  return text;
}

/** The rotate mode's summary: the plan (or why it was refused), then before/after. Pure. */
import { cell, code, proseCell, table } from './markdown.js';
import { rotationCounts, type RotationOutcome } from '../rotation/outcome.js';
import { multiAccount } from '../model/fleet.js';
import { accountColumn } from './accounts.js';

/** `cancelledBy`: the signal that cut the run short (the summary then says what was done before it). */
export function renderRotationSummary(outcome: RotationOutcome, cancelledBy?: string): string {
  const { plan, dryRun } = outcome;
  const counts = rotationCounts(outcome);
  const refused = plan.refusals.length > 0;
  const started = outcome.results.filter((r) => r.status === 'started').length;
  const multi = multiAccount(outcome.check.facts.aws);
  const account = (db: { account: string }) => accountColumn(multi, cell(db.account));
  const ACCOUNT = accountColumn(multi, 'Account');
  const head = cancelledBy
    ? `## ⏹️ RDS CA Guard: rotation of ${cell(plan.environment)} cancelled (${cancelledBy}): ${counts.rotated} changed, ${counts.failed} failed, ${started} started and not verified, ${counts.skipped} not started`
    : dryRun
      ? `## 🔎 RDS CA Guard: rotation plan for ${cell(plan.environment)} (dry run: nothing changed)`
      : refused
        ? `## ⛔ RDS CA Guard: rotation of ${cell(plan.environment)} refused (nothing changed)`
        : `## ${counts.failed ? '❌' : '✅'} RDS CA Guard: rotated ${cell(plan.environment)}: ${counts.rotated} changed, ${counts.failed} failed, ${counts.skipped} skipped`;
  const lines = [
    head,
    '',
    `Target CA **${plan.target}** · ${plan.changes.length} to change · ${plan.unchanged.length} already on an approved CA · ${plan.skipped.length} skipped`,
    '',
  ];
  if (refused) {
    lines.push(
      dryRun ? '### Would be refused' : '### Refused',
      '',
      ...table(
        ['Why', 'Override'],
        plan.refusals.map((r) => [proseCell(r.reason), proseCell(r.override)]),
      ),
      '',
    );
  }
  if (plan.changes.length) {
    lines.push(
      '### Plan',
      '',
      ...table(
        ['Database', ...ACCOUNT, 'Region', 'Engine', 'CA → target', 'Restart', 'When', 'Command'],
        plan.changes.map((c) => [
          cell(c.db.id),
          ...account(c.db),
          cell(c.db.region),
          cell(`${c.db.engine} ${c.db.engineVersion}`),
          `${cell(c.from)} → ${c.to}`,
          cell(c.restartText),
          c.immediately ? 'immediately' : 'next maintenance window',
          code(c.command),
        ]),
      ),
      '',
    );
  }
  if (plan.skipped.length) {
    lines.push(
      '### Skipped',
      '',
      ...table(
        ['Database', ...ACCOUNT, 'Region', 'Why'],
        plan.skipped.map((s) => [cell(s.db.id), ...account(s.db), cell(s.db.region), proseCell(s.reason)]),
      ),
      '',
    );
  }
  if (outcome.applied) {
    lines.push(
      '### Before and after',
      '',
      ...table(
        ['Database', ...ACCOUNT, 'Region', 'Before', 'After', 'Result'],
        outcome.results.map((r) => [
          cell(r.change.db.id),
          ...account(r.change.db),
          cell(r.change.db.region),
          cell(r.change.from),
          cell(r.caAfter ?? (r.status === 'not-started' ? r.change.from : '?')),
          `${r.status}${r.detail ? `: ${proseCell(r.detail)}` : ''}`,
        ]),
      ),
      '',
    );
    if (started)
      lines.push(
        'Changes marked `started` were requested from AWS before the run was cancelled and were not verified: check those databases (a re-run plans only the databases still off the target).',
        '',
      );
    if (!cancelledBy && outcome.results.some((r) => r.status === 'not-started'))
      lines.push(
        'Changes not started stopped at the first failure (`continue-on-error: true` goes on). Re-run to do what is left: a re-run plans only the databases still off the target.',
        '',
      );
  }
  return lines.join('\n');
}

/** The JSON report's `rotation` section: one entry per planned change and what became of it. */
export function rotationJson(outcome: RotationOutcome, cancelledBy?: string): object {
  const results = new Map(outcome.results.map((r) => [r.change.db.arn, r]));
  return {
    rotation: {
      environment: outcome.plan.environment,
      target: outcome.plan.target,
      dryRun: outcome.dryRun,
      cancelled: cancelledBy ?? null,
      applied: outcome.applied,
      refusals: outcome.plan.refusals,
      counts: rotationCounts(outcome),
      actions: outcome.plan.changes.map((c) => ({
        arn: c.db.arn,
        account: c.db.account,
        id: c.db.id,
        region: c.db.region,
        from: c.from,
        to: c.to,
        restart: c.restart,
        immediately: c.immediately,
        command: c.command,
        status: results.get(c.db.arn)?.status ?? (outcome.applied ? 'not-started' : 'planned'),
        caAfter: results.get(c.db.arn)?.caAfter ?? null,
        detail: results.get(c.db.arn)?.detail ?? null,
      })),
      skipped: outcome.plan.skipped.map((s) => ({
        arn: s.db.arn,
        account: s.db.account,
        id: s.db.id,
        region: s.db.region,
        reason: s.reason,
      })),
    },
  };
}

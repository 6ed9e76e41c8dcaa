/**
 * Tracking issue bodies for a run over several accounts. With `issue-scope: scope`, one body: the
 * repository's findings first (clients first), then a section per account in code-point order,
 * accounts not inspected included. With `issue-scope: account`, one body per account and one for the
 * repository, each with that one section. Like the one-account body (issue-body.ts): nothing in it
 * changes from run to run unless the findings do, and it fits GitHub's limit the same way.
 *
 * An account this run did not inspect in full says so, why and what to do, and keeps what its
 * section showed before (when the issue was open), so a partial view drops nothing and closes
 * nothing; with nothing to keep it shows what the run found in the regions it did inspect.
 */
import { carriedLines, carriedSince, FRESH, KEPT, NOT_ALL_REGIONS, NOT_INSPECTED } from './carry.js';
import { fitted, footer, keysOf, planLines, statusLine, type Page, type Shown } from './issue-tables.js';
import { carrySince, keyMarker, readSince, type Since } from './marker.js';
import type { Missed, Unit } from './units.js';
import { plural, prose, text } from '../render/markdown.js';
import { planHeadline, planPicture } from '../render/plan-picture.js';
import { DEFAULT_PLAN_OPTIONS, type ActionPlan, type PlanOptions } from '../plan/action-plan.js';
import type { CheckOutcome } from '../model/outcome.js';

/** The issue the body replaces: its body, and whether it is open (a closed one's sections are not kept). */
export interface Previous {
  body?: string;
  open: boolean;
}

/** Whether the unit keeps an issue open: an error or a warning, or a part of the account not inspected. */
export const needsIssue = (unit: Unit) => unit.open.length > 0 || unit.missed.length > 0;

const shownOf = (unit: Unit): Shown => ({ open: unit.open, plan: unit.plan, prefix: unit.prefix, accountColumn: false });

/** How a body renders its sections: the environment tag, today, and whether each section shows its own picture. */
interface Rendering {
  environmentTag: string;
  today: string;
  /** A body of one section (issue-scope: account) shows its picture; sections of a larger body share the body's. */
  overview: boolean;
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
const missedLine = (m: Missed) =>
  `- ${m.region ? `${text(m.region)}: ` : ''}${prose(sentence(m.reason))}${m.remediation ? ` ${prose(m.remediation)}` : ''}`;

/** A unit, ready to render: what it keeps from the previous body, if anything. */
interface Part {
  unit: Unit;
  carried: string[];
  carriedSince: Since;
}

function partOf(unit: Unit, previous: Previous): Part {
  const keep = unit.missed.length > 0 && previous.open;
  const carried = keep ? carriedLines(previous.body, unit.heading) : [];
  return { unit, carried, carriedSince: carried.length ? carriedSince(previous.body, unit.prefix) : {} };
}

/** The first-seen dates of what the parts show: kept ones as they were, the rest carried over or today. */
function sinceOf(parts: Part[], previous: Previous, today: string): Since {
  const fresh = parts.filter((p) => !p.carried.length).flatMap((p) => keysOf(shownOf(p.unit)));
  return Object.assign(carrySince(readSince(previous.body), fresh, today), ...parts.map((p) => p.carriedSince));
}

/** A unit's section: its heading, then its status and tables, or what was not inspected and what is kept. */
function sectionLines(part: Part, page: Page, rendering: Rendering): string[] {
  const { unit, carried } = part;
  const shown = shownOf(unit);
  const status = unit.account || unit.open.length ? statusLine(shown, unit.account !== undefined) : 'No error or warning.';
  const headline = rendering.overview ? undefined : planHeadline(unit.plan);
  const fresh = () => [status, '', ...(headline ? [headline, ''] : []), ...planLines(page, shown, rendering)];
  const lines = [`## ${unit.heading}`, ''];
  if (!unit.missed.length) return [...lines, ...fresh()];
  const whole = unit.missed.some((m) => !m.region);
  lines.push(whole ? NOT_INSPECTED : NOT_ALL_REGIONS, '', ...unit.missed.map(missedLine), '');
  if (carried.length) {
    for (const k of Object.keys(part.carriedSince)) page.shown.add(k);
    return [...lines, KEPT, '', ...carried, ''];
  }
  return whole ? lines : [...lines, FRESH, '', ...fresh()];
}

function body(outcome: CheckOutcome, key: string, lead: string[], parts: Part[], previous: Previous, rendering: Rendering): string {
  const since = sinceOf(parts, previous, outcome.facts.now.slice(0, 10));
  return fitted(since, (page) =>
    [
      keyMarker(key),
      `Target CA **${outcome.facts.approvedCa[0]}**.${lead[0] ?? ''}`,
      '',
      ...lead.slice(1),
      ...parts.flatMap((p) => sectionLines(p, page, rendering)),
      ...footer(page),
    ].join('\n'),
  );
}

/** The whole run's headline and picture, once above the sections. */
function overviewOf(plan: ActionPlan, today: string): string[] {
  const headline = planHeadline(plan);
  const picture = planPicture(plan, today, false);
  return [...(headline ? [headline, ''] : []), ...(picture ? [picture, ''] : [])];
}

/** `issue-scope: scope` over several accounts: the one body, or null when nothing keeps it open. */
export function renderScopeBody(
  outcome: CheckOutcome,
  key: string,
  units: { repository: Unit; accounts: Unit[]; whole: ActionPlan },
  previous: Previous,
  options: PlanOptions = DEFAULT_PLAN_OPTIONS,
): string | null {
  const all = [units.repository, ...units.accounts];
  if (!all.some(needsIssue)) return null;
  const missed = units.accounts.filter((u) => u.missed.length).map((u) => u.account!);
  const lead = [
    ` **${plural(units.accounts.length, 'account')}**`,
    missed.length ? ` · ${missed.length} not inspected in full: ${missed.join(', ')}` : '',
    '. The repository first (clients first), then a section per account.',
  ].join('');
  const today = outcome.facts.now;
  return body(
    outcome,
    key,
    [lead, ...overviewOf(units.whole, today)],
    all.map((u) => partOf(u, previous)),
    previous,
    { environmentTag: options.environmentTag, today, overview: false },
  );
}

/** `issue-scope: account`: the body of one account's issue (or the repository's), or null when it has nothing to track. */
export function renderUnitBody(
  outcome: CheckOutcome,
  key: string,
  unit: Unit,
  previous: Previous,
  options: PlanOptions = DEFAULT_PLAN_OPTIONS,
): string | null {
  if (!needsIssue(unit)) return null;
  const rendering = { environmentTag: options.environmentTag, today: outcome.facts.now, overview: true };
  return body(outcome, key, [], [partOf(unit, previous)], previous, rendering);
}

/**
 * The plan's picture and headline: the plan's counts and dated events adapted to the Mermaid
 * pictures (one pie per environment, at most PIES; a gantt of the events ahead), and the one
 * sentence that heads the plan with the date that matters most.
 */
import type { ActionPlan } from '../plan/action-plan.js';
import { plural } from './markdown.js';
import { environmentPies, eventsGantt, type DatedEvent, type EnvironmentCounts } from './mermaid.js';

/** Pies drawn at most: past it, the last pie sums the other environments. */
export const PIES = 5;

export function environmentName(name: string | undefined): string {
  return name ?? 'no environment';
}

/** Pies per environment (a database moving to an approved CA counts as approved), then the gantt of the dates ahead, today marked or not. */
export function planPicture(plan: ActionPlan, today: string, markToday = true): string {
  const counts: EnvironmentCounts[] = plan.picture.environments.map((e) => ({
    environment: environmentName(e.name),
    approved: e.approved + e.moving,
    toRotate: e.toRotate,
    unknown: e.unknownCa,
  }));
  const events: DatedEvent[] = plan.picture.events.flatMap((e) =>
    'more' in e
      ? []
      : [
          {
            date: e.date,
            kind: e.kind === 'forced rotation' ? ('forced-rotation' as const) : ('ca-expiry' as const),
            label: e.kind === 'CA expiry' && e.ca ? e.ca : e.environments.map(environmentName).join(', '),
            count: e.databases,
          },
        ],
  );
  const more = plan.picture.events.find((e) => 'more' in e);
  const blocks = [environmentPies(counts, { max: PIES }), eventsGantt(events, today.slice(0, 10), { today: markToday })].filter(Boolean);
  if (more && 'more' in more)
    blocks.push(`… and ${plural(more.more, 'later date')} (${plural(more.databases, 'database')}) in the JSON report.`);
  return blocks.join('\n\n');
}

/** The dates that matter, as one line: the databases overdue (since the earliest), then the nearest event ahead. */
export function planHeadline(plan: ActionPlan): string | undefined {
  const parts: string[] = [];
  const overdue = plan.rotate.flatMap((g) => g.databases).filter((d) => d.dates.overdue).length;
  if (plan.mostOverdue && overdue)
    parts.push(`**${plural(overdue, 'database')} overdue** since ${plan.mostOverdue.date.slice(0, 10)} (their CA has expired)`);
  const next = plan.nearest;
  if (next) {
    const day = next.date.slice(0, 10);
    if (next.kind === 'forced rotation') {
      const on = plan.rotate.flatMap((g) => g.databases).filter((d) => d.dates.awsRotates?.date.slice(0, 10) === day);
      const n = Math.max(on.length, 1);
      const restart = on.some((d) => d.dates.awsRotates?.restart) ? ', with a restart' : '';
      parts.push(`**AWS rotates ${plural(n, 'database')} on ${day}**${restart}, unless rotated first`);
    } else parts.push(`next CA expiry: **${day}**`);
  }
  return parts.length ? `${parts.join(' · ')}.` : undefined;
}

/** The dates that mean something: a CA already expired (overdue), AWS's own rotation date, a CA expiry ahead; and the events ahead, summed for a picture. */
import { caValidTill } from '../model/database-ca.js';
import type { Facts } from '../model/facts.js';
import { restartNeeded } from '../model/fleet.js';
import type { FleetEntry } from '../model/fleet-walk.js';
import { byCodePoint } from '../model/iac.js';
import { byRotationOrder } from './environments.js';
import type { DatabaseDates, DatedEvent, EventsOfADay, PlanPicture } from './types.js';

export const PICTURE_EVENTS = 20;

export function databaseDates({ db, inventory }: FleetEntry, facts: Facts): DatabaseDates {
  const expiry = db.ca ? caValidTill(facts, inventory, db.ca) : undefined;
  const pending = inventory.pending?.[db.arn];
  const aws = pending?.forcedApply ?? pending?.autoAppliedAfter;
  return {
    ...(expiry === null || (expiry && expiry < facts.now) ? { overdue: expiry ? { since: expiry } : {} } : {}),
    ...(expiry && expiry >= facts.now ? { caExpiry: expiry } : {}),
    ...(aws ? { awsRotates: { date: aws, forced: Boolean(pending?.forcedApply), restart: restartNeeded(db, inventory) } } : {}),
  };
}

/** Every dated event of one database, in its environment. */
export function eventsOf({ db }: FleetEntry, dates: DatabaseDates, environment: string | undefined): DatedEvent[] {
  const who = {
    database: db.arn,
    account: db.account,
    ...(db.ca ? { ca: db.ca } : {}),
    ...(environment !== undefined ? { environment } : {}),
  };
  return [
    ...(dates.overdue?.since ? [{ date: dates.overdue.since, kind: 'CA expired' as const, ...who }] : []),
    ...(dates.awsRotates ? [{ date: dates.awsRotates.date, kind: 'forced rotation' as const, ...who }] : []),
    ...(dates.caExpiry ? [{ date: dates.caExpiry, kind: 'CA expiry' as const, ...who }] : []),
  ];
}

const byEvent = (a: DatedEvent, b: DatedEvent): number =>
  byCodePoint(a.date, b.date) || byCodePoint(a.kind, b.kind) || byCodePoint(a.account, b.account) || byCodePoint(a.database, b.database);

/** The nearest event ahead of `now`, and the most overdue one. */
export function headline(events: readonly DatedEvent[], now: string): { nearest?: DatedEvent; mostOverdue?: DatedEvent } {
  const sorted = [...events].sort(byEvent);
  const nearest = sorted.find((e) => e.kind !== 'CA expired' && e.date >= now);
  const mostOverdue = sorted.find((e) => e.kind === 'CA expired');
  return { ...(nearest ? { nearest } : {}), ...(mostOverdue ? { mostOverdue } : {}) };
}

/** Events ahead by day and kind (and CA, for an expiry), counted; at most PICTURE_EVENTS items, the rest summed into the last. */
export function eventsAhead(events: readonly DatedEvent[], now: string): PlanPicture['events'] {
  const counts = new Map<string, EventsOfADay>();
  for (const e of events) {
    if (e.kind === 'CA expired' || e.date < now) continue;
    const date = e.date.slice(0, 10);
    const ca = e.kind === 'CA expiry' ? e.ca : undefined;
    const key = `${date}\0${e.kind}\0${ca ?? ''}`;
    const day = counts.get(key) ?? { date, kind: e.kind, databases: 0, ...(ca ? { ca } : {}), environments: [] };
    day.databases++;
    if (!day.environments.includes(e.environment)) day.environments.push(e.environment);
    counts.set(key, day);
  }
  for (const day of counts.values()) day.environments.sort(byRotationOrder);
  const items = [...counts.values()].sort(
    (a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.kind, b.kind) || byCodePoint(a.ca ?? '', b.ca ?? ''),
  );
  if (items.length <= PICTURE_EVENTS) return items;
  const rest = items.slice(PICTURE_EVENTS - 1);
  return [...items.slice(0, PICTURE_EVENTS - 1), { more: rest.length, databases: rest.reduce((n, i) => n + i.databases, 0) }];
}

/**
 * The plan's pictures as Mermaid, which GitHub draws in job summaries and issues: one pie per
 * environment (databases by CA status) and a gantt of the dated events (AWS's forced rotations,
 * CA expiries). Pure and deterministic: plain counts in, fenced blocks out, '' when there is
 * nothing to draw. At most MERMAID_MAX_ITEMS items per picture, the rest summed into the last.
 *
 * Pies, not bars: Mermaid's xychart has no stacked bars (its bar series overlap) and draws a
 * legend only from Mermaid 11.13 on; a pie names its slices and their counts on every version
 * GitHub has run. A gantt, not a timeline: it spaces the dates as far apart as they are.
 *
 * Every value from the fleet reaches the diagram through `mermaidLabel`, which keeps letters,
 * digits, spaces and `._-/+@,()=` and turns anything else into `_`, so no quote, colon, `#`, `;`,
 * `%`, backtick, angle bracket or line break can end a string, start a statement or close the
 * fence. Each gantt line starts with our own words, so a value cannot become a keyword there.
 */
import { byCodePoint } from '../model/iac.js';

export const MERMAID_MAX_ITEMS = 20;

export interface EnvironmentCounts {
  environment: string;
  approved: number;
  toRotate: number;
  unknown: number;
}

export type DatedEventKind = 'forced-rotation' | 'ca-expiry';

export interface DatedEvent {
  /** YYYY-MM-DD; an event whose date is not a calendar date is left out. */
  date: string;
  kind: DatedEventKind;
  /** What the event is about: a CA, a database, a group of databases. */
  label: string;
  /** The databases it touches. */
  count: number;
}

export interface PictureOptions {
  /** Items drawn at most (at least 2), the last of them the sum of the rest. */
  max?: number;
  /** The gantt marks today (its title and a milestone); false keeps the picture the same from day to day (the tracking issue). Default true. */
  today?: boolean;
}

const LABEL_MAX = 48;

/** A value as inert Mermaid text: letters, digits, spaces and `._-/+@,()=` kept, the rest `_`, at most `max` characters. */
export function mermaidLabel(value: string, max = LABEL_MAX): string {
  const kept = value
    .replace(/\s+/gu, ' ')
    .replace(/[^\p{L}\p{N} ._\-/+@,()=]/gu, '_')
    .trim();
  const chars = [...kept];
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : kept;
  return cut || '(unnamed)';
}

function fence(lines: readonly string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}

function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

function databases(n: number): string {
  return `${n} database${n === 1 ? '' : 's'}`;
}

function cap(max: number | undefined): number {
  return Math.max(2, Math.floor(max ?? MERMAID_MAX_ITEMS));
}

/** GitHub's green, amber and grey for approved, to rotate and unknown: the same colour means the same status in every pie. */
const PIE_COLOURS = '%%{init: {"themeVariables": {"pie1": "#1a7f37", "pie2": "#bf8700", "pie3": "#8c959f"}}}%%';

function pie(title: string, c: EnvironmentCounts): string {
  return fence([
    PIE_COLOURS,
    'pie showData',
    `  title ${title}`,
    // All three slices every time, in this order: the colours follow the order, and a 0 shows in the legend.
    `  "approved" : ${c.approved}`,
    `  "to rotate" : ${c.toRotate}`,
    `  "unknown CA" : ${c.unknown}`,
  ]);
}

/**
 * One pie per environment, in the order given (the caller's dev → staging → prod, untagged last),
 * environments without databases left out; past `max`, the last pie sums the rest. Blocks are
 * separated by a blank line.
 */
export function environmentPies(environments: readonly EnvironmentCounts[], options: PictureOptions = {}): string {
  const counted = environments
    .map((e) => ({
      environment: e.environment,
      approved: count(e.approved),
      toRotate: count(e.toRotate),
      unknown: count(e.unknown),
    }))
    .filter((e) => e.approved + e.toRotate + e.unknown > 0);
  const max = cap(options.max);
  const shown = counted.length > max ? counted.slice(0, max - 1) : counted;
  const rest = counted.slice(shown.length);
  const pies = shown.map((e) => pie(`${mermaidLabel(e.environment)} (${databases(e.approved + e.toRotate + e.unknown)})`, e));
  if (rest.length) {
    const sum = rest.reduce(
      (s, e) => ({
        ...s,
        approved: s.approved + e.approved,
        toRotate: s.toRotate + e.toRotate,
        unknown: s.unknown + e.unknown,
      }),
      { environment: '', approved: 0, toRotate: 0, unknown: 0 },
    );
    pies.push(pie(`and ${rest.length} more environments (${databases(sum.approved + sum.toRotate + sum.unknown)})`, sum));
  }
  return pies.join('\n\n');
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const SECTION: Record<DatedEventKind, string> = {
  'forced-rotation': 'AWS forced rotations',
  'ca-expiry': 'CA expiries',
};
const KINDS: readonly DatedEventKind[] = ['forced-rotation', 'ca-expiry'];

/** `AWS rotates prod (3 databases)`, `CA rds-ca-rsa2048-g1 expires (2 databases)`: every name starts with fixed text (a leading date would be read as one); the label is the environments, or the CA. */
function eventName(e: DatedEvent, overdue: boolean): string {
  const label = mermaidLabel(e.label);
  const n = `(${databases(count(e.count))})`;
  if (e.kind === 'forced-rotation') return overdue ? `Overdue since ${e.date}, AWS rotation of ${label} ${n}` : `AWS rotates ${label} ${n}`;
  return overdue ? `Overdue since ${e.date}, CA ${label} expired ${n}` : `CA ${label} expires ${n}`;
}

function milestone(name: string, date: string, crit: boolean): string {
  return `  ${name} : ${crit ? 'crit, ' : ''}milestone, ${date}, 0d`;
}

/**
 * The dated events as gantt milestones, with a Today milestone: a section per kind, each by date.
 * An event before `today` stays, marked critical and "Overdue since <date>" (an expired CA is the
 * most urgent thing on the plan). Past `max`, the latest events are summed into one milestone at
 * the earliest of them. `today` is YYYY-MM-DD.
 */
export function eventsGantt(events: readonly DatedEvent[], today: string, options: PictureOptions = {}): string {
  if (!isDate(today)) throw new RangeError(`today must be a date as YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const dated = events
    .filter((e) => isDate(e.date) && KINDS.includes(e.kind))
    .sort(
      (a, b) =>
        byCodePoint(a.date, b.date) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || byCodePoint(a.label, b.label) || a.count - b.count,
    );
  if (!dated.length) return '';
  const max = cap(options.max);
  const shown = dated.length > max ? dated.slice(0, max - 1) : dated;
  const rest = dated.slice(shown.length);
  const marked = options.today ?? true;
  const lines = ['gantt', `  title Dates ahead${marked ? `, as of ${today}` : ''}`, '  dateFormat YYYY-MM-DD', '  axisFormat %Y-%m-%d'];
  lines.push('  todayMarker off');
  if (marked) lines.push('  section Today', milestone(`Today ${today}`, today, false));
  for (const kind of KINDS) {
    const of = shown.filter((e) => e.kind === kind);
    if (!of.length) continue;
    lines.push(`  section ${SECTION[kind]}`);
    for (const e of of) lines.push(milestone(eventName(e, e.date < today), e.date, e.date < today));
  }
  if (rest.length) {
    const total = rest.reduce((s, e) => s + count(e.count), 0);
    const last = rest[rest.length - 1].date;
    lines.push('  section Later', milestone(`and ${rest.length} more events (${databases(total)}) until ${last}`, rest[0].date, false));
  }
  return fence(lines);
}

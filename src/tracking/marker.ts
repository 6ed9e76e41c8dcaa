/**
 * What the tracking issue's body carries for the next run, hidden in HTML comments: the
 * scope key that finds the issue again (the body's first line), and when each item was first
 * seen ("since", its last line). Each is read only at its own place: text elsewhere in the
 * body (a file name rendered in a table) can never pass for one.
 */
import { byCodePoint } from '../model/iac.js';

const SINCE = /^<!-- rds-ca-guard:since (\{.*\}) -->$/s;

const lines = (body: string | undefined): string[] =>
  (body ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * With `issue-scope: account`, each issue's key: the scope's key and the account, or `repository` for
 * the issue of the findings without an account. Built from inputs only, so each run finds the same issues.
 */
export const accountKey = (key: string, account: string) => `${key}:account:${account}`;
export const repositoryKey = (key: string) => `${key}:repository`;

export function keyMarker(key: string): string {
  return `<!-- rds-ca-guard:key=${key.replace(/--/g, '- -')} -->`;
}

export function hasKey(body: string | undefined, key: string): boolean {
  return lines(body)[0] === keyMarker(key);
}

/** Item key → YYYY-MM-DD it was first reported. */
export type Since = Record<string, string>;

export function readSince(body: string | undefined): Since {
  const m = SINCE.exec(lines(body).at(-1) ?? '');
  if (!m) return {};
  try {
    const parsed = JSON.parse(m[1]) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Since) : {};
  } catch {
    return {};
  }
}

export function sinceMarker(since: Since): string {
  const sorted = Object.fromEntries(Object.entries(since).sort(([a], [b]) => byCodePoint(a, b)));
  return `<!-- rds-ca-guard:since ${JSON.stringify(sorted).replace(/--/g, '\\u002d\\u002d')} -->`;
}

/** The first-seen date of each current item: kept from the previous body, today for new ones. */
export function carrySince(previous: Since, keys: readonly string[], today: string): Since {
  return Object.fromEntries(keys.map((k) => [k, previous[k] ?? today]));
}

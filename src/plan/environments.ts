/** A database's environment: the environments file's entry that selects it, else its environment tag; and the order to rotate them in. */
import picomatch from 'picomatch';
import type { Database } from '../model/fleet.js';
import { byCodePoint } from '../model/iac.js';
import { sameEnvironment } from '../model/scope.js';
import type { EnvironmentSelection } from '../config.js';
import type { EnvironmentKind, PlanOptions } from './types.js';

const KINDS: ReadonlyArray<[EnvironmentKind, readonly string[]]> = [
  ['dev', ['dev', 'development', 'test', 'qa', 'sandbox']],
  ['staging', ['staging', 'stage', 'preprod', 'uat']],
  ['prod', ['prod', 'production', 'live']],
];

export const KIND_ORDER: readonly EnvironmentKind[] = ['dev', 'staging', 'other', 'prod', 'untagged'];

export function environmentKind(name: string | undefined): EnvironmentKind {
  if (name === undefined) return 'untagged';
  return KINDS.find(([, names]) => names.includes(name.toLowerCase()))?.[0] ?? 'other';
}

/** Groups in the order to rotate: dev-like, staging-like, others (code-point order), prod-like, none. */
export function byRotationOrder(a: string | undefined, b: string | undefined): number {
  const ka = KIND_ORDER.indexOf(environmentKind(a));
  const kb = KIND_ORDER.indexOf(environmentKind(b));
  return ka - kb || byCodePoint((a ?? '').toLowerCase(), (b ?? '').toLowerCase()) || byCodePoint(a ?? '', b ?? '');
}

/** Whether an entry selects the database as `mode: rotate` would; an entry that selects by nothing is not a membership. */
function selects(entry: EnvironmentSelection, db: Database): boolean {
  const ids = entry.identifiers ?? [];
  const excluded = entry['exclude-identifiers'] ?? [];
  const tags = Object.entries(entry.tags ?? {});
  if (!entry.regions && !ids.length && !tags.length) return false;
  return (
    (!entry.regions || entry.regions.includes(db.region)) &&
    (!ids.length || picomatch(ids as string[])(db.id)) &&
    !(excluded.length && picomatch(excluded as string[])(db.id)) &&
    tags.every(([k, v]) => db.tags[k] === v)
  );
}

export interface Membership {
  name?: string;
  from: 'file' | 'tag' | 'none';
  taggedOutside?: string;
}

/** The database's environment: the first entry of the file that selects it, else its tag (unless the file defines that name and leaves it out). */
export function environmentOf(db: Database, options: PlanOptions): Membership {
  const entries = Object.entries(options.environments ?? {});
  const byFile = entries.find(([, entry]) => selects(entry, db));
  if (byFile) return { name: byFile[0], from: 'file' };
  const tag = db.tags[options.environmentTag];
  if (!tag) return { from: 'none' };
  // `environment: <tag>` runs the file's entry for that name, which does not select this database.
  if (entries.some(([key]) => sameEnvironment(key, tag))) return { from: 'none', taggedOutside: tag };
  return { name: tag, from: 'tag' };
}

/** One spelling per environment, whatever case the tags use: the file's key, else the first in code-point order. */
export function spellings(names: Iterable<string>, options: PlanOptions): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const key of Object.keys(options.environments ?? {})) chosen.set(key.toLowerCase(), key);
  for (const name of [...names].sort(byCodePoint)) if (!chosen.has(name.toLowerCase())) chosen.set(name.toLowerCase(), name);
  return chosen;
}

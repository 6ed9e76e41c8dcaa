/** Which databases the gate judges: engines, tags, identifier globs. Neptune never. */
import picomatch from 'picomatch';
import type { Database } from './fleet.js';
import type { Scope } from '../config.js';

/** GitHub environment names are case-insensitive: `Prod` and `prod` are one environment. */
export function sameEnvironment(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

export function engineInScope(engine: string, engines: readonly string[]): boolean {
  if (engine.startsWith('neptune')) return false;
  return engines.some((e) => engine === e || engine.startsWith(`${e}-`));
}

export function scopeFilter(scope: Scope): (db: Database) => boolean {
  const include = picomatch(scope.identifiers.length ? scope.identifiers : ['*']);
  const exclude = scope.excludeIdentifiers.length ? picomatch(scope.excludeIdentifiers) : () => false;
  const tags = Object.entries(scope.tags);
  return (db) =>
    engineInScope(db.engine, scope.engines) &&
    include(db.id) &&
    !exclude(db.id) &&
    tags.every(([k, v]) => db.tags[k] === v) &&
    (!scope.environment || sameEnvironment(db.tags[scope.environment.tag], scope.environment.name));
}

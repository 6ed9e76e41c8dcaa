/** Walking the fleet: every database with its region's inventory. */
import { declaredAt } from './declarations.js';
import type { Facts } from './facts.js';
import { multiAccount, type Database, type RegionInventory } from './fleet.js';

export interface FleetEntry {
  db: Database;
  inventory: RegionInventory;
}

export function fleet(facts: Facts): FleetEntry[] {
  return (facts.aws?.inspected ?? []).flatMap((inventory) => inventory.databases.map((db) => ({ db, inventory })));
}

/** Where a finding about a live database belongs: the database, and the file and line of the code that declares it, if any. */
export function databasePlace(db: Database, facts: Facts): { resource: string; account: string; file?: string; line?: number } {
  return { resource: db.arn, account: db.account, ...declaredAt(db, facts.repository.declarations, facts.plans?.changes) };
}

/** A region of one account as a message names it: `eu-west-1`, or `eu-west-1 of account 222222222222` when the run covers several accounts. */
export function regionName(place: { account: string; region: string }, facts: Facts): string {
  return multiAccount(facts.aws) ? `${place.region} of account ${place.account}` : place.region;
}

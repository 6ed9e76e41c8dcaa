/** Walking the fleet: every database with its region's inventory. */
import type { Facts } from './facts.js';
import type { Database, RegionInventory } from './fleet.js';

export interface FleetEntry {
  db: Database;
  inventory: RegionInventory;
}

export function fleet(facts: Facts): FleetEntry[] {
  return (facts.aws?.inspected ?? []).flatMap((inventory) => inventory.databases.map((db) => ({ db, inventory })));
}

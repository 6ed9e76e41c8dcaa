/** A database's CA: which one, whether approved, whether its engine version supports the target, and when it stops working. */
import { engineVersionKey, type CaInRegion, type Database, type RegionInventory } from './fleet.js';
import type { Facts } from './facts.js';

export function caInRegion(inventory: RegionInventory, caId: string | undefined): CaInRegion | undefined {
  return caId ? inventory.certificates?.find((c) => c.caId === caId) : undefined;
}

/** When a CA stops working in a region: AWS's word first, the catalog's second; null when AWS no longer describes it. */
export function caValidTill(facts: Facts, inventory: RegionInventory, caId: string): string | null | undefined {
  const live = caInRegion(inventory, caId);
  if (live?.validTill) return live.validTill;
  const known = facts.catalog.validTill(caId);
  if (inventory.certificates && !live) return known ?? null; // described no more: expired
  return known;
}

/** Whether the database already is, or is being moved, on an approved CA. */
export function onApprovedCa(db: Database, facts: Facts): boolean {
  return facts.approvedCa.includes(db.ca ?? '');
}

export function movingToApprovedCa(db: Database, facts: Facts): boolean {
  return !onApprovedCa(db, facts) && facts.approvedCa.includes(db.pendingCa ?? '');
}

export function needsMove(db: Database, facts: Facts): boolean {
  return !onApprovedCa(db, facts) && !movingToApprovedCa(db, facts);
}

/** The CAs a database's engine version supports, when AWS lists them and `target` is not among them (a rotation to it would fail). */
export function targetUnsupported(db: Database, inventory: RegionInventory, target: string): readonly string[] | undefined {
  const supported = inventory.engineVersions[engineVersionKey(db.engine, db.engineVersion)]?.supportedCas ?? [];
  return supported.length && !supported.includes(target) ? supported : undefined;
}

export const DAY = 86_400_000;

export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY);
}

/** The earliest date AWS will apply a pending ca-certificate-rotation by itself. */
export function rotationDeadline(db: Database, inventory: RegionInventory): string | undefined {
  const p = inventory.pending?.[db.arn];
  return [p?.currentApply, p?.autoAppliedAfter, p?.forcedApply].filter((d): d is string => Boolean(d)).sort()[0];
}

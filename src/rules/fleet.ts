/** What the live rules share: walking the fleet, a CA's facts in a region, and the exact fix commands. */
import { engineVersionKey, restartNeeded, type CaInRegion, type Database, type RegionInventory } from '../fleet/inventory.js';
import type { RdsBundle } from '../trust/bundles.js';
import type { Facts } from './rule.js';
import { shellQuote } from '../shell-quote.js';

export interface FleetEntry {
  db: Database;
  inventory: RegionInventory;
}

export function fleet(facts: Facts): FleetEntry[] {
  return (facts.aws?.inspected ?? []).flatMap((inventory) => inventory.databases.map((db) => ({ db, inventory })));
}

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

/** Does the bundle hold the root of `caId` in the region? The live thumbprint first, the catalog second; undefined when neither names it. */
export function bundleHoldsRoot(bundle: RdsBundle, facts: Facts, inventory: RegionInventory, caId: string): boolean | undefined {
  const thumbprint = caInRegion(inventory, caId)?.thumbprint;
  if (thumbprint) return bundle.thumbprints.has(thumbprint);
  const root = facts.catalog.root(caId, inventory.region);
  return root ? bundle.fingerprints.has(root.sha256) : undefined;
}

/** The bundles that serve a region (one-region bundles, and all-region ones). */
export function bundlesServing(facts: Facts, region: string): RdsBundle[] {
  return facts.bundles.filter((b) => b.serves === 'all' || b.serves === region);
}

/** Whether the database already is, or is being moved, on an approved CA. */
export function onApprovedCa(db: Database, facts: Facts): boolean {
  return facts.approvedCa.includes(db.ca ?? '');
}

export function movingToApprovedCa(db: Database, facts: Facts): boolean {
  return !onApprovedCa(db, facts) && facts.approvedCa.includes(db.pendingCa ?? '');
}

/** The CAs a database's engine version supports, when AWS lists them and `target` is not among them (a rotation to it would fail). */
export function targetUnsupported(db: Database, inventory: RegionInventory, target: string): readonly string[] | undefined {
  const supported = inventory.engineVersions[engineVersionKey(db.engine, db.engineVersion)]?.supportedCas ?? [];
  return supported.length && !supported.includes(target) ? supported : undefined;
}

export function needsMove(db: Database, facts: Facts): boolean {
  return !onApprovedCa(db, facts) && !movingToApprovedCa(db, facts);
}

/** The AWS CLI command that moves a database to `target`: the CA and the restart flag always together; every value shell-quoted. */
export function modifyCommand(db: Database, inventory: RegionInventory, target: string, immediately = true): string {
  const when = immediately ? '--apply-immediately' : '--no-apply-immediately';
  if (db.kind === 'cluster') {
    return `aws rds modify-db-cluster --db-cluster-identifier ${shellQuote(db.id)} --region ${shellQuote(db.region)} --ca-certificate-identifier ${shellQuote(target)} ${when}`;
  }
  const restart = restartNeeded(db, inventory) ? '--certificate-rotation-restart' : '--no-certificate-rotation-restart';
  return `aws rds modify-db-instance --db-instance-identifier ${shellQuote(db.id)} --region ${shellQuote(db.region)} --ca-certificate-identifier ${shellQuote(target)} ${when} ${restart}`;
}

/** The Terraform resource and attribute that pin this database's CA. */
export function terraformAttribute(db: Database): string {
  if (db.kind === 'cluster') return 'ca_certificate_identifier on its aws_rds_cluster';
  if (db.engine === 'docdb') return 'ca_cert_identifier on its aws_docdb_cluster_instance';
  return `ca_cert_identifier on its ${db.clusterId ? 'aws_rds_cluster_instance' : 'aws_db_instance'}`;
}

/** The restart as a clause about the database: `it needs no restart (…)`, `it restarts the database`. */
export function restartClause(db: Database, inventory: RegionInventory): string {
  const text = restartText(db, inventory);
  return text.startsWith('no ') ? `it needs ${text}` : `it ${text}`;
}

export function restartText(db: Database, inventory: RegionInventory): string {
  const known = inventory.engineVersions[engineVersionKey(db.engine, db.engineVersion)]?.rotatesWithoutRestart;
  if (known === true) return 'no restart (the engine version rotates without one)';
  if (known === false) return 'restarts the database';
  return "restarts the database (assumed: the engine version's flag is unknown)";
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

/** The exact fixes for a database: the AWS CLI command (CA and restart flag together), the Terraform attribute, and what the restart means. */
import { shellQuote } from '../base/shell-quote.js';
import { engineVersionKey, restartNeeded, type Database, type RegionInventory } from './fleet.js';

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

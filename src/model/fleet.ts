/** What the live gate learns about the fleet: plain data, produced by src/aws/ and judged by the rules. */

export interface Database {
  arn: string;
  /** DB instance identifier, or the Multi-AZ DB cluster identifier. */
  id: string;
  /** Multi-AZ DB clusters carry the CA at cluster level; everything else per instance. */
  kind: 'instance' | 'cluster';
  region: string;
  engine: string;
  engineVersion: string;
  /** CA in use (CACertificateIdentifier, or the cluster's CertificateDetails.CAIdentifier). */
  ca?: string;
  /** CA a pending modification will move it to. */
  pendingCa?: string;
  /** Expiry of the server certificate itself (not of the CA). */
  serverCertValidTill?: string;
  clusterId?: string;
  status?: string;
  tags: Record<string, string>;
  endpoint?: { address: string; port: number };
}

export interface CaInRegion {
  caId: string;
  /** SHA-1 of the region's root (DER), as DescribeCertificates reports it. */
  thumbprint?: string;
  validFrom?: string;
  validTill?: string;
  customerOverride: boolean;
  customerOverrideValidTill?: string;
}

export interface EngineVersionFacts {
  /** Undefined when AWS does not say: assume a restart. */
  rotatesWithoutRestart?: boolean;
  supportedCas: string[];
}

export interface PendingRotation {
  autoAppliedAfter?: string;
  forcedApply?: string;
  currentApply?: string;
  optInStatus?: string;
}

export interface RegionInventory {
  region: string;
  /** Databases in scope. */
  databases: Database[];
  /** Undefined when DescribeCertificates failed. */
  certificates?: CaInRegion[];
  /** The CA new databases get: the customer override when set, else AWS's default. */
  defaultCa?: string;
  /** By database ARN. Undefined when the call failed. */
  pending?: Record<string, PendingRotation>;
  /** By engineVersionKey. A missing key means the call for it failed. */
  engineVersions: Record<string, EngineVersionFacts>;
  /** Auxiliary calls that failed: which checks were skipped and what was assumed. */
  skipped: string[];
  /** What to do about the skipped calls (an IAM statement to add, or wait out AWS's failure). */
  fixes?: string[];
}

export interface AwsFacts {
  account?: string;
  principal?: string;
  via: 'role' | 'default credential chain';
  inspected: RegionInventory[];
  /** Regions that could not be inspected, with the cause (which call, what happened) and what to do. */
  failed: { region: string; reason: string; remediation?: string }[];
}

/** Databases inspected in AWS (0 when AWS was not inspected). */
export function inspectedCount(facts: { aws?: AwsFacts }): number {
  return facts.aws?.inspected.reduce((n, r) => n + r.databases.length, 0) ?? 0;
}

export function engineVersionKey(engine: string, version: string): string {
  return `${engine} ${version}`;
}

/** Whether moving the database to another CA restarts it (unknown → yes). */
export function restartNeeded(db: Database, inventory: RegionInventory): boolean {
  return inventory.engineVersions[engineVersionKey(db.engine, db.engineVersion)]?.rotatesWithoutRestart !== true;
}

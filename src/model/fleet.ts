/** What the live gate learns about the fleet: plain data, produced by src/aws/ and judged by the rules. */
import type { LiveProxyEndpoint } from './proxies.js';

export interface Database {
  arn: string;
  /** The AWS account it lives in. */
  account: string;
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
  /** The AWS account inspected. */
  account: string;
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
  /** RDS Proxy endpoints in scope (default and additional); undefined when DescribeDBProxies failed. */
  proxies?: LiveProxyEndpoint[];
  /** Auxiliary calls that failed: which checks were skipped and what was assumed. */
  skipped: string[];
  /** What to do about the skipped calls (an IAM statement to add, or wait out AWS's failure). */
  fixes?: string[];
}

export interface AwsFacts {
  /** Who the run is in AWS: the account inspected, or the hub the member accounts are reached from. */
  account?: string;
  principal?: string;
  via: 'role' | 'default credential chain';
  /** Sorted by account, then region. */
  inspected: RegionInventory[];
  /** Regions that could not be inspected, with the cause (which call, what happened) and what to do. */
  failed: RegionNotInspected[];
  /** Multi-account runs (the accounts input): every member account, inspected or not, sorted by account. */
  members?: MemberAccount[];
}

export interface RegionNotInspected {
  account: string;
  region: string;
  reason: string;
  remediation?: string;
}

/** A member account of a multi-account run, reached by assuming `role` from the hub identity. */
export interface MemberAccount {
  account: string;
  /** The role ARN assumed (or tried). */
  role: string;
  /** The assumed role's session ARN, once assumed. */
  principal?: string;
  /** Why nothing of the account was inspected (the role refused, a timeout, an account outside allowed-account-ids). */
  notInspected?: { reason: string; remediation?: string };
}

/** Whether the run covers several accounts (the accounts input, or an aggregate of several shards). */
export function multiAccount(aws: AwsFacts | undefined): boolean {
  return (
    new Set([...(aws?.inspected ?? []).map((i) => i.account), ...(aws?.members ?? []).map((m) => m.account)]).size > 1 || !!aws?.members
  );
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

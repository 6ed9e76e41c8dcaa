/**
 * What aggregate mode reads of a shard's JSON report (src/render/json.ts), checked before anything
 * is merged: the AWS facts as gathered, the probes, the scope's regions, the findings and the
 * repository section (compared as rendered). Each shape names every field of its model type.
 */
import type { Finding } from '../model/finding.js';
import type { CaInRegion, Database, MemberAccount, RegionInventory, RegionNotInspected } from '../model/fleet.js';
import type { PresentedCertificate, ProbeResult, ProbeRun } from '../model/probe.js';
import type { ProbeTarget } from '../config.js';
import type { LiveProxyEndpoint } from '../model/proxies.js';
import { anyObject, array, boolean, nullable, number, object, oneOf, optional, record, string, variants } from './shape.js';

const text = optional(string);

type OrNull<T> = { [K in keyof T]-?: undefined extends T[K] ? Exclude<T[K], undefined> | null : T[K] };

/** A database as `resources` lists it: every field of the model's, null when unset, and what the report derives. */
export type Resource = OrNull<Database> & { restartNeeded: boolean };

export const resource = object<Resource>({
  arn: string,
  account: string,
  id: string,
  kind: oneOf('instance', 'cluster'),
  region: string,
  engine: string,
  engineVersion: string,
  ca: nullable(string),
  pendingCa: nullable(string),
  serverCertValidTill: nullable(string),
  clusterId: nullable(string),
  status: nullable(string),
  tags: record(string),
  endpoint: nullable(object<NonNullable<Database['endpoint']>>({ address: string, port: number })),
  restartNeeded: boolean,
});

/** A region's inventory as `aws.inventories` lists it: its databases are in `resources`. */
export type RegionFacts = Omit<RegionInventory, 'databases'>;

const inventory = object<RegionFacts>({
  account: string,
  region: string,
  certificates: optional(
    array(
      object<CaInRegion>({
        caId: string,
        thumbprint: text,
        validFrom: text,
        validTill: text,
        customerOverride: boolean,
        customerOverrideValidTill: text,
      }),
    ),
  ),
  defaultCa: text,
  pending: optional(
    record(
      object<NonNullable<RegionInventory['pending']>[string]>({
        autoAppliedAfter: text,
        forcedApply: text,
        currentApply: text,
        optInStatus: text,
      }),
    ),
  ),
  engineVersions: record(
    object<RegionInventory['engineVersions'][string]>({ rotatesWithoutRestart: optional(boolean), supportedCas: array(string) }),
  ),
  proxies: optional(
    array(
      object<LiveProxyEndpoint>({
        account: string,
        region: string,
        proxy: string,
        name: string,
        host: text,
        engineFamily: text,
        requireTls: optional(boolean),
        role: text,
        arn: text,
      }),
    ),
  ),
  skipped: array(string),
  fixes: optional(array(string)),
});

const member = object<MemberAccount>({
  account: string,
  role: string,
  principal: text,
  notInspected: optional(object<NonNullable<MemberAccount['notInspected']>>({ reason: string, remediation: text })),
});

/** A shard's `aws` section when it inspected AWS. */
export interface ShardAws {
  account?: string;
  principal?: string;
  via: 'role' | 'default credential chain';
  failed: RegionNotInspected[];
  members?: MemberAccount[];
  inventories: RegionFacts[];
}

export const inspectedAws = object<ShardAws>({
  account: text,
  principal: text,
  via: oneOf('role', 'default credential chain'),
  failed: array(object<RegionNotInspected>({ account: string, region: string, reason: string, remediation: text })),
  members: optional(array(member)),
  inventories: array(inventory),
});

const target = object<ProbeTarget>({
  name: string,
  protocol: oneOf('postgres', 'mysql', 'tls'),
  host: string,
  port: number,
  region: text,
  proxy: optional(boolean),
});
const chain = array(object<PresentedCertificate>({ subject: string, issuer: string, validTo: string }));
type Outcome<K extends ProbeResult['outcome']> = Extract<ProbeResult, { outcome: K }>;
const probes = object<ProbeRun>({
  results: array(
    variants('outcome', {
      verified: object<Outcome<'verified'>>({ target, bundle: string, outcome: string, chain }),
      rejected: object<Outcome<'rejected'>>({ target, bundle: string, outcome: string, reason: string, code: string, chain }),
      'no-tls': object<Outcome<'no-tls'>>({ target, bundle: string, outcome: string, reason: string }),
      unreachable: object<Outcome<'unreachable'>>({ target, bundle: string, outcome: string, reason: string }),
    }),
  ),
  notRun: text,
});

const finding = object<Finding>({
  rule: string,
  severity: oneOf('error', 'warning', 'notice'),
  message: string,
  file: text,
  line: optional(number),
  resource: text,
  account: text,
  remediation: string,
});

/** The first fields: whose report it is, and which format. */
export interface ReportHeader {
  version: unknown;
  tool: { name: 'rds-ca-guard'; version: string };
}
export const reportHeader = object<ReportHeader>({
  version: () => undefined,
  tool: object<ReportHeader['tool']>({ name: oneOf('rds-ca-guard'), version: string }),
});

/** The rest of the report, `aws` aside (checked as inspected or not). */
export interface ShardReport {
  generatedAt: string;
  scope: { regions: string[] };
  repository: Record<string, unknown>;
  aws: Record<string, unknown>;
  resources: Resource[];
  probes?: ProbeRun;
  findings: Finding[];
}
export const shardReport = object<ShardReport>({
  generatedAt: string,
  scope: object<ShardReport['scope']>({ regions: array(string) }),
  repository: anyObject,
  aws: anyObject,
  resources: array(resource),
  probes: optional(probes),
  findings: array(finding),
});

/**
 * Builders for the facts a rule judges besides repository files: the live fleet (databases, CAs
 * in a region, engine versions, pending maintenance), probe handshakes, and where clients get
 * their trust. Each returns a small valid object with defaults; a test overrides only what it is
 * about. Pass the results to factsFrom (helpers/facts.ts).
 *
 * The types come from `Facts`, the rules' own input, so these builders follow what the rules read.
 */
import type { Facts } from '../../src/model/facts.js';
import { NOW } from './facts.js';

export type AwsFacts = NonNullable<Facts['aws']>;
export type RegionInventory = AwsFacts['inspected'][number];
export type Database = RegionInventory['databases'][number];
export type CaInRegion = NonNullable<RegionInventory['certificates']>[number];
export type EngineVersionFacts = RegionInventory['engineVersions'][string];
export type PendingRotation = NonNullable<RegionInventory['pending']>[string];
export type ProbeRun = NonNullable<Facts['probes']>;
export type ProbeResult = ProbeRun['results'][number];
export type ProbeTarget = ProbeResult['target'];
export type Clients = Facts['repository']['clients'];
export type CaReference = Clients['references'][number];
export type ConnectionMode = Clients['connections'][number];
export type Download = Clients['downloads'][number];
export type ProfileUse = Clients['profiles'][number];
export type Declaration = Facts['repository']['declarations'][number];

export const ACCOUNT = '123456789012';

/** The ISO instant `days` days after NOW (before, when negative). */
export function inDays(days: number, from = NOW): string {
  return new Date(Date.parse(from) + days * 86_400_000).toISOString();
}

/** A PostgreSQL 16.3 instance `orders` in eu-west-1 on rds-ca-rsa2048-g1. */
export function database(over: Partial<Database> = {}): Database {
  const id = over.id ?? 'orders';
  const region = over.region ?? 'eu-west-1';
  const kind = over.kind ?? 'instance';
  const account = over.account ?? ACCOUNT;
  return {
    arn: `arn:aws:rds:${region}:${account}:${kind === 'cluster' ? 'cluster' : 'db'}:${id}`,
    account,
    id,
    kind,
    region,
    engine: 'postgres',
    engineVersion: '16.3',
    ca: 'rds-ca-rsa2048-g1',
    tags: {},
    ...over,
  };
}

/** A region's inventory: by default one database (`orders`), nothing pending, no certificates listed, engine facts unknown. */
export function regionInventory(over: Partial<RegionInventory> = {}): RegionInventory {
  const region = over.region ?? 'eu-west-1';
  const account = over.account ?? ACCOUNT;
  return { account, region, databases: [database({ region, account })], engineVersions: {}, skipped: [], ...over };
}

/** AWS as inspected: these regions (by default one eu-west-1 inventory), and the regions that failed. */
export function awsFacts(inspected: RegionInventory[] = [regionInventory()], failed: AwsFacts['failed'] = []): AwsFacts {
  return { account: ACCOUNT, principal: `arn:aws:sts::${ACCOUNT}:assumed-role/ci/gha`, via: 'role', inspected, failed };
}

/** A CA as DescribeCertificates lists it in a region. */
export function caInRegion(caId: string, over: Partial<CaInRegion> = {}): CaInRegion {
  return { caId, customerOverride: false, ...over };
}

/** The engine-version facts for `db`'s engine and version (the inventory's `engineVersions`). */
export function engineVersionOf(
  db: Pick<Database, 'engine' | 'engineVersion'>,
  facts: Partial<EngineVersionFacts> = {},
): RegionInventory['engineVersions'] {
  return { [`${db.engine} ${db.engineVersion}`]: { supportedCas: [], ...facts } };
}

/** A pending ca-certificate-rotation for `db` (the inventory's `pending`). */
export function pendingRotationOf(db: Pick<Database, 'arn'>, rotation: PendingRotation = {}): RegionInventory['pending'] {
  return { [db.arn]: rotation };
}

/** A probe target: a PostgreSQL endpoint named after the database. */
export function probeTarget(over: Partial<ProbeTarget> = {}): ProbeTarget {
  return {
    name: 'orders (eu-west-1)',
    protocol: 'postgres',
    host: 'orders.abcdefghij.eu-west-1.rds.amazonaws.com',
    port: 5432,
    region: 'eu-west-1',
    ...over,
  };
}

/** One handshake result of the probe (verified, rejected, no TLS, unreachable), against the global bundle by default. */
type Outcome<K extends ProbeResult['outcome']> = Extract<ProbeResult, { outcome: K }>;

export function handshakeVerified(over: Partial<Omit<Outcome<'verified'>, 'outcome'>> = {}): ProbeResult {
  return { target: probeTarget(), bundle: 'certs/global-bundle.pem', chain: [], ...over, outcome: 'verified' };
}

export function handshakeRejected(over: Partial<Omit<Outcome<'rejected'>, 'outcome'>> = {}): ProbeResult {
  return {
    target: probeTarget(),
    bundle: 'certs/global-bundle.pem',
    code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    reason: 'the chain does not lead to a root in the bundle',
    chain: [],
    ...over,
    outcome: 'rejected',
  };
}

export function handshakeNoTls(over: Partial<Omit<Outcome<'no-tls'>, 'outcome'>> = {}): ProbeResult {
  return { target: probeTarget(), bundle: 'certs/global-bundle.pem', reason: 'the server refused SSL', ...over, outcome: 'no-tls' };
}

export function handshakeUnreachable(over: Partial<Omit<Outcome<'unreachable'>, 'outcome'>> = {}): ProbeResult {
  return { target: probeTarget(), bundle: 'certs/global-bundle.pem', reason: 'connect ETIMEDOUT', ...over, outcome: 'unreachable' };
}

/** A CA setting in client code (`sslrootcert=…`), by default naming a file nothing in the repository provides. */
export function caReference(over: Partial<CaReference> = {}): CaReference {
  return {
    file: 'deploy/migrate.sh',
    line: 4,
    setting: 'sslrootcert',
    value: '/etc/ssl/certs/rds-ca.pem',
    unresolved: false,
    resolvesTo: { kind: 'outside' },
    ...over,
  };
}

/** A connection mode in client code, by default `sslmode=require` (encrypts, does not verify). */
export function connectionMode(over: Partial<ConnectionMode> = {}): ConnectionMode {
  return { file: 'app/db.py', line: 7, setting: 'sslmode=require', verifies: false, encrypts: true, ...over };
}

/** A certificate download in a build step, by default of AWS's global bundle. */
export function download(over: Partial<Download> = {}): Download {
  return {
    file: 'Dockerfile',
    line: 3,
    url: 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem',
    savedAs: '/opt/rds/global-bundle.pem',
    ...over,
  };
}

/** A use of a client library's `ssl: 'Amazon RDS'` profile, by default of mysql2 with no lock file. */
export function profileUse(over: Partial<ProfileUse> = {}): ProfileUse {
  return { file: 'api/db.js', line: 5, library: 'mysql2', versions: {}, ...over };
}

/** Infrastructure code declaring a database, by default Terraform's `aws_db_instance.orders` with identifier `orders`. */
export function declaration(over: Partial<Declaration> = {}): Declaration {
  return {
    file: 'infra/main.tf',
    line: 12,
    tool: 'terraform',
    syntax: 'hcl',
    resource: 'aws_db_instance.orders',
    kind: 'instance',
    identifier: 'orders',
    attribute: 'ca_cert_identifier',
    ...over,
  };
}

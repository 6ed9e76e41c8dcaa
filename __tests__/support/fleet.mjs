// Seeds for the fake AWS endpoint: a fleet of databases per region, shaped as DescribeDBInstances & co answer.
// ARNs and endpoints are in the region's partition (arn:aws-us-gov:… in us-gov-west-1, amazonaws.com.cn in cn-north-1).
import { partition } from '@aws-sdk/core/client';
const G1 = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'];
const DAY = 86_400_000;
/** `arn:<partition>` of a region. */
const arnOf = (region) => `arn:${partition(region).name}`;
const dns = (region) => partition(region).dnsSuffix;

/** One DB instance as DescribeDBInstances returns it. */
export function instance(
  region,
  id,
  {
    engine = 'postgres',
    version = '16.3',
    ca = 'rds-ca-rsa2048-g1',
    tags = {},
    cluster,
    pendingCa,
    serverCertDays = 300,
    account = '123456789012',
  } = {},
) {
  return {
    DBInstanceIdentifier: id,
    DBInstanceArn: `${arnOf(region)}:rds:${region}:${account}:db:${id}`,
    DBInstanceClass: 'db.t4g.micro',
    Engine: engine,
    EngineVersion: version,
    DBInstanceStatus: 'available',
    Endpoint: { Address: `${id}.abc123.${region}.rds.${dns(region)}`, Port: engine.includes('postgres') ? 5432 : 3306 },
    CACertificateIdentifier: ca,
    CertificateDetails: { CAIdentifier: ca, ValidTill: new Date(Date.now() + serverCertDays * DAY) },
    PendingModifiedValues: pendingCa ? { CACertificateIdentifier: pendingCa } : {},
    DBClusterIdentifier: cluster,
    TagList: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

/** A Multi-AZ DB cluster (CA at cluster level) as DescribeDBClusters returns it. */
export function multiAzCluster(
  region,
  id,
  { engine = 'postgres', version = '16.3', ca = 'rds-ca-rsa2048-g1', tags = {}, account = '123456789012' } = {},
) {
  return {
    DBClusterIdentifier: id,
    DBClusterArn: `${arnOf(region)}:rds:${region}:${account}:cluster:${id}`,
    DBClusterInstanceClass: 'db.m6gd.large',
    Engine: engine,
    EngineVersion: version,
    Status: 'available',
    Endpoint: `${id}.cluster-abc123.${region}.rds.${dns(region)}`,
    Port: 5432,
    CertificateDetails: { CAIdentifier: ca, ValidTill: new Date(Date.now() + 300 * DAY) },
    TagList: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
  };
}

export function auroraCluster(region, id, { engine = 'aurora-postgresql', version = '16.2', account = '123456789012' } = {}) {
  return {
    DBClusterIdentifier: id,
    DBClusterArn: `${arnOf(region)}:rds:${region}:${account}:cluster:${id}`,
    Engine: engine,
    EngineVersion: version,
    Status: 'available',
    TagList: [],
  };
}

/** DescribeCertificates for a region: the G1 CAs with their thumbprints; rds-ca-2019 is no longer described. */
export function certificates(region, thumbprint = () => undefined) {
  return G1.map((id) => ({
    CertificateIdentifier: id,
    CertificateType: 'CA',
    Thumbprint: thumbprint(id, region),
    ValidFrom: new Date('2021-05-25T00:00:00Z'),
    ValidTill: new Date(id === 'rds-ca-rsa2048-g1' ? '2061-05-25T00:00:00Z' : '2121-05-25T00:00:00Z'),
    CertificateArn: `${arnOf(region)}:rds:${region}::cert:${id}`,
    CustomerOverride: false,
  }));
}

export function engineVersions(list) {
  return list.map(([Engine, EngineVersion, rotatesWithoutRestart, supported = [...G1, 'rds-ca-2019']]) => ({
    Engine,
    EngineVersion,
    SupportsCertificateRotationWithoutRestart: rotatesWithoutRestart,
    SupportedCACertificateIdentifiers: supported,
  }));
}

export function pendingRotation(arn, days = 45) {
  return {
    ResourceIdentifier: arn,
    PendingMaintenanceActionDetails: [
      {
        Action: 'ca-certificate-rotation',
        AutoAppliedAfterDate: new Date(Date.now() + days * DAY),
        ForcedApplyDate: new Date(Date.now() + (days + 30) * DAY),
        OptInStatus: 'pending',
        Description: 'CA certificate rotation',
      },
    ],
  };
}

/** A fleet of `perRegion` databases in each region, one in `oldEvery` on rds-ca-2019, their ARNs in `account`. */
export function syntheticFleet(regions, perRegion, { oldEvery = 10, thumbprint, account, prefix = 'db' } = {}) {
  const seed = { regions: {} };
  for (const region of regions) {
    const instances = [];
    for (let i = 0; i < perRegion; i++) {
      const engine = ['postgres', 'mysql', 'mariadb'][i % 3];
      instances.push(
        instance(region, `${prefix}-${region}-${i}`, {
          engine,
          version: engine === 'postgres' ? '16.3' : '8.0.36',
          ca: i % oldEvery === 0 ? 'rds-ca-2019' : 'rds-ca-rsa2048-g1',
          tags: { Environment: i % 2 ? 'prod' : 'dev' },
          account,
        }),
      );
    }
    seed.regions[region] = {
      instances,
      clusters: [],
      certificates: certificates(region, thumbprint),
      defaultCa: 'rds-ca-rsa2048-g1',
      pending: [],
      engineVersions: engineVersions([
        ['postgres', '16.3', true],
        ['mysql', '8.0.36', false],
        ['mariadb', '8.0.36', false],
      ]),
    };
  }
  return seed;
}

/**
 * A hub seed with member accounts for `FakeAws`: `hub` is a seed as `syntheticFleet` returns it (the hub account's own
 * regions, `account`, `enabledRegions`...); `members` maps each member account id to its seed (`regions`,
 * `enabledRegions?`, `roleName?`, `externalId?`), `roleName`/`externalId` given here applying to members that set none.
 */
export function accountsSeed({ hub = { regions: {} }, members = {}, roleName, externalId, organization } = {}) {
  const accounts = {};
  for (const [id, member] of Object.entries(members)) {
    accounts[id] = {
      regions: member.regions ?? {},
      ...(member.enabledRegions ? { enabledRegions: member.enabledRegions } : {}),
      ...((member.roleName ?? roleName) !== undefined ? { roleName: member.roleName ?? roleName } : {}),
      ...((member.externalId ?? externalId) !== undefined ? { externalId: member.externalId ?? externalId } : {}),
    };
  }
  return { ...hub, accounts, ...(organization ? { organization } : {}) };
}

/**
 * `seed.organization` for `FakeAws`: `accounts` maps id → name (or { Name, Status?, State?, Email? }); `ous` maps OU id →
 * { parent, name?, accounts? }, parent being the root or another OU; accounts in no OU sit directly under the root.
 */
export function organizationSeed({ root = 'r-fake', accounts = {}, ous = {} } = {}) {
  const placed = new Set(Object.values(ous).flatMap((ou) => ou.accounts ?? []));
  const childrenOf = (parent) => Object.keys(ous).filter((id) => ous[id].parent === parent);
  const parents = { [root]: { accounts: Object.keys(accounts).filter((id) => !placed.has(id)), children: childrenOf(root) } };
  for (const [id, ou] of Object.entries(ous)) parents[id] = { name: ou.name ?? id, accounts: ou.accounts ?? [], children: childrenOf(id) };
  return {
    accounts: Object.entries(accounts).map(([Id, a]) => ({ Id, Status: 'ACTIVE', ...(typeof a === 'string' ? { Name: a } : a) })),
    parents,
  };
}

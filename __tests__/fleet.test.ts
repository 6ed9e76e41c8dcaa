import { databasesFrom, isMultiAzDbCluster } from '../src/aws/databases.js';
import type { RegionInventory } from '../src/model/fleet.js';
import { engineInScope, scopeFilter } from '../src/model/scope.js';
import { auroraCluster, instance, multiAzCluster } from './support/fleet.mjs';
import { modifyCommand, terraformAttribute } from '../src/model/commands.js';

const region = 'eu-west-1';
const account = '123456789012';
const inventory = (rotates?: boolean): RegionInventory => ({
  account,
  region,
  databases: [],
  engineVersions: rotates === undefined ? {} : { 'postgres 16.3': { rotatesWithoutRestart: rotates, supportedCas: [] } },
  skipped: [],
});

describe('databasesFrom', () => {
  it('judges Aurora per member instance and Multi-AZ DB clusters at cluster level, once', () => {
    const dbs = databasesFrom(
      [
        instance(region, 'a1', { engine: 'aurora-postgresql', cluster: 'aurora' }),
        instance(region, 'm1', { cluster: 'maz' }),
        instance(region, 'm2', { cluster: 'maz' }),
        instance(region, 'solo', { tags: { Team: 'x' } }),
      ] as never,
      [auroraCluster(region, 'aurora'), multiAzCluster(region, 'maz', { ca: 'rds-ca-2019' })] as never,
      { account, region },
    );
    expect(dbs.map((d) => [d.id, d.kind, d.ca])).toEqual([
      ['a1', 'instance', 'rds-ca-rsa2048-g1'],
      ['solo', 'instance', 'rds-ca-rsa2048-g1'],
      ['maz', 'cluster', 'rds-ca-2019'],
    ]);
    expect(dbs[1].tags).toEqual({ Team: 'x' });
    expect(isMultiAzDbCluster(auroraCluster(region, 'x') as never)).toBe(false);
  });
});

describe('scope', () => {
  it('matches engines by name or edition, never Neptune', () => {
    expect(engineInScope('oracle-ee', ['oracle'])).toBe(true);
    expect(engineInScope('aurora-mysql', ['aurora'])).toBe(true);
    expect(engineInScope('mysql', ['aurora'])).toBe(false);
    expect(engineInScope('neptune', ['neptune'])).toBe(false);
  });

  it('ANDs tags and applies identifier globs', () => {
    const inScope = scopeFilter({
      tags: { Environment: 'prod', Team: 'pay' },
      engines: ['postgres'],
      identifiers: ['pay-*'],
      excludeIdentifiers: ['*-old'],
    });
    const db = (id: string, tags: Record<string, string>) => ({
      arn: id,
      account,
      id,
      kind: 'instance' as const,
      region,
      engine: 'postgres',
      engineVersion: '16.3',
      tags,
    });
    expect(inScope(db('pay-1', { Environment: 'prod', Team: 'pay' }))).toBe(true);
    expect(inScope(db('pay-2', { Environment: 'prod' }))).toBe(false);
    expect(inScope(db('pay-old', { Environment: 'prod', Team: 'pay' }))).toBe(false);
    expect(inScope(db('web-1', { Environment: 'prod', Team: 'pay' }))).toBe(false);
  });
});

describe('modifyCommand', () => {
  const db = { arn: 'x', account, id: 'orders', kind: 'instance' as const, region, engine: 'postgres', engineVersion: '16.3', tags: {} };
  it('always sends the CA with the restart flag the engine version calls for (unknown: restart)', () => {
    expect(modifyCommand(db, inventory(true), 'rds-ca-rsa2048-g1')).toBe(
      'aws rds modify-db-instance --db-instance-identifier orders --region eu-west-1 --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --no-certificate-rotation-restart',
    );
    expect(modifyCommand(db, inventory(false), 'rds-ca-rsa2048-g1', false)).toMatch(
      /--no-apply-immediately --certificate-rotation-restart$/,
    );
    expect(modifyCommand(db, inventory(), 'rds-ca-rsa2048-g1')).toMatch(/--certificate-rotation-restart$/);
  });

  it('names the Terraform attribute of each kind of database', () => {
    expect(terraformAttribute(db)).toBe('ca_cert_identifier on its aws_db_instance');
    expect(terraformAttribute({ ...db, clusterId: 'c' })).toBe('ca_cert_identifier on its aws_rds_cluster_instance');
    expect(terraformAttribute({ ...db, kind: 'cluster' })).toBe('ca_certificate_identifier on its aws_rds_cluster');
    expect(terraformAttribute({ ...db, engine: 'docdb' })).toBe('ca_cert_identifier on its aws_docdb_cluster_instance');
  });
});

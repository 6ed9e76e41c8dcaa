import { databaseCaNotApproved } from '../../src/rules/database-ca-not-approved.js';
import {
  awsFacts,
  database,
  declaration,
  engineVersionOf,
  pendingRotationOf,
  regionInventory,
  type Database,
  type RegionInventory,
} from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (db: Database, inventory: Partial<RegionInventory> = {}, declarations = [declaration()]) =>
  databaseCaNotApproved.check(await factsFrom({}, { declarations, aws: awsFacts([regionInventory({ databases: [db], ...inventory })]) }));

describe('database-ca-not-approved', () => {
  it('fails a database on an unapproved CA, at its declaration, with the exact modify command and the code change', async () => {
    const db = database({ ca: 'rds-ca-2019' });
    const [f, ...rest] = await check(db, { engineVersions: engineVersionOf(db, { rotatesWithoutRestart: true }) });
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'database-ca-not-approved', severity: 'error', resource: db.arn, file: 'infra/main.tf', line: 12 });
    expect(f.message).toBe(
      'orders (postgres 16.3, eu-west-1) uses rds-ca-2019, which is not in approved-ca (rds-ca-rsa2048-g1, rds-ca-rsa4096-g1, rds-ca-ecc384-g1).',
    );
    expect(f.remediation).toContain(
      '`aws rds modify-db-instance --db-instance-identifier orders --region eu-west-1 --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately --no-certificate-rotation-restart`',
    );
    expect(f.remediation).toContain('it needs no restart');
    expect(f.remediation).toContain('`ca_cert_identifier = "rds-ca-rsa2048-g1"` on aws_db_instance.orders (infra/main.tf:12)');
    expect(f.remediation).toContain('Make sure its clients trust the rds-ca-rsa2048-g1 root for eu-west-1 first.');
  });

  it('names the date AWS rotates the database itself, and the Terraform attribute when no code declares it', async () => {
    const db = database({ ca: 'rds-ca-2019' });
    const [f] = await check(
      db,
      { pending: pendingRotationOf(db, { autoAppliedAfter: '2027-02-01T00:00:00Z', forcedApply: '2027-01-15T00:00:00Z' }) },
      [],
    );
    expect(f.file).toBeUndefined();
    expect(f.message).toContain('AWS will rotate it itself on 2027-01-15 (pending ca-certificate-rotation).');
    expect(f.remediation).toContain('--certificate-rotation-restart`');
    expect(f.remediation).toContain('In Terraform set ca_cert_identifier on its aws_db_instance to "rds-ca-rsa2048-g1".');
  });

  it('is a notice when a move to an approved CA is already pending', async () => {
    const [f] = await check(database({ ca: 'rds-ca-2019', pendingCa: 'rds-ca-rsa2048-g1' }));
    expect(f).toMatchObject({ severity: 'notice', file: 'infra/main.tf', line: 12 });
    expect(f.message).toBe(
      'orders (postgres 16.3, eu-west-1) is moving from rds-ca-2019 to rds-ca-rsa2048-g1: the modification is pending (in progress).',
    );
  });

  it('stays silent on a database on any approved CA, and without AWS facts', async () => {
    expect(await check(database({ ca: 'rds-ca-rsa2048-g1' }))).toEqual([]);
    expect(await check(database({ ca: 'rds-ca-ecc384-g1' }))).toEqual([]);
    expect(databaseCaNotApproved.check(await factsFrom({}))).toEqual([]);
  });
});

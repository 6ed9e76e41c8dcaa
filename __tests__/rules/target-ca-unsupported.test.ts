import { targetCaUnsupported } from '../../src/rules/target-ca-unsupported.js';
import { awsFacts, database, declaration, engineVersionOf, regionInventory, type Database } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (db: Database, supportedCas: string[]) =>
  targetCaUnsupported.check(
    await factsFrom(
      {},
      {
        declarations: [declaration()],
        aws: awsFacts([regionInventory({ databases: [db], engineVersions: engineVersionOf(db, { supportedCas }) })]),
      },
    ),
  );

describe('target-ca-unsupported', () => {
  it('fails a database that must move when its engine version does not list the target CA, with the query for versions that do', async () => {
    const db = database({ ca: 'rds-ca-2019', engineVersion: '11.22' });
    const [f, ...rest] = await check(db, ['rds-ca-2019', 'rds-ca-rsa4096-g1']);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'target-ca-unsupported',
      severity: 'error',
      resource: db.arn,
      file: 'infra/main.tf',
      line: 12,
      message:
        'orders (eu-west-1) runs postgres 11.22, which does not support rds-ca-rsa2048-g1 (it supports rds-ca-2019, rds-ca-rsa4096-g1).',
    });
    expect(f.remediation).toContain(
      `aws rds describe-db-engine-versions --engine postgres --region eu-west-1 --query "DBEngineVersions[?contains(SupportedCACertificateIdentifiers, 'rds-ca-rsa2048-g1')].EngineVersion"`,
    );
  });

  it('stays silent when the version supports the target, when AWS does not say, or when the database need not move', async () => {
    expect(await check(database({ ca: 'rds-ca-2019' }), ['rds-ca-2019', 'rds-ca-rsa2048-g1'])).toEqual([]);
    expect(await check(database({ ca: 'rds-ca-2019' }), [])).toEqual([]);
    expect(await check(database({ ca: 'rds-ca-rsa4096-g1' }), ['rds-ca-rsa4096-g1'])).toEqual([]);
    expect(await check(database({ ca: 'rds-ca-2019', pendingCa: 'rds-ca-rsa4096-g1' }), ['rds-ca-rsa4096-g1'])).toEqual([]);
  });
});

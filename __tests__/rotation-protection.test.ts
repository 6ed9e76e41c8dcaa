/** Protection is the workflow's: names compare case-insensitively, the file only adds, a name that matches nothing fails. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeAws } from './support/fake-aws.mjs';
import { instance } from './support/fleet.mjs';
import { liveRotate, postgresRegion } from './helpers/live.js';
import { bundle, workspace } from './helpers/workspace.js';

const r = 'eu-west-1';
let fake: FakeAws;
beforeEach(async () => {
  fake = await new FakeAws({
    regions: {
      [r]: postgresRegion(r, [
        instance(r, 'prod-orders', { ca: 'rds-ca-2019', tags: { Environment: 'Prod' } }),
        instance(r, 'dev-orders', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
      ]),
    },
  }).start();
});
afterEach(() => fake.stop());

const repo = (environmentsFile?: string) => {
  const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
  if (environmentsFile) {
    mkdirSync(join(ws, '.github'), { recursive: true });
    writeFileSync(join(ws, '.github/rds-ca-guard.yml'), environmentsFile);
  }
  return ws;
};
const protectionRefusal = (refusals: { override: string }[]) => refusals.filter((x) => x.override.startsWith('`confirm:'));

describe('rotation protection', () => {
  it('protects `environment: Prod` under `protected-environments: prod`: the tagged database is in scope and needs confirm', async () => {
    const refused = await liveRotate(fake, repo(), {
      environment: 'Prod',
      regions: r,
      'protected-environments': 'prod',
      'dry-run': 'false',
    });
    expect(refused.plan.changes.map((c) => c.db.id)).toEqual(['prod-orders']);
    expect(protectionRefusal(refused.plan.refusals)).toEqual([
      { reason: 'Prod is a protected environment: confirm its name to rotate it.', override: '`confirm: Prod`' },
    ]);
    expect(fake.modifications).toEqual([]);
    const confirmed = await liveRotate(fake, repo(), {
      environment: 'PROD',
      regions: r,
      'protected-environments': 'prod',
      confirm: 'prod',
      'dry-run': 'false',
    });
    expect(confirmed.plan.refusals).toEqual([]);
    expect(fake.modifications.map((m) => m.DBInstanceIdentifier)).toEqual(['prod-orders']);
  });

  it('lets the environments file add protection but never remove what the workflow input set', async () => {
    const lifted = await liveRotate(fake, repo('environments:\n  Prod:\n    protected: false\n    tags: { Environment: Prod }\n'), {
      environment: 'prod',
      regions: r,
      'dry-run': 'false',
    });
    expect(protectionRefusal(lifted.plan.refusals)).toHaveLength(1);
    expect(fake.modifications).toEqual([]);
    const added = await liveRotate(fake, repo('environments:\n  dev:\n    protected: true\n'), {
      environment: 'DEV',
      regions: r,
      'dry-run': 'false',
    });
    expect(protectionRefusal(added.plan.refusals)).toEqual([
      { reason: 'DEV is a protected environment: confirm its name to rotate it.', override: '`confirm: DEV`' },
    ]);
  });

  it('refuses an environment that matches no database, even in a dry run: a typo must not pass green', async () => {
    const outcome = await liveRotate(fake, repo(), { environment: 'prdo', regions: r });
    expect(outcome.plan.refusals).toEqual([
      {
        reason:
          'No database in eu-west-1 belongs to environment "prdo" (selected by tag Environment=prdo; engines mysql, mariadb, postgres, oracle, sqlserver, db2, aurora, docdb). Check its name (compared case-insensitively), the databases\' tags and the environments file.',
        override: 'none: name an environment that has databases',
        fatal: true,
      },
    ]);
  });
});

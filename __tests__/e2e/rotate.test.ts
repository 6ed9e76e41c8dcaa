/** End to end: rotate mode as a workflow_dispatch runs it, `node dist/index.js` against the fake AWS endpoint. */
import { FakeAws } from '../support/fake-aws.mjs';
import { instance } from '../support/fleet.mjs';
import { runActionAsync } from '../helpers/runner.js';
import { postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';

let fake: FakeAws;
beforeEach(async () => {
  const r = 'eu-west-1';
  fake = await new FakeAws({
    regions: {
      [r]: postgresRegion(r, [
        instance(r, 'dev-a', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
        instance(r, 'dev-b', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }),
        instance(r, 'prod-a', { ca: 'rds-ca-2019', tags: { Environment: 'prod' } }),
      ]),
    },
  }).start();
});
afterEach(() => fake.stop());

const repo = () => workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
const run = (inputs: Record<string, string>) =>
  runActionAsync(repo(), { mode: 'rotate', regions: 'eu-west-1', 'wait-poll-seconds': '1', ...inputs }, fake.env());
const cas = () =>
  Object.fromEntries(
    fake.seed.regions['eu-west-1'].instances.map((i: { DBInstanceIdentifier: string; CACertificateIdentifier: string }) => [
      i.DBInstanceIdentifier,
      i.CACertificateIdentifier,
    ]),
  );

describe('rotate mode, run as workflow_dispatch runs it', () => {
  it('dry run by default: shows the plan, changes nothing, exits 0', async () => {
    const result = await run({ environment: 'dev' });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ rotated: '0', failed: '0', skipped: '2' });
    expect(result.summary).toContain('## 🔎 RDS CA Guard: rotation plan for dev (dry run: nothing changed)');
    expect(result.summary).toContain(
      '| dev-a | eu-west-1 | postgres 16.3 | rds-ca-2019 → rds-ca-rsa2048-g1 | no restart (the engine version rotates without one) | immediately |',
    );
    expect(fake.modifications).toEqual([]);
  });

  it("rotating dev with dry-run false moves exactly dev's databases, waits and verifies them; prod is untouched", async () => {
    const result = await run({ environment: 'dev', 'dry-run': 'false' });
    expect(result.status).toBe(0);
    expect(result.outputs).toMatchObject({ rotated: '2', failed: '0', skipped: '0' });
    expect(cas()).toEqual({ 'dev-a': 'rds-ca-rsa2048-g1', 'dev-b': 'rds-ca-rsa2048-g1', 'prod-a': 'rds-ca-2019' });
    expect(result.summary).toContain('| dev-a | eu-west-1 | rds-ca-2019 | rds-ca-rsa2048-g1 | rotated |');
  }, 60_000);

  it('refuses prod without confirm, naming the input, and changes nothing', async () => {
    const result = await run({ environment: 'prod', 'dry-run': 'false' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'RDS CA Guard refused to rotate prod; nothing was changed.%0A- prod is a protected environment: confirm its name to rotate it. (override: `confirm: prod`)',
    );
    expect(cas()['prod-a']).toBe('rds-ca-2019');
  });
});

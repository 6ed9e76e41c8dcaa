import { actionPlan } from '../../src/plan/action-plan.js';
import { runRules } from '../../src/rules/index.js';
import { awsFacts, caInRegion, database, declaration, inDays, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { DATABASES, OLD_BUNDLE, env, old, planInput } from './fleet.js';

const OPTIONS = { environmentTag: 'Environment' };

describe('actionPlan', () => {
  it('groups the databases to rotate dev → staging → others → prod → untagged, each once, one rotate call each', async () => {
    const { facts, findings } = await planInput();
    const plan = actionPlan(facts, findings, OPTIONS);
    expect(plan.rotate.map((g) => [g.name, g.kind])).toEqual([
      ['DEV', 'dev'],
      ['uat', 'staging'],
      ['analytics', 'other'],
      ['Live', 'prod'],
      ['prod', 'prod'],
      [undefined, 'untagged'],
    ]);
    const ids = plan.rotate.flatMap((g) => g.databases.map((d) => d.row.id));
    expect([...ids].sort()).toEqual(
      DATABASES.filter((d) => d.id !== 'fresh')
        .map((d) => d.id)
        .sort(),
    );
    expect(plan.rotate[0].databases.map((d) => d.row.id).sort()).toEqual(['billing-Dev', 'orders-dev']);
    expect(plan.rotate[0].call).toEqual({ mode: 'rotate', environment: 'DEV', 'dry-run': 'false', 'allow-restart': 'true' });
    expect(plan.rotate[0].counts).toEqual({ databases: 2, restart: 2, blocked: 0, accounts: 1 });
    expect(plan.rotate.at(-1)!.call).toBeUndefined();
    expect(plan.rotate.every((g) => !g.blockedByTrust)).toBe(true);
  });

  it('puts the trust material first: one step per file with all its problems and one fix; the groups wait for it', async () => {
    const { facts, findings } = await planInput(DATABASES, OLD_BUNDLE);
    const plan = actionPlan(facts, findings, OPTIONS);
    expect(plan.trust).toHaveLength(1);
    const [step] = plan.trust;
    expect(step.file).toBe('config/rds-combined-ca-bundle.pem');
    expect(step.problems.length).toBeGreaterThan(1);
    expect(new Set(step.problems.map((p) => p.rule)).size).toBeGreaterThan(1);
    expect(findings.filter((f) => f.file === step.file && f.severity !== 'notice')).toEqual(step.problems);
    expect(step.fix).toContain('curl -fsSLo config/rds-combined-ca-bundle.pem https://truststore.pki.rds.amazonaws.com/');
    expect(step.alsoFix).toEqual([]);
    expect(plan.rotate.every((g) => g.blockedByTrust)).toBe(true);
    // No finding in two places; every finding somewhere (a step, a database row, or the rest).
    expect(plan.rest.filter((f) => step.problems.includes(f))).toEqual([]);
  });

  it('gives one IaC step per file and line, with the value to write', async () => {
    const pin = { file: 'infra/main.tf', line: 14, resource: 'aws_db_instance.orders', attribute: 'ca_cert_identifier', tool: 'terraform' };
    const facts = await factsFrom(
      {},
      {
        pins: [{ ...pin, syntax: 'hcl', value: { kind: 'literal', ca: 'rds-ca-2019' } } as never],
        declarations: [declaration({ line: 12 })],
        aws: awsFacts([regionInventory({ databases: [old('orders')] })]),
      },
    );
    const plan = actionPlan(facts, runRules(facts), OPTIONS);
    expect(plan.iac).toEqual([
      expect.objectContaining({ file: 'infra/main.tf', line: 14, fix: expect.stringContaining('rds-ca-rsa2048-g1') }),
    ]);
    expect(plan.iac[0].problems.map((p) => p.rule)).toEqual(['iac-ca-not-approved']);
    expect(plan.rest.some((f) => f.rule === 'iac-ca-not-approved')).toBe(false);
  });

  it('says overdue since the CA expired, AWS’s own rotation date with a restart, and a CA expiry ahead', async () => {
    const { facts, findings } = await planInput();
    const plan = actionPlan(facts, findings, OPTIONS);
    const prod = plan.rotate.find((g) => g.name === 'prod')!.databases[0];
    expect(prod.dates.overdue).toEqual({ since: '2024-08-22T17:08:50Z' });
    expect(prod.dates.awsRotates).toEqual({ date: inDays(80), forced: true, restart: true });
    expect(prod.dates.caExpiry).toBeUndefined();
    expect(plan.mostOverdue).toMatchObject({ kind: 'CA expired', date: '2024-08-22T17:08:50Z' });
    expect(plan.nearest).toMatchObject({ kind: 'forced rotation', date: inDays(80), database: prod.row.arn });
    expect(plan.picture.events).toEqual([
      { date: inDays(80).slice(0, 10), kind: 'forced rotation', databases: 1, environments: ['prod'] },
      { date: '2061-05-20', kind: 'CA expiry', databases: 1, ca: 'rds-ca-rsa2048-g1', environments: ['DEV'] },
    ]);
  });

  it('counts each environment’s databases by CA for the picture', async () => {
    const { facts, findings } = await planInput([...DATABASES, database({ id: 'mystery', ca: undefined, tags: env('dev') })]);
    const plan = actionPlan(facts, findings, OPTIONS);
    expect(plan.picture.environments[0]).toEqual({ name: 'DEV', kind: 'dev', approved: 1, moving: 0, toRotate: 2, unknownCa: 1 });
    expect(plan.picture.environments.at(-1)).toMatchObject({ kind: 'untagged', toRotate: 1 });
  });

  it('lets the environments file decide membership over the tag, under its own spelling', async () => {
    const { facts, findings } = await planInput();
    const plan = actionPlan(facts, findings, {
      environmentTag: 'Environment',
      environments: { Staging: { identifiers: ['orders-*', 'search'] }, prod: { tags: { Tier: 'gold' } } },
    });
    const staging = plan.rotate.find((g) => g.name === 'Staging')!;
    expect(staging.databases.map((d) => d.row.id).sort()).toEqual(['orders-dev', 'orders-prod', 'search']);
    expect(staging.databases.every((d) => d.environmentFrom === 'file')).toBe(true);
    // cache-live is tagged Live (no file entry): the tag still counts. Nothing in the file selects a tag-prod database.
    expect(plan.rotate.map((g) => g.name)).toEqual(['DEV', 'Staging', 'uat', 'Live', undefined]);
    expect(plan.rotate.at(-1)!.databases.map((d) => d.row.id)).toEqual(['legacy']);
  });

  it('leaves a database tagged for a file environment that does not select it without a call', async () => {
    const { facts, findings } = await planInput([old('orders-prod', { tags: env('Prod') })]);
    const plan = actionPlan(facts, findings, { environmentTag: 'Environment', environments: { prod: { regions: ['us-east-1'] } } });
    expect(plan.rotate).toHaveLength(1);
    expect(plan.rotate[0]).toMatchObject({
      kind: 'untagged',
      databases: [expect.objectContaining({ taggedOutside: 'Prod', environmentFrom: 'none' })],
    });
  });

  it('keeps every finding it places out of the rest, the rest in the findings’ order', async () => {
    const { facts, findings } = await planInput(DATABASES, OLD_BUNDLE);
    const plan = actionPlan(facts, findings, OPTIONS);
    const placed = new Set([...plan.trust.flatMap((s) => s.problems), ...plan.iac.flatMap((s) => s.problems)]);
    expect(plan.rest.some((f) => placed.has(f))).toBe(false);
    expect(plan.rest).toEqual(findings.filter((f) => plan.rest.includes(f)));
    expect(plan.rest.some((f) => f.rule === 'database-ca-not-approved' && f.severity === 'error')).toBe(false);
    expect(plan.rest.some((f) => f.rule === 'pending-ca-rotation')).toBe(false);
  });

  it('groups per environment across accounts; rows keep their account', async () => {
    const a = regionInventory({ account: '111111111111', databases: [old('orders', { account: '111111111111', tags: env('prod') })] });
    const b = regionInventory({ account: '222222222222', databases: [old('orders', { account: '222222222222', tags: env('prod') })] });
    const facts = await factsFrom({}, { regions: ['eu-west-1'], aws: awsFacts([a, b]) });
    const plan = actionPlan(facts, runRules(facts), OPTIONS);
    expect(plan.rotate).toHaveLength(1);
    expect(plan.rotate[0].accounts).toEqual(['111111111111', '222222222222']);
    expect(plan.rotate[0].databases.map((d) => d.row.account)).toEqual(['111111111111', '222222222222']);
  });

  it('caps the events ahead at 20 items, summing the rest', async () => {
    const databases = Array.from({ length: 30 }, (_, i) => database({ id: `db-${String(i).padStart(2, '0')}`, ca: 'rds-ca-rsa4096-g1' }));
    const inventory = regionInventory({
      databases,
      certificates: [caInRegion('rds-ca-rsa4096-g1', { validTill: '2121-01-01T00:00:00Z' })],
      pending: Object.fromEntries(databases.map((d, i) => [d.arn, { forcedApply: inDays(10 + i) }])),
    });
    const facts = await factsFrom({}, { regions: ['eu-west-1'], aws: awsFacts([inventory]) });
    const { picture } = actionPlan(facts, runRules(facts), OPTIONS);
    expect(picture.events).toHaveLength(20);
    expect(picture.events[0]).toEqual({ date: inDays(10).slice(0, 10), kind: 'forced rotation', databases: 1, environments: [undefined] });
    // 30 forced-rotation days + one CA-expiry day: 19 shown, 12 summed.
    expect(picture.events[19]).toEqual({ more: 12, databases: 12 + 29 });
  });

  it('is the same plan whatever order the fleet comes in', async () => {
    const first = await planInput(DATABASES, OLD_BUNDLE);
    const shuffled = await planInput([...DATABASES].reverse(), OLD_BUNDLE);
    const options = { environmentTag: 'Environment', environments: { Staging: { identifiers: ['reports-*'] } } };
    expect(JSON.stringify(actionPlan(shuffled.facts, shuffled.findings, options))).toBe(
      JSON.stringify(actionPlan(first.facts, first.findings, options)),
    );
  });
});

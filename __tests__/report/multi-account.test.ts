/**
 * A multi-account run: two member accounts that both have `orders` in eu-west-1, a region of one
 * not inspected, and a third account whose role could not be assumed. Every output a person reads
 * names the account; a single-account run shows none of it (the other report tests hold its bytes).
 */
import { selectAnnotations } from '../../src/render/annotations.js';
import { remediationRows } from '../../src/render/remediation.js';
import { sarifLog } from '../../src/render/sarif.js';
import { renderSummary } from '../../src/render/summary.js';
import { renderText } from '../../src/render/text.js';
import { renderRotationSummary } from '../../src/render/rotation-summary.js';
import { ruleById, runRules } from '../../src/rules/index.js';
import { verdict } from '../../src/verdict/verdict.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { ACCOUNT, awsFacts, database, inDays, pendingRotationOf, regionInventory, type AwsFacts } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { validSarif } from '../helpers/sarif-schema.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const A = '111111111111';
const B = '222222222222';
const C = '333333333333';
const HUB = `arn:aws:sts::${ACCOUNT}:assumed-role/ci/gha`;
const role = (account: string) => `arn:aws:iam::${account}:role/rds-ca-guard-read`;
const REASON = `could not assume ${role(C)} from ${HUB}: AWS denied sts:AssumeRole to ${HUB}`;

function fleet(): AwsFacts {
  const old = { ca: 'rds-ca-2019' };
  const ordersA = database({ account: A, ...old });
  const ordersB = database({ account: B, ...old });
  // billing's AWS deadline is the soonest: without accounts it would come first.
  const billing = database({ account: B, id: 'billing', region: 'us-east-1', ...old });
  return {
    ...awsFacts(
      [
        regionInventory({ account: A, databases: [ordersA], defaultCa: 'rds-ca-2019' }),
        regionInventory({ account: B, databases: [ordersB], defaultCa: 'rds-ca-2019' }),
        regionInventory({
          account: B,
          region: 'us-east-1',
          databases: [billing],
          pending: pendingRotationOf(billing, { autoAppliedAfter: inDays(-1000) }),
        }),
      ],
      [{ account: A, region: 'us-east-1', reason: 'no answer within 30 s' }],
    ),
    members: [
      { account: A, role: role(A), principal: `arn:aws:sts::${A}:assumed-role/rds-ca-guard-read/s` },
      { account: B, role: role(B), principal: `arn:aws:sts::${B}:assumed-role/rds-ca-guard-read/s` },
      { account: C, role: role(C), notInspected: { reason: REASON } },
    ],
  };
}

async function outcome(aws: AwsFacts): Promise<CheckOutcome> {
  const facts = await factsFrom({}, { aws, regions: ['eu-west-1', 'us-east-1'] });
  const findings = runRules(facts);
  return { facts, findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
}

describe('a multi-account run', () => {
  it("the summary's AWS line names the hub, the member accounts inspected and not, databases and regions", async () => {
    const lines = renderSummary(await outcome(fleet()), { offline: false }).split('\n');
    expect(lines[2]).toContain(
      `· AWS hub account ${ACCOUNT} as <code>${HUB}</code> (role): 2 member accounts inspected, **1 not inspected**; 3 databases in 2 regions, **1 account region not inspected**`,
    );
  });

  it('the summary lists the accounts not inspected: account, role tried, why', async () => {
    const md = renderSummary(await outcome(fleet()), { offline: false });
    expect(md).toContain(
      [
        '### ❌ Accounts not inspected (1)',
        '',
        '| Account | Role tried | Why |',
        '| --- | --- | --- |',
        `| ${C} | <code>${role(C)}</code> | ${REASON} |`,
      ].join('\n'),
    );
  });

  it('the databases to rotate have an Account column, by account, then region, then deadline', async () => {
    const o = await outcome(fleet());
    expect(remediationRows(o.facts).map((r) => [r.account, r.region, r.id])).toEqual([
      [A, 'eu-west-1', 'orders'],
      [B, 'eu-west-1', 'orders'],
      [B, 'us-east-1', 'billing'],
    ]);
    const md = renderSummary(o, { offline: false });
    expect(withoutLinks(md)).toContain('| Database | Account | Region | Engine | CA → target | Restart | Due | AWS rotates on |');
    expect(withoutLinks(md)).toContain(`| orders | ${B} | eu-west-1 | postgres 16.3 |`);
    expect(withoutLinks(md)).toContain('| Database | Account | Command |');
    expect(withoutLinks(md)).toContain(
      `| orders | ${B} | <code>aws rds modify-db-instance --db-instance-identifier orders --region eu-west-1 `,
    );
  });

  it("each rule's table has an Account column", async () => {
    const md = renderSummary(await outcome(fleet()), { offline: false });
    expect(withoutLinks(md)).toContain('| Where | Line | Account | What is wrong | How to fix |');
    // A database to rotate is in its group's table, not again in a rule's table.
    expect(withoutLinks(md)).not.toContain(`| arn:aws:rds:eu-west-1:${B}:db:orders |`);
    expect(withoutLinks(md)).toContain(`| ${role(C)} |  | ${C} | Account ${C} was not inspected: `);
  });

  it('annotations, the text output and SARIF messages name the account once', async () => {
    const o = await outcome(fleet());
    const annotations = selectAnnotations(o.findings, (id) => ruleById(id)?.title ?? id, { multiAccount: true });
    expect(annotations.map((a) => a.message.split('\n')[0])).toEqual(
      expect.arrayContaining([
        `Account ${C} was not inspected: ${REASON}.`,
        `us-east-1 of account ${A} was not inspected: no answer within 30 s.`,
        expect.stringMatching(new RegExp(`^account ${B}: orders \\(postgres 16.3, eu-west-1\\) uses rds-ca-2019`)),
      ]),
    );
    expect(renderText(o)).toContain(`        account ${A}: orders (postgres 16.3, eu-west-1) uses rds-ca-2019`);
    const sarif = sarifLog(o.findings, { multiAccount: true }) as {
      runs: { results: { message: { text: string }; properties?: { account: string } }[] }[];
    };
    expect(validSarif(sarif)).toEqual([]);
    expect(sarif.runs[0].results.map((r) => r.message.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(new RegExp(`^account ${B}: billing `))]),
    );
  });

  it('SARIF results carry the account, and a region of two accounts has two fingerprints of its own', async () => {
    const o = await outcome(fleet());
    type Result = { ruleId: string; properties?: { account: string }; partialFingerprints: Record<string, string> };
    const results = (sarifLog(o.findings, { multiAccount: true }) as { runs: { results: Result[] }[] }).runs[0].results;
    const defaults = results.filter((r) => r.ruleId === 'default-ca-not-approved');
    expect(defaults.map((r) => r.properties)).toEqual([{ account: A }, { account: B }]);
    const [fa, fb] = defaults.map((r) => r.partialFingerprints['rdsCaGuardFinding/v1']);
    expect(fa).not.toContain(':');
    expect(fb).not.toContain(':');
    expect(fa).not.toEqual(fb);
    // Without account B's, account A's fingerprint is the same.
    const alone = sarifLog(
      o.findings.filter((f) => f.rule !== 'default-ca-not-approved' || f.account === A),
      { multiAccount: true },
    ) as { runs: { results: Result[] }[] };
    expect(alone.runs[0].results.find((r) => r.ruleId === 'default-ca-not-approved')?.partialFingerprints).toEqual(
      defaults[0].partialFingerprints,
    );
  });
  it('the rotation summary has an Account column in each table', async () => {
    const check = await outcome(fleet());
    const [ordersA, ordersB] = check.facts.aws!.inspected.map((i) => i.databases[0]);
    const planned = {
      db: ordersA,
      inventory: check.facts.aws!.inspected[0],
      from: 'rds-ca-2019',
      to: 'rds-ca-rsa2048-g1',
      restart: true,
      restartText: 'yes',
      immediately: true,
      command: 'aws rds modify-db-instance …',
    };
    const skipped = [{ db: ordersB, reason: 'already moving' }];
    const plan = { environment: 'prod', target: 'rds-ca-rsa2048-g1', changes: [planned], skipped, unchanged: [], refusals: [] };
    const results = [{ change: planned, status: 'rotated' as const, caAfter: 'rds-ca-rsa2048-g1' }];
    const md = renderRotationSummary({ check, plan, results, applied: true, dryRun: false });
    expect(withoutLinks(md)).toContain('| Database | Account | Region | Engine | CA → target | Restart | When | Command |');
    expect(withoutLinks(md)).toContain(`| orders | ${A} | eu-west-1 | postgres 16.3 |`);
    expect(withoutLinks(md)).toContain(`| orders | ${B} | eu-west-1 | already moving |`);
    expect(withoutLinks(md)).toContain(`| orders | ${A} | eu-west-1 | rds-ca-2019 | rds-ca-rsa2048-g1 | rotated |`);
  });
});

describe('a single-account run', () => {
  it('shows no account column, prefix or accounts line', async () => {
    const o = await outcome(awsFacts([regionInventory({ databases: [database({ ca: 'rds-ca-2019' })], defaultCa: 'rds-ca-2019' })]));
    const md = renderSummary(o, { offline: false });
    expect(md).toContain(`AWS account ${ACCOUNT} as <code>${HUB}</code> (role): 1 database in 1 region`);
    expect(md).not.toContain('Account');
    expect(renderText(o)).not.toContain(`account ${ACCOUNT}`);
    const annotations = selectAnnotations(o.findings, (id) => id);
    expect(annotations.map((a) => a.message)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^account /)]));
    expect(annotations.map((a) => a.message.split('\n')[0])).toContain(
      'New databases in eu-west-1 get rds-ca-2019, which is not in approved-ca.',
    );
  });
});

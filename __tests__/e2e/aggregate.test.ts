/**
 * End to end, as a workflow runs it: a matrix of three single-account shards (`node dist/index.js` against a fake
 * AWS each), their report files downloaded into the aggregate job's workspace, then `mode: aggregate` over them; and
 * the same three accounts in one multi-account run, which must give the same verdict and databases.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { FakeAws } from '../support/fake-aws.mjs';
import { accountsSeed, syntheticFleet, type Seed } from '../support/fleet.mjs';
import { reportOf, runActionAsync as runAction, type RunResult } from '../helpers/runner.js';
import { bundle, workspace } from '../helpers/workspace.js';

const ACCOUNTS = ['111111111111', '222222222222', '333333333333'];
const HUB = '999999999999';
const REGIONS = 'us-east-1,eu-west-1';

const fleets: Record<string, Seed> = Object.fromEntries(
  ACCOUNTS.map((account, i) => [account, syntheticFleet(['us-east-1', 'eu-west-1'], 4 + i, { account, prefix: `app${i}`, oldEvery: 3 })]),
);
const awsEnv = (fake: FakeAws) => Object.fromEntries(Object.entries(fake.env()).filter(([, v]) => v !== ''));

let ws: string;
const shards: Record<string, RunResult> = {};
beforeAll(async () => {
  ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem'), 'src/app.py': 'print(1)\n' }, { git: true });
  for (const account of ACCOUNTS) {
    const fake = await new FakeAws({ ...fleets[account], account }).start();
    try {
      shards[account] = await runAction(ws, { regions: REGIONS, 'fail-on': 'never' }, awsEnv(fake));
    } finally {
      await fake.stop();
    }
  }
}, 60_000);

/** What actions/download-artifact does: each shard's report under its artifact's directory in the workspace. */
function download(file: string, from: string): void {
  mkdirSync(dirname(join(ws, file)), { recursive: true });
  copyFileSync(from, join(ws, file));
}

type Report = ReturnType<typeof reportOf> & {
  aws: Record<string, unknown>;
  aggregate?: { shards: { file: string; accounts: string[] }[] };
};
const findings = (report: Report) => report.findings.map((f) => [f.severity, f.rule, f.account, f.resource, f.message]);

describe('aggregate mode, run as the runner runs it', () => {
  it('merges three single-account shards into the verdict and databases of one run over the three accounts', async () => {
    for (const account of ACCOUNTS) {
      expect(shards[account].status).toBe(0);
      download(`shards/report-${account}/rds-ca-guard-report.json`, shards[account].outputs['report-file']);
    }
    const run = await runAction(ws, { mode: 'aggregate', reports: 'shards/*/rds-ca-guard-report.json', 'sarif-file': 'agg.sarif' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    // 8, 10 and 12 databases, one in three on rds-ca-2019.
    expect(run.outputs).toMatchObject({ result: 'fail', errors: '12', inspected: '30' });
    const report = reportOf(run) as Report;
    expect(report.aggregate!.shards.map((s) => s.accounts)).toEqual(ACCOUNTS.map((a) => [a]));
    const failing = report.findings.filter((f) => f.rule === 'database-ca-not-approved');
    expect(new Set(failing.map((f) => f.account))).toEqual(new Set(ACCOUNTS));
    for (const f of failing) expect(f.resource).toContain(`:${f.account}:db:`);
    expect(run.stdout).toContain(
      '::error title=Database on a CA outside approved-ca::account 111111111111: app0-us-east-1-0 (postgres 16.3, us-east-1)',
    );
    expect(run.summary).toContain('· merged from 3 shard reports');
    const sarif = JSON.parse(readFileSync(join(ws, 'agg.sarif'), 'utf8'));
    expect(sarif.runs[0].results).toHaveLength(12);

    // The same accounts in one run: the hub assumes `reader` in each.
    const hub = await new FakeAws({ ...accountsSeed({ hub: { regions: {} }, roleName: 'reader', members: fleets }), account: HUB }).start();
    let single: RunResult;
    try {
      single = await runAction(ws, { regions: REGIONS, accounts: ACCOUNTS.join(','), 'member-role': 'reader' }, awsEnv(hub));
    } finally {
      await hub.stop();
    }
    expect(single.status).toBe(1);
    const whole = reportOf(single) as Report;
    for (const name of ['result', 'errors', 'warnings', 'inspected', 'noncompliant'])
      expect([name, run.outputs[name]]).toEqual([name, single.outputs[name]]);
    expect(report.resources).toEqual(whole.resources);
    expect(findings(report)).toEqual(findings(whole));
    expect((report.aws.inventories as unknown[]).length).toBe(6);
    expect(report.aws.inventories).toEqual(whole.aws.inventories);
  }, 60_000);

  it('refuses a shard counted twice and a shard of another version, naming the files, and merges the others', async () => {
    const [a, b, c] = ACCOUNTS.map((account) => shards[account].outputs['report-file']);
    download('dup/a/rds-ca-guard-report.json', a);
    download('dup/a-rerun/rds-ca-guard-report.json', a);
    download('dup/b/rds-ca-guard-report.json', b);
    const other = JSON.parse(readFileSync(c, 'utf8'));
    mkdirSync(join(ws, 'dup/c'), { recursive: true });
    writeFileSync(
      join(ws, 'dup/c/rds-ca-guard-report.json'),
      JSON.stringify({ ...other, tool: { name: 'rds-ca-guard', version: '0.0.1' } }),
    );
    const run = await runAction(ws, { mode: 'aggregate', reports: 'dup/**/*.json' });
    expect(run.status).toBe(1);
    expect(run.outputs.inspected).toBe('18');
    const refused = reportOf(run).findings.filter((f) => f.rule === 'shard-report-refused');
    expect(refused.map((f) => f.message)).toEqual([
      `Shard report dup/a/rds-ca-guard-report.json was not merged (nothing of it is in this verdict): it covers account ${ACCOUNTS[0]} in us-east-1, as dup/a-rerun/rds-ca-guard-report.json does: a shard counted twice (a matrix entry repeated, or the reports of two attempts downloaded together).`,
      'Shard report dup/c/rds-ca-guard-report.json was not merged (nothing of it is in this verdict): it was written by rds-ca-guard 0.0.1; this is 0.1.0.',
    ]);
    expect(run.stdout).toContain('::error title=A shard report was not merged::Shard report dup/c/rds-ca-guard-report.json was not merged');
    expect(run.summary).toContain('dup/a/rds-ca-guard-report.json');
  }, 60_000);
});

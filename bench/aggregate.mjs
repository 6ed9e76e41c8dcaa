// Benchmark of aggregate mode (issue #14): 100 shard reports of 500 databases each, merged into one verdict.
//   One real shard is made first: the CLI checks a repository holding AWS's global bundle against the fake AWS
//   endpoint (5 regions × 100 databases in one account) and writes its report. The 100 shards are that report with
//   the account id replaced (every ARN, inventory and finding names its account), so they are reports this build
//   reads. Then `rds-ca-guard check --mode aggregate` merges them (JSON report and SARIF written), timed wall-clock
//   from the process's start to its end, BENCH_RUNS times (default 5), median; then the action (`node dist/index.js`),
//   which also writes the job summary and annotations, as many times.
// Run: node bench/aggregate.mjs (after npm run build; it measures dist/). BENCH_SHARDS and BENCH_DATABASES change the size.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeAws } from '../__tests__/support/fake-aws.mjs';
import { syntheticFleet } from '../__tests__/support/fleet.mjs';

const REPO = resolve(new URL('.', import.meta.url).pathname, '..');
const SHARDS = Number(process.env.BENCH_SHARDS ?? 100);
const DATABASES = Number(process.env.BENCH_DATABASES ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'];
const TARGET_MS = 2000;
const BASE = '100000000000';

const workspace = mkdtempSync(join(tmpdir(), 'rcg-bench-aggregate-'));
mkdirSync(join(workspace, 'certs'));
copyFileSync(join(REPO, 'data/rds-ca/global-bundle.pem'), join(workspace, 'certs', 'global-bundle.pem'));
execFileSync('git', ['init', '-q', workspace]);
execFileSync('git', ['-C', workspace, 'add', '-A']);
const out = mkdtempSync(join(tmpdir(), 'rcg-bench-aggregate-out-'));

/** Runs a built entry point; resolves with its wall time, exit status and last line of output. */
function run(args, env = {}) {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, HOME: out, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) =>
      done({ ms: Number(process.hrtime.bigint() - start) / 1e6, status, stdout, stderr, last: stdout.trim().split('\n').pop() }),
    );
  });
}

// 1. One real shard: the CLI against the fake AWS.
const perRegion = Math.ceil(DATABASES / REGIONS.length);
const fake = await new FakeAws({ ...syntheticFleet(REGIONS, perRegion, { account: BASE }), account: BASE }).start();
const shardFile = join(out, 'shard.json');
const cli = join(REPO, 'dist/cli.js');
const shard = await run(
  [cli, 'check', workspace, '--regions', REGIONS.join(','), '--fail-on', 'never', '--report-file', shardFile],
  fake.env(),
);
await fake.stop();
if (shard.status !== 0) throw new Error(`the shard run failed (${shard.status}): ${shard.stderr}`);
const text = readFileSync(shardFile, 'utf8');

// 2. The matrix's reports, as actions/download-artifact lays them out (one directory per artifact).
for (let i = 0; i < SHARDS; i++) {
  const account = String(Number(BASE) + i).padStart(12, '0');
  mkdirSync(join(workspace, 'shards', `report-${account}`), { recursive: true });
  writeFileSync(join(workspace, 'shards', `report-${account}`, 'rds-ca-guard-report.json'), text.replaceAll(BASE, account));
}
const bytes = statSync(shardFile).size * SHARDS;

// 3. The aggregate, CLI then action.
const report = join(out, 'aggregate.json');
const args = [cli, 'check', workspace, '--mode', 'aggregate', '--reports', 'shards/*/rds-ca-guard-report.json'];
const aggregateArgs = [...args, '--fail-on', 'never', '--report-file', report, '--sarif-file', join(out, 'aggregate.sarif')];
await run(aggregateArgs); // warms the page cache
const times = [];
let last;
for (let i = 0; i < RUNS; i++) {
  last = await run(aggregateArgs);
  if (last.status !== 0) throw new Error(`the aggregate failed (${last.status}): ${last.stderr}`);
  times.push(last.ms);
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
const merged = JSON.parse(readFileSync(report, 'utf8'));
const runnerTemp = mkdtempSync(join(tmpdir(), 'rcg-bench-aggregate-runner-'));
const actionTimes = [];
for (let i = 0; i < RUNS; i++) {
  for (const name of ['output', 'summary']) writeFileSync(join(runnerTemp, name), '');
  const action = await run([join(REPO, 'dist/index.js')], {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: join(runnerTemp, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary'),
    INPUT_MODE: 'aggregate',
    INPUT_REPORTS: 'shards/*/rds-ca-guard-report.json',
    'INPUT_FAIL-ON': 'never',
    'INPUT_SARIF-FILE': join(runnerTemp, 'aggregate.sarif'),
  });
  if (action.status !== 0) throw new Error(`the action failed (${action.status}): ${action.stdout.slice(-2000)}`);
  actionTimes.push(action.ms);
}
const actionMedian = [...actionTimes].sort((a, b) => a - b)[Math.floor(actionTimes.length / 2)];

console.log(
  `node ${process.version}; ${SHARDS} shard reports of ${perRegion * REGIONS.length} databases (${REGIONS.length} regions × ${perRegion}), ${(bytes / 1e6).toFixed(0)} MB in all`,
);
console.log(
  `  aggregate (CLI, JSON report and SARIF written): ${median.toFixed(0)} ms wall, median of ${RUNS} (runs: ${times.map((t) => t.toFixed(0)).join(', ')}; target < ${TARGET_MS} ms)`,
);
console.log(
  `  inside the run (report's timingsMs): scan ${merged.timingsMs.scan} ms, reading and merging the shards ${merged.timingsMs.aws} ms, rules ${merged.timingsMs.rules} ms`,
);
console.log(
  `  merged: ${merged.resources.length} databases, ${merged.aggregate.shards.length} shards, ${merged.aggregate.refused.length} refused; verdict: ${last.last}`,
);
console.log(
  `  the action (node dist/index.js, also the job summary and annotations): ${actionMedian.toFixed(0)} ms wall, median of ${RUNS} (runs: ${actionTimes.map((t) => t.toFixed(0)).join(', ')}; target < ${TARGET_MS} ms)`,
);

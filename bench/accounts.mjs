// Benchmark of the many-accounts inspection (issue #14) against the fake AWS endpoint on loopback.
//   100 member accounts × 4 regions × 50 databases, 50 ms latency per call, account-concurrency 8: the
//   inspection's time (the report's timingsMs.aws) against (accounts ÷ concurrency) × one account's
//   inspection time, measured in the same run, and the peak memory (max RSS) of the CLI.
// Run: node bench/accounts.mjs (after npm run build; it measures dist/). BENCH_ACCOUNTS and ROUNDS change the count and runs.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeAws } from '../__tests__/support/fake-aws.mjs';
import { accountsSeed, syntheticFleet } from '../__tests__/support/fleet.mjs';

const REPO = resolve(new URL('.', import.meta.url).pathname, '..');
const LATENCY = 50;
const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100);
const CONCURRENCY = 8;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'];
const HUB = '100000000000';
const members = Array.from({ length: ACCOUNTS }, (_, i) => String(200000000000 + i));

const workspace = mkdtempSync(join(tmpdir(), 'rcg-bench-accounts-'));
mkdirSync(join(workspace, 'certs'));
writeFileSync(join(workspace, 'certs', 'global-bundle.pem'), readFileSync(join(REPO, 'data/rds-ca/global-bundle.pem')));

/** Runs the CLI over `accounts` under /usr/bin/time for its max RSS. */
function cli(fake, accounts) {
  return new Promise((done) => {
    const report = join(tmpdir(), `rcg-bench-accounts-report-${process.pid}.json`);
    const args = ['check', workspace, '--regions', REGIONS.join(','), '--fail-on', 'never', '--report-file', report];
    args.push('--accounts', accounts.join(','), '--member-role', 'rds-ca-guard-read', '--account-concurrency', String(CONCURRENCY));
    const child = spawn('/usr/bin/time', ['-f', 'maxrss_kb=%M', process.execPath, join(REPO, 'dist/cli.js'), ...args], {
      env: { PATH: process.env.PATH, HOME: workspace, ...fake.env() },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', () => {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      done({
        inspectMs: json.timingsMs.aws,
        databases: json.resources.length,
        rssMb: Number(/maxrss_kb=(\d+)/.exec(err)?.[1] ?? 0) / 1024,
        verdict: out.trim().split('\n').pop(),
      });
    });
  });
}

const seed = accountsSeed({
  hub: { account: HUB, regions: {} },
  members: Object.fromEntries(members.map((a, i) => [a, syntheticFleet(REGIONS, 50, { account: a, prefix: `a${i}` })])),
});
const fake = await new FakeAws(seed).start();
fake.set({ latencyMs: LATENCY, pageSize: 100 });

// One account, then all of them, alternated ROUNDS times: the ratio compares runs made under the same load.
const ones = [];
const alls = [];
let calls = 0;
for (let round = 0; round < ROUNDS; round++) {
  ones.push(await cli(fake, members.slice(0, 1)));
  fake.calls = [];
  alls.push(await cli(fake, members));
  calls = fake.calls.length;
}
await fake.stop();
const median = (runs) => [...runs].sort((a, b) => a.inspectMs - b.inspectMs)[Math.floor(runs.length / 2)];
const one = median(ones);
const all = median(alls);
const bound = (ACCOUNTS / CONCURRENCY) * one.inspectMs;
console.log(`node ${process.version}, fake endpoint latency ${LATENCY} ms per call, page size 100, account-concurrency ${CONCURRENCY}`);
console.log(`medians of ${ROUNDS} alternated runs each`);
console.log(
  `one account × ${REGIONS.length} regions × 50 databases: inspection ${one.inspectMs} ms (${one.databases} databases; runs ${ones.map((r) => r.inspectMs).join(', ')} ms)`,
);
console.log(
  `${ACCOUNTS} accounts: inspection ${all.inspectMs} ms (runs ${alls.map((r) => r.inspectMs).join(', ')} ms), ${calls} calls, ${all.databases} databases, peak RSS ${Math.max(...alls.map((r) => r.rssMb)).toFixed(0)} MB (target < 300 MB)`,
);
console.log(
  `  (${ACCOUNTS} ÷ ${CONCURRENCY}) × one account = ${bound.toFixed(0)} ms; measured / that = ${(all.inspectMs / bound).toFixed(2)}x (target < 1.5x)`,
);
console.log(`  verdict: ${all.verdict}`);

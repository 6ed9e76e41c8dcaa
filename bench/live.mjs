// Benchmark of the live gate (issue #3) against the fake AWS endpoint on loopback.
//   20 regions × 250 databases, page size 100, 50 ms latency per call: wall time, calls made, the ratio to
//   the critical path (the slowest region's calls × 50 ms, run one after another), and the same inspection
//   one region at a time. Then peak memory (max RSS) for 20,000 databases.
// Run: node bench/live.mjs (after npm run build; it measures dist/).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FakeAws } from '../__tests__/support/fake-aws.mjs';
import { syntheticFleet } from '../__tests__/support/fleet.mjs';

const REPO = resolve(new URL('.', import.meta.url).pathname, '..');
const LATENCY = 50;
const REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'ap-south-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-southeast-1',
  'ap-southeast-2',
  'sa-east-1',
  'me-central-1',
  'af-south-1',
];

const workspace = mkdtempSync(join(tmpdir(), 'rcg-bench-live-'));
mkdirSync(join(workspace, 'certs'));
writeFileSync(join(workspace, 'certs', 'global-bundle.pem'), readFileSync(join(REPO, 'data/rds-ca/global-bundle.pem')));

/** Runs the CLI under /usr/bin/time for its max RSS; the fake server keeps answering meanwhile. */
function cli(fake, regions) {
  return new Promise((done) => {
    const start = process.hrtime.bigint();
    const report = join(tmpdir(), `rcg-bench-live-report-${process.pid}.json`);
    const child = spawn(
      '/usr/bin/time',
      [
        '-f',
        'maxrss_kb=%M',
        process.execPath,
        join(REPO, 'dist/cli.js'),
        'check',
        workspace,
        '--regions',
        regions.join(','),
        '--fail-on',
        'never',
        '--report-file',
        report,
      ],
      {
        env: { PATH: process.env.PATH, HOME: workspace, ...fake.env() },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (status) =>
      done({
        ms: Number(process.hrtime.bigint() - start) / 1e6,
        inspectMs: JSON.parse(readFileSync(report, 'utf8')).timingsMs.aws,
        status,
        rssMb: Number(/maxrss_kb=(\d+)/.exec(err)?.[1] ?? 0) / 1024,
        verdict: out.trim().split('\n').pop(),
      }),
    );
  });
}

function perRegionCalls(fake) {
  const counts = {};
  for (const c of fake.calls) if (c.service === 'rds') counts[c.region] = (counts[c.region] ?? 0) + 1;
  return counts;
}

// 1. 20 × 250, all regions at once.
const fake = await new FakeAws(syntheticFleet(REGIONS, 250)).start();
fake.set({ latencyMs: LATENCY, pageSize: 100 });
const all = await cli(fake, REGIONS);
const calls = fake.calls.length;
const counts = perRegionCalls(fake);
const slowest = Math.max(...Object.values(counts));
const critical = slowest * LATENCY;
const critical1 = (slowest + 1) * LATENCY; // + GetCallerIdentity before any region

// 2. The same inspection one region at a time (one CLI run per region, back to back).
fake.calls = [];
let sequential = 0;
let sequentialInspect = 0;
for (const region of REGIONS) {
  const one = await cli(fake, [region]);
  sequential += one.ms;
  sequentialInspect += one.inspectMs;
}
await fake.stop();

// 3. Peak memory for 20,000 databases (20 regions × 1,000).
const big = await new FakeAws(syntheticFleet(REGIONS, 1000)).start();
big.set({ latencyMs: LATENCY, pageSize: 100 });
const large = await cli(big, REGIONS);
const bigCalls = big.calls.length;
await big.stop();

console.log(`node ${process.version}, fake endpoint latency ${LATENCY} ms per call, page size 100`);
console.log(
  `20 regions × 250 databases: ${all.ms.toFixed(0)} ms wall, ${calls} calls (${Object.values(counts).join('/')} RDS calls per region, slowest ${slowest}); verdict: ${all.verdict}`,
);
console.log(
  `  critical path: slowest region's calls one after another = ${slowest} × ${LATENCY} = ${critical} ms (${critical1} ms with GetCallerIdentity first)`,
);
console.log(
  `  inspection (identity + all regions, from the report's timingsMs.aws): ${all.inspectMs} ms = ${(all.inspectMs / critical1).toFixed(2)}x the critical path with STS (target < 1.5x)`,
);
console.log(`  whole CLI run / critical path: ${(all.ms / critical1).toFixed(2)}x (includes node's start and loading the AWS SDK)`);
console.log(
  `  one region at a time (20 runs back to back): inspection ${sequentialInspect} ms = ${(sequentialInspect / all.inspectMs).toFixed(1)}x the concurrent inspection; whole runs ${sequential.toFixed(0)} ms = ${(sequential / all.ms).toFixed(1)}x (target ≥ 10x)`,
);
console.log(`  peak RSS: ${all.rssMb.toFixed(0)} MB`);
console.log(
  `20,000 databases (20 × 1,000): ${large.ms.toFixed(0)} ms wall, ${bigCalls} calls, peak RSS ${large.rssMb.toFixed(0)} MB (target < 200 MB); verdict: ${large.verdict}`,
);

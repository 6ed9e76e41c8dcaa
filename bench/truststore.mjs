// Benchmark: reading a 121-certificate keytool PKCS#12 (issue #9 target: under 200 ms).
// Run: node bench/truststore.mjs (after npm run build). The CLI checks, offline, a workspace holding only
// the store and one holding nothing, alternated; the difference of the medians is what reading the store
// costs (decrypting it with PBKDF2, checking its MAC, decoding 121 certificates), node's start excluded.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const WORK = join(REPO, 'bench', '.work', 'truststore');
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function workspace(name, files) {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [path, from] of Object.entries(files)) copyFileSync(from, join(dir, path));
  writeFileSync(join(dir, 'README.md'), 'bench\n');
  execFileSync('git', ['init', '-q', dir]);
  execFileSync('git', ['-C', dir, 'add', '-A']);
  return dir;
}

const store = workspace('store', { 'rds-truststore.p12': join(REPO, '__tests__/fixtures/truststores/global-121.p12') });
const empty = workspace('empty', {});
const run = (dir) => {
  const start = process.hrtime.bigint();
  const out = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'check', '--offline', '--fail-on', 'never', '--report-file', join(WORK, 'r.json'), dir], { encoding: 'utf8', env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' } });
  return [Number(process.hrtime.bigint() - start) / 1e6, out.stdout.trim().split('\n').pop()];
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const storeMs = [];
const emptyMs = [];
let verdict = '';
for (let r = -1; r < RUNS; r++) {
  const [s, v] = run(store);
  const [e] = run(empty);
  if (r < 0) continue; // warm-up
  storeMs.push(s);
  emptyMs.push(e);
  verdict = v;
}
console.log(`node ${process.version}; ${RUNS} alternated runs each, medians`);
console.log(`  workspace with global-121.p12: ${median(storeMs).toFixed(0)} ms  (runs: ${storeMs.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  empty workspace:              ${median(emptyMs).toFixed(0)} ms  (runs: ${emptyMs.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  reading the 121-certificate PKCS#12: ${(median(storeMs) - median(emptyMs)).toFixed(0)} ms  (target < 200 ms)`);
console.log(`  verdict line: ${verdict}`);

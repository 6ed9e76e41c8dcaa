// Benchmark: reading a 121-certificate keytool PKCS#12 (issue #9 target: under 200 ms).
// Run: node bench/truststore.mjs (after npm run build). The CLI checks, offline, a workspace holding only
// the store and one holding the same 121 certificates as a PEM file, alternated: both runs judge the same
// certificates with the same rules, so the difference of the medians is what reading the store costs over
// reading PEM (loading the container decoders, checking the MAC, decrypting the certificate bag with
// PBKDF2/AES, walking 121 certificate bags). An empty workspace gives node's start for scale.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

const P12 = join(REPO, '__tests__/fixtures/truststores/global-121.p12');
const pem = join(tmpdir(), 'rcg-bench-121.pem');
writeFileSync(pem, execFileSync('openssl', ['pkcs12', '-in', P12, '-nokeys', '-passin', 'pass:changeit']));
const store = workspace('store', { 'rds-truststore.p12': P12 });
const same = workspace('pem', { 'rds-truststore.pem': pem });
const empty = workspace('empty', {});
const run = (dir) => {
  const start = process.hrtime.bigint();
  const out = spawnSync(
    process.execPath,
    [join(REPO, 'dist/cli.js'), 'check', '--offline', '--fail-on', 'never', '--report-file', join(WORK, 'r.json'), dir],
    { encoding: 'utf8', env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' } },
  );
  return [Number(process.hrtime.bigint() - start) / 1e6, out.stdout.trim().split('\n').pop()];
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const storeMs = [];
const pemMs = [];
const emptyMs = [];
const verdicts = new Set();
for (let r = -1; r < RUNS; r++) {
  const [s, v] = run(store);
  const [p, w] = run(same);
  const [e] = run(empty);
  if (r < 0) continue; // warm-up
  storeMs.push(s);
  pemMs.push(p);
  emptyMs.push(e);
  verdicts.add(v.replace(/\d+ files scanned, /, ''));
  verdicts.add(w.replace(/\d+ files scanned, /, ''));
}
const runs = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`node ${process.version}; ${RUNS} alternated runs each, medians`);
console.log(`  workspace with global-121.p12:            ${median(storeMs).toFixed(0)} ms  (runs: ${runs(storeMs)})`);
console.log(`  workspace with the same 121 as PEM:       ${median(pemMs).toFixed(0)} ms  (runs: ${runs(pemMs)})`);
console.log(`  empty workspace (node's start, for scale): ${median(emptyMs).toFixed(0)} ms  (runs: ${runs(emptyMs)})`);
console.log(
  `  reading the 121-certificate PKCS#12, over reading PEM: ${(median(storeMs) - median(pemMs)).toFixed(0)} ms  (target < 200 ms)`,
);
console.log(`  same verdict both ways: ${verdicts.size === 1 ? 'yes' : `no: ${[...verdicts].join(' | ')}`}`);

// Benchmarks for the offline gate (issue #2). Run: npm run bench  (figures go in bench/README.md)
//  1. A synthetic monorepo of 100,000 files holding 200 RDS bundles and 400 IaC files: `node dist/cli.js check --offline`
//     against `git ls-files -z | xargs -0 grep -l "BEGIN CERTIFICATE"` on the same tree, alternated.
//  2. `node dist/index.js` offline on a small repository, as the runner starts it: wall time.
import { execFileSync, execSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const WORK = join(REPO, 'bench', '.work');
const FILES = Number(process.env.BENCH_FILES ?? 100_000);
const BUNDLES = Number(process.env.BENCH_BUNDLES ?? 200);
const IAC = Number(process.env.BENCH_IAC ?? 400);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

let seed = 42;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = (items) => items[Math.floor(random() * items.length)];

function makeMonorepo(dir) {
  if (existsSync(join(dir, '.git'))) return;
  rmSync(dir, { recursive: true, force: true });
  const data = (f) => readFileSync(join(REPO, 'data/rds-ca', f), 'utf8');
  const bundles = [
    data('global-bundle.pem'),
    data('us-east-1-bundle.pem'),
    data('rds-combined-ca-bundle.pem'),
    data('rds-ca-2019-root.pem'),
  ];
  const line = () =>
    `${pick(['const', 'let', 'export', 'import', 'return', '//', 'def', 'if'])} value_${Math.floor(random() * 1e6)} = ${Math.floor(random() * 1e9)};\n`;
  const source = () => Array.from({ length: 20 + Math.floor(random() * 100) }, line).join('');
  // Infrastructure code the IaC readers parse (issue #12): Terraform modules whose CA comes from a
  // variable set in a tfvars file, CDK TypeScript, CloudFormation, Pulumi Python and rotation scripts.
  const iac = [
    (d, n) => {
      writeFileSync(
        join(d, `db-${n}.tf`),
        `variable "ca" {\n  type = string\n}\n\nresource "aws_db_instance" "db${n}" {\n  identifier         = "db-${n}"\n  engine             = "postgres"\n  ca_cert_identifier = var.ca\n}\n`,
      );
      writeFileSync(join(d, `prod-${n}.tfvars`), `ca = "${n % 10 ? 'rds-ca-rsa2048-g1' : 'rds-ca-2019'}"\n`);
    },
    (d, n) =>
      writeFileSync(
        join(d, `db-stack-${n}.ts`),
        `import * as rds from 'aws-cdk-lib/aws-rds';\n\nexport function db(scope) {\n  return new rds.DatabaseInstance(scope, 'Db${n}', {\n    engine: rds.DatabaseInstanceEngine.POSTGRES,\n    caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,\n  });\n}\n`,
      ),
    (d, n) =>
      writeFileSync(
        join(d, `db-${n}.template.yaml`),
        `Parameters:\n  Ca:\n    Type: String\n    Default: rds-ca-rsa2048-g1\nResources:\n  Db${n}:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      CACertificateIdentifier: !Ref Ca\n`,
      ),
    (d, n) =>
      writeFileSync(
        join(d, `db_${n}.py`),
        `import pulumi_aws as aws\n\ndb = aws.rds.Instance("db${n}", engine="postgres", ca_cert_identifier="rds-ca-rsa2048-g1")\n`,
      ),
    (d, n) =>
      writeFileSync(
        join(d, `rotate-${n}.sh`),
        `#!/bin/sh\nset -e\naws rds modify-db-instance --db-instance-identifier db-${n} \\\n  --ca-certificate-identifier rds-ca-rsa2048-g1 --apply-immediately\n`,
      ),
  ];
  const kinds = [
    ['ts', source],
    ['py', source],
    ['md', source],
    ['json', () => JSON.stringify({ name: 'x', deps: Array.from({ length: 30 }, (_, i) => `dep-${i}`) }, null, 2)],
    [
      'yaml',
      () => `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${Math.floor(random() * 1e6)}\nspec:\n  ports:\n    - port: 80\n`,
    ],
    ['tf', () => `resource "aws_s3_bucket" "b${Math.floor(random() * 1e6)}" {\n  bucket = "x"\n}\n`],
  ];
  for (let i = 0; i < FILES; i++) {
    const d = join(dir, `svc-${i % 500}`, `mod-${Math.floor(i / 500) % 40}`);
    mkdirSync(d, { recursive: true });
    if (IAC && i % Math.floor(FILES / IAC) === 1) {
      const n = Math.floor(i / Math.floor(FILES / IAC));
      const own = join(d, `iac-${n}`); // a module directory of its own
      mkdirSync(own);
      iac[n % iac.length](own, n);
    } else if (i % Math.floor(FILES / BUNDLES) === 0 && i / Math.floor(FILES / BUNDLES) < BUNDLES) {
      const n = i / Math.floor(FILES / BUNDLES);
      const pem = bundles[n % bundles.length];
      if (n % 5 === 4)
        writeFileSync(
          join(d, `configmap-${i}.yaml`),
          `data:\n  ca.pem: |\n${pem
            .trim()
            .split('\n')
            .map((l) => `    ${l}`)
            .join('\n')}\n`,
        );
      else writeFileSync(join(d, `rds-ca-${i}.pem`), pem);
    } else {
      const [ext, make] = pick(kinds);
      writeFileSync(join(d, `file-${i}.${ext}`), make());
    }
  }
  execFileSync('git', ['init', '-q', dir]);
  execFileSync('git', ['-C', dir, 'add', '-A']);
  execFileSync('git', ['-C', dir, '-c', 'user.email=b@b', '-c', 'user.name=bench', 'commit', '-qm', 'bench']);
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const mono = join(WORK, `monorepo-${FILES}-${BUNDLES}-${IAC}-v2`);
const made = time(() => makeMonorepo(mono));
const env = { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' };
const grepMs = [];
const scanMs = [];
let scanOut = '';
let grepCount = 0;
for (let r = -1; r < RUNS; r++) {
  // run -1 warms the page cache and is not counted
  if (r === 0) grepMs.length = scanMs.length = 0;
  // xargs exits 123 when one batch has no match: that is not a failure here.
  grepMs.push(
    time(() => {
      grepCount = spawnSync('sh', ['-c', 'git ls-files -z | xargs -0 grep -l "BEGIN CERTIFICATE"'], {
        cwd: mono,
        maxBuffer: 1 << 28,
        encoding: 'utf8',
      })
        .stdout.trim()
        .split('\n').length;
    }),
  );
  scanMs.push(
    time(() => {
      scanOut = spawnSync(
        process.execPath,
        [join(REPO, 'dist/cli.js'), 'check', '--offline', '--fail-on', 'never', '--report-file', join(WORK, 'report.json'), mono],
        { env, encoding: 'utf8' },
      ).stdout;
    }),
  );
}

const small = join(WORK, 'small');
rmSync(small, { recursive: true, force: true });
mkdirSync(join(small, 'certs'), { recursive: true });
writeFileSync(join(small, 'certs', 'global-bundle.pem'), readFileSync(join(REPO, 'data/rds-ca/global-bundle.pem')));
writeFileSync(join(small, 'main.tf'), 'resource "aws_db_instance" "db" {\n  ca_cert_identifier = "rds-ca-rsa2048-g1"\n}\n');
execFileSync('git', ['init', '-q', small]);
execFileSync('git', ['-C', small, 'add', '-A']);
const actionMs = [];
for (let r = 0; r < RUNS; r++) {
  writeFileSync(join(WORK, 'out'), '');
  actionMs.push(
    time(() =>
      spawnSync(process.execPath, [join(REPO, 'dist/index.js')], {
        env: {
          ...env,
          INPUT_OFFLINE: 'true',
          GITHUB_WORKSPACE: small,
          GITHUB_OUTPUT: join(WORK, 'out'),
          GITHUB_STEP_SUMMARY: join(WORK, 'summary'),
          RUNNER_TEMP: WORK,
        },
      }),
    ),
  );
}

const last = scanOut.trim().split('\n').pop();
console.log(`machine: ${execSync('nproc').toString().trim()} cores, node ${process.version}; ${RUNS} alternated runs each, medians`);
console.log(
  `monorepo: ${FILES} files, ${BUNDLES} bundles (grep found ${grepCount} files); made in ${(made / 1000).toFixed(1)} s (0 if cached)`,
);
console.log(`  git ls-files | xargs grep -l: ${median(grepMs).toFixed(0)} ms  (runs: ${grepMs.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  rds-ca-guard check --offline: ${median(scanMs).toFixed(0)} ms  (runs: ${scanMs.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`  ratio scan / grep: ${(median(scanMs) / median(grepMs)).toFixed(2)}x  (target < 2x)`);
console.log(`  verdict line: ${last}`);
console.log(
  `small repository: node dist/index.js offline: ${median(actionMs).toFixed(0)} ms wall (runs: ${actionMs.map((x) => x.toFixed(0)).join(', ')}; target < 500 ms)`,
);

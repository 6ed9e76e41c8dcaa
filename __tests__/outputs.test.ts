/** Where the report and SARIF files may go, and what happens when one cannot be written. */
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { applyEnvironment } from '../src/environment.js';
import { parseInputs, type InputName } from '../src/inputs/index.js';
import { writeReportFiles } from '../src/outputs.js';
import { verdict } from '../src/verdict/verdict.js';
import { factsFrom } from './helpers/facts.js';
import { bundle, tempDir, workspace } from './helpers/workspace.js';
import { InputError } from '../src/errors.js';
import type { CheckOutcome } from '../src/model/outcome.js';

const BUNDLE = bundle('global-bundle.pem');

async function outcome(): Promise<CheckOutcome> {
  return { facts: await factsFrom({}), findings: [], verdict: verdict([], 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
}
const configFor = (ws: string, inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv) =>
  parseInputs((n) => inputs[n], env, embeddedCatalog(), ws);

describe('report-file and sarif-file in the action', () => {
  it('never overwrite a file git tracks: the bundle stays, the error names the input, the other output is written', async () => {
    const ws = workspace({ 'certs/global-bundle.pem': BUNDLE }, { git: true });
    const runnerTemp = tempDir();
    const config = configFor(
      ws,
      { offline: 'true', 'report-file': 'certs/global-bundle.pem', 'sarif-file': 'out/rds.sarif' },
      { RUNNER_TEMP: runnerTemp },
    );
    const problems = writeReportFiles(await outcome(), config, {}, {}, { runnerTemp });
    expect(problems).toEqual([
      { input: 'report-file', path: join(ws, 'certs/global-bundle.pem'), reason: expect.stringContaining('is a file git tracks') },
    ]);
    expect(readFileSync(join(ws, 'certs/global-bundle.pem'), 'utf8')).toBe(BUNDLE);
    expect(JSON.parse(readFileSync(join(ws, 'out/rds.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });

  it('go only inside RUNNER_TEMP or the workspace, links resolved, and never through a symbolic link', async () => {
    const ws = workspace({ 'README.md': 'x' }, { git: true });
    const runnerTemp = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, join(ws, 'escape'));
    symlinkSync(join(elsewhere, 'target.json'), join(runnerTemp, 'planted.json'));
    const config = configFor(
      ws,
      { offline: 'true', 'report-file': join(elsewhere, 'r.json'), 'sarif-file': 'escape/r.sarif' },
      { RUNNER_TEMP: runnerTemp },
    );
    const problems = writeReportFiles(await outcome(), config, {}, {}, { runnerTemp });
    expect(problems.map((p) => [p.input, p.reason])).toEqual([
      [
        'report-file',
        expect.stringMatching(/outside \$RUNNER_TEMP and the workspace; accepted: a path inside \$RUNNER_TEMP or the workspace/),
      ],
      ['sarif-file', expect.stringMatching(/resolves \(links followed\) to .*r\.sarif, outside/)],
    ]);
    const planted = writeReportFiles(
      await outcome(),
      { ...config, reportFile: join(runnerTemp, 'planted.json'), sarifFile: undefined },
      {},
      {},
      { runnerTemp },
    );
    expect(planted[0].reason).toMatch(/symbolic link/);
    expect(existsSync(join(elsewhere, 'target.json'))).toBe(false);
    expect(existsSync(join(elsewhere, 'r.json'))).toBe(false);
  });

  it('report a path that cannot be written as a problem naming the input, and still write the other', async () => {
    const ws = workspace({ 'README.md': 'x' }, { git: true });
    const runnerTemp = tempDir();
    writeFileSync(join(runnerTemp, 'a-file'), 'x');
    const config = configFor(
      ws,
      { offline: 'true', 'report-file': join(runnerTemp, 'a-file/report.json'), 'sarif-file': join(runnerTemp, 'r.sarif') },
      { RUNNER_TEMP: runnerTemp },
    );
    const problems = writeReportFiles(await outcome(), config, {}, {}, { runnerTemp });
    expect(problems).toEqual([
      {
        input: 'report-file',
        path: join(runnerTemp, 'a-file/report.json'),
        reason: expect.stringMatching(/^cannot be written \((ENOTDIR|EEXIST)/),
      },
    ]);
    expect(existsSync(join(runnerTemp, 'r.sarif'))).toBe(true);
  });

  it('in the CLI go where its command line says, but still never onto a tracked file', async () => {
    const ws = workspace({ 'certs/global-bundle.pem': BUNDLE }, { git: true });
    const elsewhere = tempDir();
    const config = configFor(ws, { offline: 'true', 'report-file': join(elsewhere, 'r.json') }, {});
    expect(writeReportFiles(await outcome(), config, {}, {}, undefined)).toEqual([]);
    expect(existsSync(join(elsewhere, 'r.json'))).toBe(true);
    expect(
      writeReportFiles(await outcome(), { ...config, reportFile: join(ws, 'certs/global-bundle.pem') }, {}, {}, undefined)[0].reason,
    ).toMatch(/git tracks/);
  });

  it('defaults to RUNNER_TEMP, and to no report file at all without one (never a fixed name in a shared directory)', () => {
    expect(configFor('/ws', { offline: 'true' }, { RUNNER_TEMP: '/runner/temp' }).reportFile).toBe('/runner/temp/rds-ca-guard-report.json');
    expect(configFor('/ws', { offline: 'true' }, {}).reportFile).toBeUndefined();
  });
});

describe('config (the environments file)', () => {
  it('must be inside the workspace: /etc/shadow is refused by name and never read', () => {
    let error: unknown;
    try {
      configFor('/ws', { offline: 'true', config: '/etc/shadow' }, {});
    } catch (e) {
      error = e;
    }
    expect((error as InputError).problems).toEqual([
      'Input `config` is "/etc/shadow", outside the workspace; accepted: a file inside the workspace, e.g. .github/rds-ca-guard.yml. It was not read.',
    ]);
  });

  it('refuses a link inside the workspace that leads outside, without echoing the file', async () => {
    const ws = tempDir();
    const outside = join(tempDir(), 'secret.yml');
    writeFileSync(outside, 'root:$6$hash:19000:0:99999:7:::\n');
    mkdirSync(join(ws, '.github'));
    symlinkSync(outside, join(ws, '.github/rds-ca-guard.yml'));
    const config = configFor(ws, { offline: 'true', environment: 'dev', mode: 'check' }, {});
    await expect(applyEnvironment(config)).rejects.toThrow(
      /^Input `config` is "\.github\/rds-ca-guard\.yml", which resolves outside the workspace; .*It was not read\.$/,
    );
    await expect(applyEnvironment(config)).rejects.not.toThrow(/root/);
  });
});

/**
 * The action shell in this process (src/action.ts, as dist/index.js will run it): what a user
 * sees when an output cannot be written, and when a rotation is cancelled half-way.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import { runAction } from '../src/action.js';
import { FakeAws } from './support/fake-aws.mjs';
import { instance } from './support/fleet.mjs';
import { postgresRegion } from './helpers/live.js';
import { bundle, tempDir, workspace } from './helpers/workspace.js';

interface Run {
  outputs: string;
  summary: string;
  stdout: string;
  exitCode: number | undefined;
  exits: number[];
}

/** Runs the action with INPUT_* and runner variables set, restoring the environment and exit code after. */
async function inProcess(ws: string, inputs: Record<string, string>, env: Record<string, string>, during?: () => void): Promise<Run> {
  const saved = { ...process.env };
  const savedExit = process.exitCode;
  const runnerTemp = tempDir('rcg-runner-');
  const files = { GITHUB_OUTPUT: join(runnerTemp, 'output'), GITHUB_STEP_SUMMARY: join(runnerTemp, 'summary') };
  writeFileSync(files.GITHUB_OUTPUT, '');
  writeFileSync(files.GITHUB_STEP_SUMMARY, '');
  for (const key of Object.keys(process.env))
    if (key.startsWith('AWS_') || key.startsWith('INPUT_') || key.startsWith('GITHUB_')) delete process.env[key];
  Object.assign(
    process.env,
    { GITHUB_WORKSPACE: ws, RUNNER_TEMP: runnerTemp, ...files, ...env },
    Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  );
  // The toolkit keeps the summary file's path from its first use: one runner process per step does not notice.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  const exits: number[] = [];
  let stdout = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += chunk.toString()), true)) as typeof process.stdout.write;
  let exited: () => void = () => undefined;
  const exitedPromise = new Promise<void>((resolve) => (exited = resolve));
  try {
    const running = runAction(process.env, {
      exit: (code) => {
        exits.push(code);
        exited();
      },
    });
    during?.();
    await running;
    if (during) await exitedPromise; // a cancelled run reports, then exits
    return {
      outputs: readFileSync(files.GITHUB_OUTPUT, 'utf8'),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      stdout,
      exitCode: process.exitCode as number | undefined,
      exits,
    };
  } finally {
    process.stdout.write = write;
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
    process.exitCode = savedExit;
  }
}

describe('the action shell', () => {
  it('an unwritable report-file fails naming the input, and the summary, annotations and other outputs are still written', async () => {
    const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    const run = await inProcess(ws, { offline: 'true', 'report-file': 'certs/global-bundle.pem', 'sarif-file': 'out/rds.sarif' }, {});
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::error title=RDS CA Guard%3A report-file not written::Input `report-file` (');
    expect(run.stdout).not.toContain('stopped unexpectedly');
    expect(run.summary).toContain('## ✅ RDS CA Guard: pass');
    expect(run.summary).toContain('### ❌ Outputs not written');
    expect(run.outputs).toMatch(/^result<<.*\npass\n/m);
    expect(run.outputs).toContain('sarif-file<<');
    expect(readFileSync(join(ws, 'certs/global-bundle.pem'), 'utf8')).toBe(bundle('global-bundle.pem'));
    expect(JSON.parse(readFileSync(join(ws, 'out/rds.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  describe('rotate mode', () => {
    let fake: FakeAws;
    beforeEach(async () => {
      const r = 'eu-west-1';
      fake = await new FakeAws({
        regions: {
          [r]: postgresRegion(
            r,
            ['a', 'b', 'c', 'd'].map((id) => instance(r, `dev-${id}`, { ca: 'rds-ca-2019', tags: { Environment: 'dev' } })),
          ),
        },
      })
        .set({ settlePolls: 1000 })
        .start(); // modifications never settle: the run is cancelled while waiting
    });
    afterEach(() => fake.stop());

    it('on SIGTERM starts nothing new, writes the summary and outputs of what was done so far, and exits non-zero', async () => {
      const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
      const run = await inProcess(
        ws,
        { mode: 'rotate', environment: 'dev', regions: 'eu-west-1', 'dry-run': 'false', concurrency: '1', 'wait-poll-seconds': '1' },
        fake.env(),
        () => {
          const timer = setInterval(() => {
            if (fake.modifications.length) {
              clearInterval(timer);
              process.emit('SIGTERM', 'SIGTERM');
            }
          }, 20);
        },
      );
      expect(run.exits).toEqual([1]);
      expect(fake.modifications.map((m) => m.DBInstanceIdentifier)).toEqual(['dev-a']);
      expect(run.summary).toContain(
        '## ⏹️ RDS CA Guard: rotation of dev cancelled (SIGTERM): 0 changed, 0 failed, 1 started and not verified, 3 not started',
      );
      expect(run.summary).toContain('| dev-a | eu-west-1 | rds-ca-2019 | ? | started |');
      expect(run.outputs).toMatch(/^rotated<<.*\n0\n/m);
      expect(run.outputs).toMatch(/^skipped<<.*\n3\n/m);
      expect(run.stdout).toContain('::error::RDS CA Guard: the rotation of dev was cancelled (SIGTERM)');
    }, 30_000);
  });
});

/** Runs the bundled action exactly as the GitHub runner does: INPUT_* variables, workspace, output and summary files. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO, tempDir } from './workspace.js';
import type { Finding } from '../../src/model/finding.js';
import type { ClientTrust } from '../../src/render/clients.js';

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** The JSON report a run wrote (`report-file`, src/render/json.ts): the parts tests read. */
export interface JsonReport {
  findings: Finding[];
  clients: ClientTrust[];
  repository: { bundles: Array<{ path: string; serves: string }> };
  resources: Array<Record<string, unknown>>;
}

export function reportOf(run: RunResult): JsonReport {
  return JSON.parse(readFileSync(run.outputs['report-file'], 'utf8'));
}

/** Parses the `name<<delimiter` records @actions/core appends to GITHUB_OUTPUT. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

function prepare(workspace: string, inputs: Record<string, string>, env: Record<string, string>) {
  const runnerTemp = tempDir('rcg-runner-');
  const outputFile = join(runnerTemp, 'output');
  const summaryFile = join(runnerTemp, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const childEnv = {
    PATH: process.env.PATH ?? '',
    HOME: runnerTemp, // no ~/.aws here
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...inputEnv,
    ...env,
  };
  const collect = (status: number | null, stdout: string, stderr: string): RunResult => ({
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    runnerTemp,
  });
  return { childEnv, collect };
}

export function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): RunResult {
  const { childEnv, collect } = prepare(workspace, inputs, env);
  const result = spawnSync(process.execPath, [join(REPO, 'dist/index.js')], { cwd: workspace, encoding: 'utf8', env: childEnv });
  return collect(result.status, result.stdout, result.stderr);
}

/** The same, without blocking this process: for servers (the fake AWS endpoint) that run in it. */
export function runActionAsync(workspace: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  const { childEnv, collect } = prepare(workspace, inputs, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(REPO, 'dist/index.js')], { cwd: workspace, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve(collect(status, stdout, stderr)));
  });
}

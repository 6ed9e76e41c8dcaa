/** The scope cannot collapse without a word (issue #10): every way `paths`, `exclude` and the workspace could make the gate pass unseen. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCheck } from '../src/modes/check.js';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { parseInputs, type InputName } from '../src/inputs/index.js';
import { bundle, tempDir, workspace } from './helpers/workspace.js';

const catalog = embeddedCatalog();
async function check(root: string, inputs: Partial<Record<InputName, string>>) {
  const config = parseInputs((n) => ({ offline: 'true', regions: 'us-east-1', ...inputs })[n], {}, catalog, root);
  const { findings, verdict } = await runCheck(config, { catalog });
  return { findings, verdict, rules: findings.map((f) => `${f.severity} ${f.rule}`) };
}
const files = { 'certs/global-bundle.pem': bundle('global-bundle.pem'), 'src/app.py': 'print(1)\n' };

describe('a scope that would make the gate pass without looking', () => {
  it.each([
    ['exclude', '***', /Input `exclude` "\*\*\*" is not a valid glob/],
    ['exclude', '**', /Input `exclude` "\*\*" leaves nothing to scan of the workspace's 2 file\(s\)/],
    ['paths', 'config/**', /Input `paths` "config\/\*\*" leaves nothing to scan/],
    ['paths', '../other/**', /points outside the workspace/],
    ['paths', '/etc/ssl/**', /is an absolute path/],
    ['exclude', 'certs/[ab', /is not a valid glob \(Missing closing: "\]"/],
  ] as const)('%s: %s fails, naming the input', async (input, value, message) => {
    const r = await check(workspace(files, { git: true }), { [input]: value });
    expect(r.verdict.result).toBe('fail');
    expect(r.findings.find((f) => f.rule === 'scan-scope-invalid')?.message).toMatch(message);
  });

  it('fails an empty workspace: no checkout step', async () => {
    const r = await check(tempDir('rcg-empty-'), {});
    expect(r.findings.find((f) => f.rule === 'scan-scope-invalid')?.message).toMatch(
      /holds no file to scan: is the repository checked out/,
    );
  });

  it('fails an expired target CA instead of judging 0 regions', async () => {
    const config = parseInputs(
      (n) => ({ offline: 'true', 'approved-ca': 'rds-ca-2019' })[n as 'offline'],
      {},
      catalog,
      workspace(files, { git: true }),
    );
    const { findings } = await runCheck(config, { catalog });
    expect(findings.find((f) => f.rule === 'approved-ca-expired')).toMatchObject({
      severity: 'error',
      message: expect.stringContaining("approved-ca's target (its first entry) is rds-ca-2019, which expired on 2024-08-22"),
    });
  });

  it('fails a size-capped file that looks like trust material; a large file without markers is never read', async () => {
    const ws = workspace({ ...files, 'docs/big.json': JSON.stringify({ x: 'y'.repeat(20_000) }) }, { git: true });
    const r = await check(ws, { 'max-file-size-mb': '0.01' });
    expect(r.findings.find((f) => f.rule === 'trust-file-not-checked')).toMatchObject({
      severity: 'error',
      file: 'certs/global-bundle.pem',
    });
    expect(r.findings.find((f) => f.file === 'docs/big.json')).toBeUndefined(); // no marker: never read, never a candidate
  });

  it('reads a directory named in paths, and says a named file is excluded rather than missing', async () => {
    const ws = workspace(files, { git: true });
    expect((await check(ws, { paths: 'certs' })).rules).toEqual([]);
    const r = await check(ws, { paths: 'certs/global-bundle.pem', exclude: 'certs/**' });
    expect(r.findings.find((f) => f.rule === 'path-not-found')?.message).toContain('named in `paths` but excluded by `exclude` (certs/**)');
  });
});

describe('git submodules', () => {
  function withSubmodule(checkedOut: boolean): string {
    const base = tempDir('rcg-sub-');
    const sub = join(base, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'rds-ca-2019-root.pem'), bundle('rds-ca-2019-root.pem'));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', '-c', 'protocol.file.allow=always', ...args], {
        cwd,
        stdio: 'ignore',
      });
    git(base, 'init', '-q', sub);
    git(sub, 'add', '-A');
    git(sub, 'commit', '-qm', 'sub');
    const main = workspace(files, { git: true });
    git(main, 'submodule', 'add', '-q', sub, 'vendor/certs');
    git(main, 'commit', '-qm', 'main');
    if (checkedOut) return main;
    const clone = join(base, 'clone');
    git(base, 'clone', '-q', main, clone);
    return clone;
  }

  it('scans a checked-out submodule as part of the repository', async () => {
    const r = await check(withSubmodule(true), {});
    expect(r.findings.filter((f) => f.file === 'vendor/certs/rds-ca-2019-root.pem').map((f) => f.rule)).toContain(
      'bundle-expired-certificates',
    );
  });

  it('names a submodule that is not checked out', async () => {
    const r = await check(withSubmodule(false), {});
    expect(r.findings.find((f) => f.rule === 'submodule-not-scanned')).toMatchObject({ severity: 'notice', file: 'vendor/certs' });
  });
});

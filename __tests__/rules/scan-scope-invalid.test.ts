import { scanScopeInvalid } from '../../src/rules/scan-scope-invalid.js';
import { factsFrom } from '../helpers/facts.js';

describe('scan-scope-invalid', () => {
  it('fails a scope that cannot be trusted, naming the input and its value, and how to fix it', async () => {
    const facts = await factsFrom(
      {},
      {
        scope: [
          {
            input: 'paths',
            value: '../shared/certs/**',
            reason: 'points outside the workspace (`..`); globs are relative to the workspace',
          },
          { input: 'exclude', value: '**', reason: "leaves nothing to scan of the workspace's 12 file(s)" },
          {
            input: 'workspace',
            value: '/home/runner/work/app/app',
            reason: 'holds no file to scan: is the repository checked out (actions/checkout) before this step?',
          },
        ],
      },
    );
    const found = scanScopeInvalid.check(facts);
    expect(found.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'scan-scope-invalid',
        'error',
        'Input `paths` "../shared/certs/**" points outside the workspace (`..`); globs are relative to the workspace.',
      ],
      ['scan-scope-invalid', 'error', 'Input `exclude` "**" leaves nothing to scan of the workspace\'s 12 file(s).'],
      [
        'scan-scope-invalid',
        'error',
        'The workspace /home/runner/work/app/app holds no file to scan: is the repository checked out (actions/checkout) before this step?',
      ],
    ]);
    expect(found[0].remediation).toContain('Fix `paths` / `exclude`');
  });

  it('stays silent on a sound scope', async () => {
    expect(scanScopeInvalid.check(await factsFrom({}))).toEqual([]);
  });
});

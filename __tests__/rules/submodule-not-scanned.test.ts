import { submoduleNotScanned } from '../../src/rules/submodule-not-scanned.js';
import { factsFrom } from '../helpers/facts.js';

describe('submodule-not-scanned', () => {
  it('notes a submodule that is not checked out, and how to check it out', async () => {
    const reason = 'a git submodule that is not checked out, so nothing in it was scanned';
    const facts = await factsFrom({}, { problems: [{ path: 'vendor/db-config', kind: 'submodule', reason }] });
    expect(submoduleNotScanned.check(facts)).toEqual([
      {
        rule: 'submodule-not-scanned',
        severity: 'notice',
        file: 'vendor/db-config',
        line: undefined,
        message: `vendor/db-config was not checked: ${reason}.`,
        remediation: submoduleNotScanned.remediation,
      },
    ]);
    expect(submoduleNotScanned.remediation).toContain('`submodules: true`');
  });

  it('stays silent on other scan problems', async () => {
    const facts = await factsFrom({}, { problems: [{ path: 'big.bin', kind: 'too-large', reason: 'over the cap' }] });
    expect(submoduleNotScanned.check(facts)).toEqual([]);
  });
});

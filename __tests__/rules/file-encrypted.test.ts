import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileEncrypted } from '../../src/rules/file-encrypted.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, REPO } from '../helpers/workspace.js';

const GIT_CRYPT = readFileSync(join(REPO, '__tests__/fixtures/real-world/git-crypt.rds-combined-ca-bundle.pem'));

describe('file-encrypted', () => {
  it('warns that an encrypted certificate file was not checked, saying how to decrypt it before the step', async () => {
    const [f, ...rest] = fileEncrypted.check(await factsFrom({ 'config/rds-combined-ca-bundle.pem': GIT_CRYPT }));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'file-encrypted', severity: 'warning', file: 'config/rds-combined-ca-bundle.pem' });
    expect(f.message).toMatch(/^config\/rds-combined-ca-bundle\.pem was not checked: it is encrypted with git-crypt, .*`git-crypt unlock`/);
    expect(f.remediation).toContain('Decrypt it in the workflow before this step');
  });

  it('stays silent on a readable bundle', async () => {
    expect(fileEncrypted.check(await factsFrom({ 'config/global-bundle.pem': bundle('global-bundle.pem') }))).toEqual([]);
  });
});

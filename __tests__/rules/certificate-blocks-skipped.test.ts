import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { certificateBlocksSkipped } from '../../src/rules/certificate-blocks-skipped.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, REPO } from '../helpers/workspace.js';

const INDENTED = readFileSync(join(REPO, '__tests__/fixtures/real-world/indented.us-east-1-bundle.pem'));

describe('certificate-blocks-skipped', () => {
  it('warns, at the indented block, that clients skip it, and how to see what they load', async () => {
    expect(certificateBlocksSkipped.check(await factsFrom({ 'certs/us-east-1-bundle.pem': INDENTED }))).toEqual([
      {
        rule: 'certificate-blocks-skipped',
        severity: 'warning',
        file: 'certs/us-east-1-bundle.pem',
        line: 1,
        message:
          'certs/us-east-1-bundle.pem:1: clients load 2 certificate(s) but skip 1 block(s): the BEGIN line is indented, so OpenSSL skips this certificate.',
        remediation: certificateBlocksSkipped.remediation,
      },
    ]);
    expect(certificateBlocksSkipped.remediation).toContain('Remove the indentation');
    expect(certificateBlocksSkipped.remediation).toContain('openssl storeutl -noout -certs FILE');
  });

  it('names every skipped line when several blocks are skipped', async () => {
    const facts = await factsFrom(
      {},
      { problems: [{ path: 'ca.pem', line: 3, lines: [3, 40], kind: 'blocks-skipped', reason: 'two blocks are indented' }] },
    );
    expect(certificateBlocksSkipped.check(facts)[0]).toMatchObject({ line: 3, message: 'ca.pem (lines 3, 40): two blocks are indented.' });
  });

  it("stays silent on AWS's bundle as published", async () => {
    expect(certificateBlocksSkipped.check(await factsFrom({ 'certs/us-east-1-bundle.pem': bundle('us-east-1-bundle.pem') }))).toEqual([]);
  });
});

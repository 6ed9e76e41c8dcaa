import { trustFileNotChecked } from '../../src/rules/trust-file-not-checked.js';
import { factsFrom } from '../helpers/facts.js';

describe('trust-file-not-checked', () => {
  it('fails trust material that was not read (over the size cap, a link out of the workspace), saying how to let the gate read it', async () => {
    const facts = await factsFrom(
      {},
      {
        problems: [
          {
            path: 'certs/huge-bundle.pem',
            kind: 'trust-unchecked',
            reason:
              'it looks like trust material (a certificate name or PEM armour), but its 9000000 bytes are over the 5242880-byte cap (max-file-size-mb), so it was not read',
          },
          {
            path: 'certs/rds.pem',
            kind: 'trust-unchecked',
            reason: 'it is a link to /etc/ssl/rds.pem, outside the workspace, which the scan never reads, though clients load it',
          },
          { path: 'video.mp4', kind: 'too-large', reason: 'over the cap' },
        ],
      },
    );
    const found = trustFileNotChecked.check(facts);
    expect(found.map((f) => [f.rule, f.severity, f.file])).toEqual([
      ['trust-file-not-checked', 'error', 'certs/huge-bundle.pem'],
      ['trust-file-not-checked', 'error', 'certs/rds.pem'],
    ]);
    expect(found[0].message).toBe(
      'certs/huge-bundle.pem was not checked: it looks like trust material (a certificate name or PEM armour), but its 9000000 bytes are over the 5242880-byte cap (max-file-size-mb), so it was not read.',
    );
    expect(found[0].remediation).toContain('Raise max-file-size-mb');
    expect(found[0].remediation).toContain('commit the file itself instead of a link');
  });

  it('stays silent when every trust file was read', async () => {
    expect(trustFileNotChecked.check(await factsFrom({}))).toEqual([]);
  });
});

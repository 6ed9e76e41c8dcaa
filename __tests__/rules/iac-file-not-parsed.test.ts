import { iacFileNotParsed } from '../../src/rules/iac-file-not-parsed.js';
import { factsFrom } from '../helpers/facts.js';

describe('iac-file-not-parsed', () => {
  it('warns, at the line the parser stopped, that the rest of the file was not judged, and how to fix it', async () => {
    const facts = await factsFrom(
      {},
      {
        problems: [
          {
            path: 'infra/rds.tf',
            line: 14,
            kind: 'not-parsed',
            reason: 'the HCL parser stopped at line 14, so what follows was not judged: unexpected "}"',
          },
          { path: 'README.md', kind: 'unreadable', reason: 'not valid UTF-8' },
        ],
      },
    );
    expect(iacFileNotParsed.check(facts)).toEqual([
      {
        rule: 'iac-file-not-parsed',
        severity: 'warning',
        file: 'infra/rds.tf',
        line: 14,
        message: 'infra/rds.tf:14 was not fully read: the HCL parser stopped at line 14, so what follows was not judged: unexpected "}".',
        remediation: iacFileNotParsed.remediation,
      },
    ]);
    expect(iacFileNotParsed.remediation).toContain('terraform validate');
  });

  it('stays silent when every file parsed', async () => {
    expect(iacFileNotParsed.check(await factsFrom({}))).toEqual([]);
  });
});

import { clientProfileUnknown } from '../../src/rules/client-profile-unknown.js';
import { profileUse, type ProfileUse } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...profiles: ProfileUse[]) => clientProfileUnknown.check(await factsFrom({}, { clients: { profiles } }));

describe('client-profile-unknown', () => {
  it('notes a profile whose library cannot be told, at the line that uses it', async () => {
    expect(await check(profileUse({ library: undefined }))).toEqual([
      {
        rule: 'client-profile-unknown',
        severity: 'notice',
        file: 'api/db.js',
        line: 5,
        message:
          'api/db.js:5 uses the "Amazon RDS" SSL profile of a library this scan cannot tell (neither mysql nor mysql2 is imported or declared).',
        remediation: clientProfileUnknown.remediation,
      },
    ]);
    expect(clientProfileUnknown.remediation).toContain("pass `ca:` with AWS's global bundle");
  });

  it('notes a library version whose list is not known, naming the locked version', async () => {
    const [f] = await check(profileUse({ library: 'mysql', versions: { mysql: '9.9.9' } }));
    expect(f.message).toBe(
      'api/db.js:5 uses the "Amazon RDS" SSL profile of mysql, at a version whose list is not known here (mysql@9.9.9).',
    );
    const [mysql2] = await check(profileUse({ versions: { mysql2: '99.0.0' } }));
    expect(mysql2.message).toContain('of mysql2, at a version whose list is not known here (mysql2@99.0.0)');
  });

  it('stays silent on a library version whose list is known, and on mysql2 without a lock file (its newest list)', async () => {
    expect(await check(profileUse({ library: 'mysql', versions: { mysql: '2.18.1' } }), profileUse())).toEqual([]);
  });
});

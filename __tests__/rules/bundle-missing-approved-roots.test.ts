import { bundleMissingApprovedRoots } from '../../src/rules/bundle-missing-approved-roots.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle, pemBlocks } from '../helpers/workspace.js';

describe('bundle-missing-approved-roots', () => {
  it('notes each other approved CA whose root is missing', async () => {
    const rsa2048Only = pemBlocks(bundle('us-east-1-bundle.pem'))[0];
    const findings = bundleMissingApprovedRoots.check(await factsFrom({ 'us.pem': rsa2048Only }, { regions: ['us-east-1'] }));
    expect(findings.map((f) => [f.severity, f.message.split(' root')[0]])).toEqual([
      ['notice', 'us.pem does not hold the rds-ca-rsa4096-g1'],
      ['notice', 'us.pem does not hold the rds-ca-ecc384-g1'],
    ]);
  });

  it('is quiet for the global bundle', async () => {
    expect(bundleMissingApprovedRoots.check(await factsFrom({ 'g.pem': bundle('global-bundle.pem') }))).toEqual([]);
  });
});

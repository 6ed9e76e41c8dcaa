import { bundleMissingTargetRoot } from '../../src/rules/bundle-missing-target-root.js';
import { factsFrom } from '../helpers/facts.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, pemBlocks, REPO } from '../helpers/workspace.js';

const check = async (files: Record<string, string | Uint8Array>, regions?: string[], approvedCa?: string[]) =>
  bundleMissingTargetRoot.check(await factsFrom(files, { regions, approvedCa }));

describe('bundle-missing-target-root', () => {
  it("passes AWS's global bundle for every commercial region", async () => {
    expect(await check({ 'certs/global-bundle.pem': bundle('global-bundle.pem') })).toEqual([]);
  });

  it('fails the 2019 combined bundle and the 2019 root, naming the regions and the roots, saying to replace it', async () => {
    for (const name of ['rds-combined-ca-bundle.pem', 'rds-ca-2019-root.pem']) {
      const [finding] = await check({ [`config/${name}`]: bundle(name) }, ['eu-west-1', 'us-east-1']);
      expect(finding).toMatchObject({ severity: 'error', file: `config/${name}`, line: 1 });
      expect(finding.message).toContain('rds-ca-rsa2048-g1 root for 2 region(s) in scope: eu-west-1, us-east-1');
      expect(finding.message).toContain('"Amazon RDS eu-west-1 Root CA RSA2048 G1"');
      expect(finding.message).toContain('old bundle');
      expect(finding.remediation).toContain(`curl -fsSLo config/${name} https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem`);
    }
  });

  it('describes a global bundle from before regions were added as what it is', async () => {
    const old = readFileSync(join(REPO, '__tests__/fixtures/real-world/global-bundle.2023.pem'));
    const [finding] = await check({ 'certs/global-bundle.pem': old });
    expect(finding.message).toMatch(
      /It lacks the roots of [^.]*ap-east-2[^.]*ap-southeast-6[^.]*, region\(s\) added since it was made \(its newest root dates from 20\d\d-\d\d-\d\d\); today's global bundle has them\./,
    );
    expect(finding.message).not.toContain('old bundle');
  });

  it('judges a one-region bundle only for its region, and points to the regional bundle', async () => {
    const useast1 = bundle('us-east-1-bundle.pem');
    expect(await check({ 'us.pem': useast1 }, ['us-east-1', 'eu-west-1'])).toEqual([]);
    const onlyEcc = pemBlocks(useast1)[2];
    const [finding] = await check({ 'us.pem': onlyEcc }, ['us-east-1', 'eu-west-1']);
    expect(finding.message).toContain('for 1 region(s) in scope: us-east-1');
    expect(finding.remediation).toContain('https://truststore.pki.rds.amazonaws.com/us-east-1/us-east-1-bundle.pem');
  });

  it('follows the first approved CA as the target', async () => {
    const rsa2048Only = pemBlocks(bundle('us-east-1-bundle.pem'))[0];
    expect(await check({ 'us.pem': rsa2048Only }, ['us-east-1'])).toEqual([]);
    const [finding] = await check({ 'us.pem': rsa2048Only }, ['us-east-1'], ['rds-ca-ecc384-g1']);
    expect(finding.message).toContain('rds-ca-ecc384-g1 root');
  });

  it('asks for a keytool rebuild of a truststore', async () => {
    const { truststoreOf } = await import('../helpers/workspace.js');
    const [finding] = await check({ 'app/truststore.jks': truststoreOf(bundle('rds-ca-2019-root.pem'), 'JKS') }, ['us-east-1']);
    expect(finding.remediation).toMatch(/keytool -importcert/);
  });
});

import { readFileSync } from 'node:fs';
import { FakeAws } from '../support/fake-aws.mjs';
import { multiAzCluster, syntheticFleet } from '../support/fleet.mjs';
import { liveCheck, liveRotate, thumbprint } from '../helpers/live.js';
import { bundle } from '../helpers/workspace.js';
import { workspace } from '../helpers/workspace.js';

/** The actions of the IAM policy the README documents under `<!-- policy:NAME -->`. */
function documentedActions(name: string): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const block = new RegExp(`<!-- policy:${name} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!block) throw new Error(`README has no policy:${name} block`);
  const policy = JSON.parse(block[1]) as { Statement: { Action: string[] }[] };
  return policy.Statement.flatMap((s) => s.Action).sort();
}

describe('the documented IAM policy for check mode', () => {
  it('is exactly the actions the gate calls (STS identity calls need no IAM permission)', async () => {
    const fake = await new FakeAws(syntheticFleet(['us-east-1', 'eu-west-1'], 5, { thumbprint })).start();
    try {
      await liveCheck(fake, workspace({}, { git: true }), { regions: 'all' }, { AWS_REGION: 'us-east-1' });
      const called = [...new Set(fake.calls.filter((c) => c.service !== 'sts').map((c) => `${c.service}:${c.action}`))].sort();
      expect(called).toEqual(documentedActions('check'));
    } finally {
      await fake.stop();
    }
  });

  it('for rotate mode is exactly the actions a rotation calls', async () => {
    const seed = syntheticFleet(['us-east-1'], 4, { thumbprint, oldEvery: 2 });
    seed.regions['us-east-1'].clusters.push(multiAzCluster('us-east-1', 'dev-maz', { ca: 'rds-ca-2019', tags: { Environment: 'dev' } }));
    const fake = await new FakeAws(seed).start();
    try {
      const repo = workspace({ 'g.pem': bundle('global-bundle.pem') }, { git: true });
      const outcome = await liveRotate(fake, repo, {
        environment: 'dev',
        regions: 'us-east-1',
        'dry-run': 'false',
        'allow-restart': 'true',
      });
      expect(outcome.results.map((r) => r.status)).toEqual(['rotated', 'rotated', 'rotated']);
      const called = [...new Set(fake.calls.filter((c) => c.service !== 'sts').map((c) => `${c.service}:${c.action}`))].sort();
      expect(called).toEqual(documentedActions('rotate'));
    } finally {
      await fake.stop();
    }
  }, 30_000);
});

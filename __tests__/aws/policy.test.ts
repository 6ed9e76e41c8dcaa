import { readFileSync } from 'node:fs';
import { FakeAws } from '../support/fake-aws.mjs';
import { syntheticFleet } from '../support/fleet.mjs';
import { liveCheck, thumbprint } from '../helpers/live.js';
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
});

import { readFileSync } from 'node:fs';
import { FakeAws } from '../support/fake-aws.mjs';
import { accountsSeed, multiAzCluster, organizationSeed, syntheticFleet } from '../support/fleet.mjs';
import { liveCheck, liveRotate, thumbprint } from '../helpers/live.js';
import { bundle } from '../helpers/workspace.js';
import { workspace } from '../helpers/workspace.js';

/** The JSON document the README shows under `<!-- MARK -->`. */
function documented(mark: string): unknown {
  const readme = readFileSync('README.md', 'utf8');
  const block = new RegExp(`<!-- ${mark} -->\\s*\`\`\`json\\n([\\s\\S]*?)\`\`\``).exec(readme);
  if (!block) throw new Error(`README has no ${mark} block`);
  return JSON.parse(block[1]);
}

/** The actions of the IAM policy the README documents under `<!-- policy:NAME -->`. */
function documentedActions(name: string): string[] {
  const policy = documented(`policy:${name}`) as { Statement: { Action: string[] }[] };
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

describe('the documented IAM policies for many accounts', () => {
  const HUB = '111111111111';
  const MEMBERS = ['222222222222', '333333333333'];
  const region = 'us-east-1';

  async function organizationRun(inputs: Record<string, string>) {
    const members = Object.fromEntries(MEMBERS.map((a) => [a, syntheticFleet([region], 3, { thumbprint, account: a })]));
    const organization = organizationSeed({
      root: 'r-ab12',
      accounts: Object.fromEntries(MEMBERS.map((a) => [a, `member ${a}`])),
      ous: { 'ou-ab12-prod0001': { parent: 'r-ab12', accounts: MEMBERS } },
    });
    const fake = await new FakeAws(accountsSeed({ hub: { account: HUB, regions: {} }, members, organization })).start();
    try {
      const outcome = await liveCheck(
        fake,
        workspace({}, { git: true }),
        { regions: 'all', accounts: 'organization', 'member-role': 'rds-ca-guard-read', ...inputs },
        { AWS_REGION: region },
      );
      expect(outcome.facts.aws?.members?.map((m) => [m.account, m.notInspected])).toEqual(MEMBERS.map((a) => [a, undefined]));
      return fake.calls;
    } finally {
      await fake.stop();
    }
  }

  const actions = (calls: { service: string; action: string }[]) => [...new Set(calls.map((c) => `${c.service}:${c.action}`))].sort();

  it('the hub needs exactly sts:AssumeRole and the organization listings (identity calls need no permission)', async () => {
    const calls = [...(await organizationRun({})), ...(await organizationRun({ 'organizational-units': 'ou-ab12-prod0001' }))];
    const byHub = calls.filter((c) => c.account === HUB && !['GetCallerIdentity', 'AssumeRoleWithWebIdentity'].includes(c.action));
    expect(actions(byHub)).toEqual(documentedActions('hub'));
  });

  it('each member needs exactly the check policy, and trusts the hub role with the external id', async () => {
    const calls = await organizationRun({});
    expect(actions(calls.filter((c) => c.account !== HUB))).toEqual(documentedActions('member'));
    expect(documentedActions('member')).toEqual(documentedActions('check'));
    const trust = documented('trust:member') as {
      Statement: { Effect: string; Principal: { AWS: string }; Action: string; Condition: Record<string, Record<string, string>> }[];
    };
    expect(trust.Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'sts:ExternalId': expect.any(String) } },
      }),
    ]);
    expect(trust.Statement[0]!.Principal.AWS).toMatch(/^arn:aws:iam::\d{12}:role\/rds-ca-guard-hub$/);
    // The hub policy's AssumeRole resource covers the role the action assumes for `member-role: rds-ca-guard-read`.
    const hub = documented('policy:hub') as { Statement: { Action: string[]; Resource: string }[] };
    const resource = hub.Statement.find((s) => s.Action.includes('sts:AssumeRole'))!.Resource;
    expect(new RegExp(`^${resource.replaceAll('*', '\\d{12}')}$`).test(`arn:aws:iam::${MEMBERS[0]}:role/rds-ca-guard-read`)).toBe(true);
  });
});

import { accountNotInspected } from '../../src/rules/account-not-inspected.js';
import { awsFacts, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

const HUB = 'arn:aws:sts::111111111111:assumed-role/hub/gha';
const role = (account: string) => `arn:aws:iam::${account}:role/rds-ca-guard-read`;

describe('account-not-inspected', () => {
  it('fails each member account not inspected, naming it, the role tried and why, with the fix for it', async () => {
    const aws = {
      ...awsFacts([regionInventory({ account: '222222222222' })]),
      members: [
        { account: '222222222222', role: role('222222222222'), principal: `arn:aws:sts::222222222222:assumed-role/rds-ca-guard-read/s` },
        {
          account: '333333333333',
          role: role('333333333333'),
          notInspected: {
            reason: `could not assume ${role('333333333333')} from ${HUB}: AWS denied sts:AssumeRole to ${HUB}`,
            remediation: `The trust policy of ${role('333333333333')} must allow arn:aws:iam::111111111111:role/hub to call sts:AssumeRole.`,
          },
        },
        {
          account: '444444444444',
          role: role('444444444444'),
          notInspected: { reason: 'STS AssumeRole answered a session in no account: nothing of it was inspected.' },
        },
      ],
    };
    const found = accountNotInspected.check(await factsFrom({}, { aws }));
    expect(found).toEqual([
      {
        rule: 'account-not-inspected',
        severity: 'error',
        account: '333333333333',
        resource: role('333333333333'),
        message: `Account 333333333333 was not inspected: could not assume ${role('333333333333')} from ${HUB}: AWS denied sts:AssumeRole to ${HUB}.`,
        remediation: `The trust policy of ${role('333333333333')} must allow arn:aws:iam::111111111111:role/hub to call sts:AssumeRole.`,
      },
      expect.objectContaining({
        account: '444444444444',
        message: 'Account 444444444444 was not inspected: STS AssumeRole answered a session in no account: nothing of it was inspected.',
        remediation: accountNotInspected.remediation,
      }),
    ]);
  });

  it('stays silent when every member was inspected, in a single-account run, or when AWS was not asked', async () => {
    const members = [{ account: '222222222222', role: role('222222222222') }];
    expect(accountNotInspected.check(await factsFrom({}, { aws: { ...awsFacts(), members } }))).toEqual([]);
    expect(accountNotInspected.check(await factsFrom({}, { aws: awsFacts() }))).toEqual([]);
    expect(accountNotInspected.check(await factsFrom({}))).toEqual([]);
  });
});

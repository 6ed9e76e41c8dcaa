import { regionNotInspected } from '../../src/rules/region-not-inspected.js';
import { awsFacts } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

describe('region-not-inspected', () => {
  it('fails each region AWS could not be asked about, with the cause and the fix for it', async () => {
    const aws = awsFacts(undefined, [
      {
        account: '123456789012',
        region: 'ap-south-1',
        reason: 'DescribeDBInstances was denied (AccessDenied)',
        remediation: 'Allow rds:DescribeDBInstances to the role.',
      },
      { account: '123456789012', region: 'sa-east-1', reason: 'no answer within 30 s' },
    ]);
    const found = regionNotInspected.check(await factsFrom({}, { aws }));
    expect(found).toEqual([
      {
        rule: 'region-not-inspected',
        severity: 'error',
        account: '123456789012',
        resource: 'ap-south-1',
        message: 'ap-south-1 was not inspected: DescribeDBInstances was denied (AccessDenied).',
        remediation: 'Allow rds:DescribeDBInstances to the role.',
      },
      expect.objectContaining({ severity: 'error', resource: 'sa-east-1', message: 'sa-east-1 was not inspected: no answer within 30 s.' }),
    ]);
    expect(found[1].remediation).toContain('remove the region from `regions`');
  });

  it('names the account of the region in a multi-account run, where members are listed', async () => {
    const aws = {
      ...awsFacts([], [{ account: '222222222222', region: 'eu-west-1', reason: 'no answer within 30 s' }]),
      members: [{ account: '222222222222', role: 'arn:aws:iam::222222222222:role/read' }],
    };
    expect(regionNotInspected.check(await factsFrom({}, { aws }))).toEqual([
      expect.objectContaining({
        account: '222222222222',
        resource: 'eu-west-1',
        message: 'eu-west-1 of account 222222222222 was not inspected: no answer within 30 s.',
      }),
    ]);
  });

  it('stays silent when every region was inspected, or AWS was not asked', async () => {
    expect(regionNotInspected.check(await factsFrom({}, { aws: awsFacts() }))).toEqual([]);
    expect(regionNotInspected.check(await factsFrom({}))).toEqual([]);
  });
});

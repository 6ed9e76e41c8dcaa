import { embeddedCatalog } from '../src/catalog/catalog.js';
import { parseInputs, type InputName } from '../src/inputs/index.js';
import { InputError } from '../src/errors.js';

const catalog = embeddedCatalog();
const env = { AWS_REGION: 'eu-west-1', GITHUB_REPOSITORY: 'acme/infra', GITHUB_TOKEN: 't' };
const parseWith = (inputs: Partial<Record<InputName, string>>) => parseInputs((name) => inputs[name], env, catalog, '/ws');
const problems = (inputs: Partial<Record<InputName, string>>): string[] => {
  try {
    parseWith(inputs);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
};

describe('accounts inputs', () => {
  it('leaves the single-account run unchanged without `accounts`', () => {
    expect(parseWith({}).aws.accounts).toBeUndefined();
  });

  it('reads listed accounts (sorted, once each) and turns a role name into an ARN template (the partition is the hub\u2019s, at run time)', () => {
    expect(
      parseWith({
        accounts: '333333333333,\n222222222222, 333333333333',
        'member-role': 'audit/rds-ca-guard-read',
        'member-external-id': 'x-1',
      }).aws.accounts,
    ).toEqual({
      from: { ids: ['222222222222', '333333333333'] },
      roleArn: 'arn:{partition}:iam::{account}:role/audit/rds-ca-guard-read',
      externalId: 'x-1',
      concurrency: 8,
    });
  });

  it('reads `organization` with organizational units, and an ARN template as given', () => {
    const config = parseWith({
      accounts: 'organization',
      'organizational-units': 'ou-ab12-cd34ef56, r-ab12',
      'member-role': 'arn:aws:iam::{account}:role/rds-ca-guard-read',
      'account-concurrency': '16',
    });
    expect(config.aws.accounts).toEqual({
      from: { organizationUnits: ['ou-ab12-cd34ef56', 'r-ab12'] },
      roleArn: 'arn:aws:iam::{account}:role/rds-ca-guard-read',
      concurrency: 16,
    });
  });

  it('names every wrong accounts input at once, with what is accepted', () => {
    expect(
      problems({
        accounts: 'organization, 12345',
        'organizational-units': 'sales',
        'member-role': 'arn:aws:iam::123456789012:role/fixed',
        'account-concurrency': '0',
      }),
    ).toEqual([
      'Input `account-concurrency` is "0"; accepted: a whole number in plain decimal digits from 1 to 64.',
      'Input `accounts` mixes `organization` with account ids (organization, 12345); accepted: either account ids or `organization`.',
      'Input `organizational-units` has "sales"; accepted: OU ids like ou-ab12-cd34ef56 or root ids like r-ab12.',
      'Input `member-role` is "arn:aws:iam::123456789012:role/fixed"; accepted: a role name, or a role ARN with {account} as its account id, like arn:aws:iam::{account}:role/rds-ca-guard-read.',
    ]);
  });

  it('requires member-role with accounts, and refuses the accounts-only inputs without accounts', () => {
    expect(problems({ accounts: '222222222222' })).toEqual([
      'Input `accounts` is set but `member-role` is empty; name the role to assume in each member account (e.g. rds-ca-guard-read, or arn:aws:iam::{account}:role/rds-ca-guard-read).',
    ]);
    expect(problems({ 'member-role': 'reader', 'organizational-units': 'r-ab12' })).toEqual([
      'Input `organizational-units` is set but `accounts` is empty; list the member accounts (or `organization`), or remove `organizational-units`.',
      'Input `member-role` is set but `accounts` is empty; list the member accounts (or `organization`), or remove `member-role`.',
    ]);
    expect(problems({ accounts: '222222222222', 'member-role': 'reader', 'organizational-units': 'r-ab12' })).toEqual([
      'Input `organizational-units` is set but `accounts` lists account ids; use `accounts: organization` to select by OU.',
    ]);
  });

  it('aggregate mode needs reports; reports need aggregate mode', () => {
    expect(problems({ mode: 'aggregate' })).toEqual([
      "Input `reports` is empty; aggregate mode needs globs of the shards' JSON reports (e.g. reports/**/rds-ca-guard.json).",
    ]);
    expect(problems({ reports: 'shards/*.json' })).toEqual([
      'Input `reports` is set but `mode` is not `aggregate`; set `mode: aggregate`, or remove `reports`.',
    ]);
    expect(parseWith({ mode: 'aggregate', reports: 'shards/*.json\nmore/**/*.json', issue: 'true' })).toMatchObject({
      mode: 'aggregate',
      reports: ['shards/*.json', 'more/**/*.json'],
      issue: true,
    });
  });

  it('reads issue-scope', () => {
    expect(parseWith({ mode: 'report', 'issue-scope': 'account' }).report.issueScope).toBe('account');
    expect(problems({ 'issue-scope': 'team' })).toEqual(['Input `issue-scope` is "team"; accepted: scope, account.']);
  });

  it('refuses a role ARN whose account id is not {account}, and an external id STS would refuse, without echoing it', () => {
    expect(problems({ accounts: '222222222222', 'member-role': 'arn:aws:iam::123456789012:role/{account}' })).toEqual([
      'Input `member-role` is "arn:aws:iam::123456789012:role/{account}"; accepted: a role name, or a role ARN with {account} as its account id, like arn:aws:iam::{account}:role/rds-ca-guard-read.',
    ]);
    expect(
      parseWith({ accounts: '222222222222', regions: 'cn-north-1', 'member-role': 'arn:aws-cn:iam::{account}:role/a/{account}' }).aws
        .accounts?.roleArn,
    ).toBe('arn:aws-cn:iam::{account}:role/a/{account}');
    const refused = problems({ accounts: '222222222222', 'member-role': 'reader', 'member-external-id': 'secret with spaces' });
    expect(refused).toEqual([
      'Input `member-external-id` is not one STS accepts; accepted: 2 to 1224 letters, digits and +=,.@:/-_ (the value is not shown).',
    ]);
    expect(refused.join()).not.toContain('secret');
  });

  it('aggregate mode refuses what only the shards use, naming each input', () => {
    expect(
      problems({ mode: 'aggregate', reports: 'shards/*.json', regions: 'us-east-1', 'allowed-account-ids': '999999999999', probe: 'true' }),
    ).toEqual(
      ['regions', 'allowed-account-ids', 'probe'].map(
        (name) =>
          `Input \`${name}\` is set in aggregate mode, which judges what the shards inspected and calls no AWS API; set it on the shard jobs, and remove it here.`,
      ),
    );
  });
});

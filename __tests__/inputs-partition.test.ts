/** Inputs in the GovCloud and China partitions: accepted names, the OIDC audience's default, and one partition per run. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { applyEnvironment } from '../src/environment.js';
import { InputError } from '../src/errors.js';
import { parseInputs, type InputName } from '../src/inputs/index.js';
import { oidcAudience } from '../src/aws/identity.js';
import { tempDir } from './helpers/workspace.js';

const catalog = embeddedCatalog();
const parseWith = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = {}, workspace = '/ws') =>
  parseInputs((name) => inputs[name], env, catalog, workspace);
const problems = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = {}): string[] => {
  try {
    parseWith(inputs, env);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
};

const GOV_ROLE = 'arn:aws-us-gov:iam::123456789012:role/rds-ca-guard';
const CN_ROLE = 'arn:aws-cn:iam::123456789012:role/rds-ca-guard';

describe('inputs in the aws-us-gov and aws-cn partitions', () => {
  it('accepts their region names, role ARNs, member-role templates and account ids', () => {
    const config = parseWith({
      regions: 'us-gov-west-1,us-gov-east-1',
      'role-to-assume': GOV_ROLE,
      'allowed-account-ids': '123456789012,222222222222',
      accounts: '222222222222',
      'member-role': 'arn:aws-us-gov:iam::{account}:role/reader',
    });
    expect(config.regions).toEqual(['us-gov-west-1', 'us-gov-east-1']);
    expect(config.aws).toMatchObject({ roleToAssume: GOV_ROLE, allowedAccountIds: ['123456789012', '222222222222'] });
    expect(parseWith({ regions: 'cn-north-1,cn-northwest-1', 'role-to-assume': CN_ROLE }).regions).toEqual([
      'cn-north-1',
      'cn-northwest-1',
    ]);
  });

  it('defaults the OIDC audience per partition, as configure-aws-credentials documents it, and keeps the one given', () => {
    const cn = parseWith({ regions: 'cn-north-1', 'role-to-assume': CN_ROLE }).aws;
    expect(cn.audience).toBeUndefined();
    expect(oidcAudience(cn, 'cn-north-1')).toBe('sts.amazonaws.com.cn');
    expect(oidcAudience(cn, 'us-gov-west-1')).toBe('sts.amazonaws.com');
    expect(oidcAudience(cn, 'us-east-1')).toBe('sts.amazonaws.com');
    const given = parseWith({ regions: 'cn-north-1', 'role-to-assume': CN_ROLE, audience: 'sts.amazonaws.com' }).aws;
    expect(oidcAudience(given, 'cn-north-1')).toBe('sts.amazonaws.com');
  });

  it('refuses regions and roles of more than one partition, naming each and what is accepted', () => {
    expect(problems({ regions: 'us-east-1,us-gov-west-1' })).toEqual([
      "Inputs `regions` (or AWS_REGION), `role-to-assume` and `member-role` name more than one AWS partition (us-east-1 is in aws, us-gov-west-1 in aws-us-gov), and one run's credentials reach only one; accepted: regions and role ARNs of one partition (aws, aws-us-gov or aws-cn). Run one job per partition.",
    ]);
    expect(problems({ 'role-to-assume': GOV_ROLE }, { AWS_REGION: 'us-east-1' })[0]).toContain(
      `(us-east-1 is in aws, ${GOV_ROLE} in aws-us-gov)`,
    );
    expect(
      problems({
        regions: 'us-gov-west-1',
        'role-to-assume': GOV_ROLE,
        accounts: '222222222222',
        'member-role': 'arn:aws:iam::{account}:role/r',
      })[0],
    ).toContain('(us-gov-west-1 is in aws-us-gov, arn:aws:iam::{account}:role/r in aws)');
    // A role given by name takes the hub's partition: nothing to refuse.
    expect(problems({ regions: 'us-gov-west-1', 'role-to-assume': GOV_ROLE, accounts: '222222222222', 'member-role': 'reader' })).toEqual(
      [],
    );
    // Offline, every catalog region is judged whatever its partition: no credentials are involved.
    expect(problems({ offline: 'true', regions: 'all', 'role-to-assume': GOV_ROLE })).toEqual([]);
  });

  it('refuses an environment whose file gives it regions of another partition than its role', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.github'));
    writeFileSync(
      join(dir, '.github/rds-ca-guard.yml'),
      `environments:\n  gov:\n    regions: [us-gov-west-1]\n    role-to-assume: ${GOV_ROLE}\n  mixed:\n    regions: [us-east-1]\n    role-to-assume: ${GOV_ROLE}\n`,
    );
    const configFor = (environment: string) =>
      applyEnvironment(parseWith({ mode: 'rotate', environment }, { AWS_REGION: 'us-gov-west-1' }, dir));
    await expect(configFor('gov')).resolves.toMatchObject({ regions: ['us-gov-west-1'], aws: { roleToAssume: GOV_ROLE } });
    await expect(configFor('mixed')).rejects.toThrow(
      `Environment "mixed" (from .github/rds-ca-guard.yml and the inputs) names more than one AWS partition (us-east-1 is in aws, ${GOV_ROLE} in aws-us-gov)`,
    );
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { readEnvironments } from '../src/config-file.js';
import { applyEnvironment } from '../src/environment.js';
import { parseInputs, type InputName } from '../src/inputs/index.js';
import { tempDir } from './helpers/workspace.js';
import { ConfigFileError } from '../src/errors.js';

function fileWith(text: string): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/rds-ca-guard.yml'), text);
  return dir;
}
const configIn = (dir: string, inputs: Partial<Record<InputName, string>>) =>
  applyEnvironment(parseInputs((n) => inputs[n], { AWS_REGION: 'us-east-1' }, embeddedCatalog(), dir));

const GOOD = `environments:
  dev:
    regions: [eu-west-1, us-east-1]
    tags:
      Team: payments
    identifiers: ["pay-*"]
    role-to-assume: arn:aws:iam::123456789012:role/rotate-dev
  production:
    protected: true
`;

describe('the environments file', () => {
  it("gives the environment's regions, tags, identifiers and role", async () => {
    const config = await configIn(fileWith(GOOD), { mode: 'rotate', environment: 'dev' });
    expect(config.regions).toEqual(['eu-west-1', 'us-east-1']);
    expect(config.aws.scope).toMatchObject({ tags: { Team: 'payments' }, identifiers: ['pay-*'] });
    expect(config.aws.roleToAssume).toBe('arn:aws:iam::123456789012:role/rotate-dev');
  });

  it("is read in every run, so the plan groups databases by the file's environments even without `environment`", async () => {
    const config = await configIn(fileWith(GOOD), { offline: 'true' });
    expect(Object.keys(config.environments ?? {})).toEqual(['dev', 'production']);
    expect(config.environments?.dev).toMatchObject({ regions: ['eu-west-1', 'us-east-1'], identifiers: ['pay-*'] });
    expect((await configIn(tempDir(), { offline: 'true' })).environments).toBeUndefined();
  });

  it('means tag <environment-tag>=<name> without a file', async () => {
    const config = await configIn(tempDir(), { mode: 'rotate', environment: 'staging', 'environment-tag': 'env' });
    expect(config.aws.scope).toMatchObject({ tags: {}, environment: { tag: 'env', name: 'staging' } });
    expect(config.regions).toEqual(['us-east-1']);
  });

  it('marks protected environments, and refuses a name the file does not define', async () => {
    expect(
      (await configIn(fileWith(GOOD), { mode: 'rotate', environment: 'production', 'protected-environments': 'staging' })).rotate
        .protectedEnvironments,
    ).toEqual(['staging', 'production']);
    await expect(configIn(fileWith(GOOD), { mode: 'rotate', environment: 'qa' })).rejects.toThrow(
      '.github/rds-ca-guard.yml defines no environment "qa" (it defines: dev, production)',
    );
  });

  it('names the file, the line and what is wrong for each problem', () => {
    const dir = fileWith('environments:\n  dev:\n    regions: [eu-west-1, "EU West"]\n    protected: "yes"\n    colour: blue\n');
    let error: unknown;
    try {
      readEnvironments(join(dir, '.github/rds-ca-guard.yml'), '.github/rds-ca-guard.yml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigFileError);
    const lines = (error as Error).message.split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\.github\/rds-ca-guard\.yml:3: environments\.dev\.regions\.1: .*region name like eu-west-1/),
        expect.stringMatching(/^\.github\/rds-ca-guard\.yml:4: environments\.dev\.protected: .*boolean/),
        expect.stringMatching(/^\.github\/rds-ca-guard\.yml:5: environments\.dev: .*colour/),
      ]),
    );
    expect(lines.at(-1)).toMatch(/^Accepted: environments:/);
  });

  it('finds an environment whatever its case, and refuses two names that differ only in case', async () => {
    expect((await configIn(fileWith(GOOD), { mode: 'rotate', environment: 'Dev' })).regions).toEqual(['eu-west-1', 'us-east-1']);
    const dir = fileWith('environments:\n  prod: {}\n  Prod: { protected: false }\n');
    expect(() => readEnvironments(join(dir, '.github/rds-ca-guard.yml'), 'f.yml')).toThrow(
      'f.yml: environments "prod" and "Prod" are one environment (GitHub environment names are case-insensitive); keep one.',
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const dir = fileWith('environments:\n  dev: [\n');
    expect(() => readEnvironments(join(dir, '.github/rds-ca-guard.yml'), 'x.yml')).toThrow(/^x\.yml:\d+: /);
  });
});

import { documentFacts } from '../../src/scan/iac/documents.js';
import { overrideSettings } from '../../src/scan/iac/override-text.js';
import { parameterFileSettings } from '../../src/scan/iac/parameters.js';

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  'Parameters:',
  '  DbCa:',
  '    Type: String',
  '    Default: rds-ca-rsa4096-g1',
  'Resources:',
  '  Db:',
  '    Type: AWS::RDS::DBInstance',
  '    Properties:',
  '      CACertificateIdentifier: !Ref DbCa',
  '',
].join('\n');

function workspace(files: Record<string, string>, grep = true) {
  return {
    files: Object.keys(files).sort(),
    read: (path: string) => files[path],
    containing: grep
      ? async (paths: readonly string[], needles: readonly string[]) =>
          new Set(paths.filter((p) => needles.some((n) => files[p]?.includes(n))))
      : undefined,
  };
}

describe('CloudFormation parameter values committed in the repository', () => {
  it('reads each form of override', () => {
    expect(overrideSettings('DbCa=rds-ca-2019 Other="a b" ParameterKey=X,ParameterValue=y Bad=$V')).toEqual([
      { name: 'DbCa', value: 'rds-ca-2019', offset: 0 },
      { name: 'Other', value: 'a b', offset: 17 },
      { name: 'X', value: 'y', offset: 29 },
    ]);
    expect(overrideSettings('DbCa=rds-ca-2019,Other=x', true).map((s) => [s.name, s.value])).toEqual([
      ['DbCa', 'rds-ca-2019'],
      ['Other', 'x'],
    ]);
    const toml =
      'version = 0.1\n[prod.deploy.parameters]\nstack_name = "db"\nparameter_overrides = "Env=\\"prod\\" DbCa=\\"rds-ca-2019\\""\n[dev.deploy.parameters]\nparameter_overrides = [\n  "Env=dev",\n  "DbCa=rds-ca-rsa2048-g1",\n]\n';
    expect(parameterFileSettings('samconfig.toml', toml).map((s) => [s.line, s.name, s.value, s.how])).toEqual([
      [4, 'Env', 'prod', 'parameter_overrides Env'],
      [4, 'DbCa', 'rds-ca-2019', 'parameter_overrides DbCa'],
      [7, 'Env', 'dev', 'parameter_overrides Env'],
      [8, 'DbCa', 'rds-ca-rsa2048-g1', 'parameter_overrides DbCa'],
    ]);
    const yaml =
      'version: 0.1\nprod:\n  deploy:\n    parameters:\n      parameter_overrides: >-\n        Env=prod\n        DbCa=rds-ca-2019\n';
    expect(parameterFileSettings('samconfig.yaml', yaml).map((s) => [s.line, s.name, s.value])).toEqual([
      [6, 'Env', 'prod'],
      [7, 'DbCa', 'rds-ca-2019'],
    ]);
    const pipeline = '{\n  "Parameters": {\n    "DbCa": "rds-ca-2019"\n  },\n  "Tags": {"team": "db"}\n}\n';
    expect(parameterFileSettings('prod-config.json', pipeline).map((s) => [s.line, s.name, s.how])).toEqual([
      [3, 'DbCa', 'Parameters.DbCa'],
    ]);
    const action =
      'steps:\n  - uses: aws-actions/aws-cloudformation-github-deploy@v1\n    with:\n      parameter-overrides: "Env=prod,DbCa=rds-ca-2019"\n  - configuration:\n      ParameterOverrides: \'{"DbCa": "rds-ca-2019"}\'\n';
    expect(parameterFileSettings('deploy.yml', action).map((s) => [s.line, s.name, s.how])).toEqual([
      [4, 'Env', 'parameter-overrides Env'],
      [4, 'DbCa', 'parameter-overrides DbCa'],
      [6, 'DbCa', 'ParameterOverrides DbCa'],
    ]);
  });

  it('follows Ref to every committed setting, each a pin at its line', async () => {
    const files = {
      'stacks/db.yaml': TEMPLATE,
      'stacks/prod-params.json':
        '[\n  {"ParameterKey": "Env", "ParameterValue": "prod"},\n  {"ParameterKey": "DbCa", "ParameterValue": "rds-ca-2019"}\n]\n',
      'samconfig.toml': '[default.deploy.parameters]\nparameter_overrides = "DbCa=rds-ca-2019 Other=x"\n',
      'deploy.sh':
        '#!/bin/sh\naws cloudformation deploy --template-file stacks/db.yaml --stack-name db \\\n  --parameter-overrides Env=prod DbCa=rds-ca-2019\naws cloudformation create-stack --stack-name db --parameters ParameterKey=DbCa,ParameterValue=rds-ca-2015\n',
      '.github/workflows/deploy.yml': 'jobs:\n  d:\n    steps:\n      - run: sam deploy --parameter-overrides "DbCa=rds-ca-2019"\n',
      'other.json': '{"unrelated": true}',
    };
    const facts = await documentFacts('stacks/db.yaml', TEMPLATE, workspace(files));
    expect(facts.pins.map((p) => [p.file, p.line, p.value.kind === 'literal' ? p.value.ca : '', p.via])).toEqual([
      [
        '.github/workflows/deploy.yml',
        4,
        'rds-ca-2019',
        ['--parameter-overrides DbCa (.github/workflows/deploy.yml:4)', 'Ref DbCa (stacks/db.yaml:3)'],
      ],
      ['deploy.sh', 3, 'rds-ca-2019', ['--parameter-overrides DbCa (deploy.sh:3)', 'Ref DbCa (stacks/db.yaml:3)']],
      ['deploy.sh', 4, 'rds-ca-2015', ['--parameters DbCa (deploy.sh:4)', 'Ref DbCa (stacks/db.yaml:3)']],
      ['samconfig.toml', 2, 'rds-ca-2019', ['parameter_overrides DbCa (samconfig.toml:2)', 'Ref DbCa (stacks/db.yaml:3)']],
      ['stacks/db.yaml', 5, 'rds-ca-rsa4096-g1', ['Ref DbCa (stacks/db.yaml:3)']],
      ['stacks/prod-params.json', 3, 'rds-ca-2019', ['ParameterKey DbCa (stacks/prod-params.json:3)', 'Ref DbCa (stacks/db.yaml:3)']],
    ]);
    expect(facts.pins.every((p) => p.resource === 'Db (AWS::RDS::DBInstance)' && p.declaredAt?.line === 7)).toBe(true);
  });

  it('without grep, reads the marked files, samconfig and parameter-named JSON only', async () => {
    const files = {
      'db.yaml': TEMPLATE,
      'config/prod.json': '{"Parameters": {"DbCa": "rds-ca-2019"}}',
      'data/big.json': '{"Parameters": {"DbCa": "rds-ca-2015"}}',
    };
    const seen: string[] = [];
    const read = (p: string): string | undefined => (seen.push(p), files[p as keyof typeof files]);
    const facts = await documentFacts('db.yaml', TEMPLATE, { ...workspace(files, false), read });
    expect(facts.pins.map((p) => [p.file, p.value.kind === 'literal' ? p.value.ca : ''])).toEqual([
      ['config/prod.json', 'rds-ca-2019'],
      ['db.yaml', 'rds-ca-rsa4096-g1'],
    ]);
    expect(seen).not.toContain('data/big.json');
  });

  it('gives a parameter without a Default only its committed values', async () => {
    const template = TEMPLATE.replace('    Default: rds-ca-rsa4096-g1\n', '');
    const facts = await documentFacts(
      'db.yaml',
      template,
      workspace({ 'db.yaml': template, 'p.json': '[{"ParameterKey": "DbCa", "ParameterValue": "rds-ca-2019"}]' }),
    );
    expect(facts.pins.map((p) => [p.file, p.value])).toEqual([['p.json', { kind: 'literal', ca: 'rds-ca-2019' }]]);
  });
});

import { documentFacts } from '../../src/scan/iac/documents.js';
import { iacReaderOf } from '../../src/scan/iac/index.js';
import { scriptFacts } from '../../src/scan/iac/scripts.js';

const ca = (p: { value: { kind: string; ca?: string } }) => (p.value.kind === 'literal' ? p.value.ca : p.value.kind);

describe('--cli-input-json', () => {
  it('judges an inline input at the line of its CA, and an input file the document reader does not judge', async () => {
    const text = [
      'aws rds modify-db-instance --cli-input-json \'{"DBInstanceIdentifier": "a", "CACertificateIdentifier": "rds-ca-2019", "ApplyImmediately": true}\'',
      "aws rds modify-db-instance --cli-input-json '{",
      '  "DBInstanceIdentifier": "b",',
      '  "CACertificateIdentifier": "rds-ca-rsa4096-g1"',
      "}'",
      'aws rds modify-db-instance --cli-input-json file://inputs/modify.txt',
      'aws rds modify-db-instance --cli-input-json file://inputs/modify.json',
      'aws rds create-db-instance --cli-input-json file://missing.json',
      '',
    ].join('\n');
    const files: Record<string, string> = {
      'ops/inputs/modify.txt': '{\n  "DBInstanceIdentifier": "c",\n  "CACertificateIdentifier": "rds-ca-2015"\n}\n',
      'ops/inputs/modify.json': '{"DBInstanceIdentifier": "d", "CACertificateIdentifier": "rds-ca-2019"}',
    };
    const facts = await scriptFacts('ops/rotate.sh', text, { files: Object.keys(files), read: (p) => files[p] });
    expect(facts.pins.map((p) => [p.file, p.line, p.resource, p.attribute, ca(p), p.via])).toEqual([
      ['ops/rotate.sh', 1, 'aws rds modify-db-instance (input a)', 'CACertificateIdentifier', 'rds-ca-2019', undefined],
      [
        'ops/inputs/modify.txt',
        3,
        'aws rds modify-db-instance (input c)',
        'CACertificateIdentifier',
        'rds-ca-2015',
        ['--cli-input-json file://inputs/modify.txt (ops/rotate.sh:6)'],
      ],
      ['ops/rotate.sh', 4, 'aws rds modify-db-instance (input b)', 'CACertificateIdentifier', 'rds-ca-rsa4096-g1', undefined],
      ['ops/rotate.sh', 8, 'aws rds create-db-instance', '--ca-certificate-identifier', 'expression', undefined],
    ]);
  });
});

describe('Terraform variables set outside Terraform', () => {
  it('reads exported and prefixed TF_VAR_ assignments and -var options, literal values only', async () => {
    const text = [
      '#!/usr/bin/env zsh',
      'export TF_VAR_ca=rds-ca-2019',
      'TF_VAR_local=not-exported',
      'TF_VAR_later="rds-ca-2015"',
      'export TF_VAR_later',
      'TF_VAR_prefix=rds-ca-2019 terraform apply',
      'CA=rds-ca-2019',
      'terraform -chdir=infra plan -var ca=$CA -var="db_ca=rds-ca-2019" -var \'x=1\' -var y=$(pick)',
      'terraform fmt -var z=1',
      'export TF_VAR_dyn=$(pick)',
      '',
    ].join('\n');
    const facts = await scriptFacts('deploy.zsh', text);
    expect(facts.terraformVariables!.map((v) => [v.line, v.name, v.value, v.how])).toEqual([
      [2, 'ca', 'rds-ca-2019', 'TF_VAR_ca'],
      [4, 'later', 'rds-ca-2015', 'TF_VAR_later'],
      [6, 'prefix', 'rds-ca-2019', 'TF_VAR_prefix'],
      [7, 'ca', 'rds-ca-2019', '-var ca=…'],
      [8, 'db_ca', 'rds-ca-2019', '-var db_ca=…'],
      [8, 'x', '1', '-var x=…'],
    ]);
    expect(iacReaderOf('deploy.zsh')).toBe('script');
  });

  it('reads TF_VAR_ entries of CI environments, and of exported Makefile variables', async () => {
    const workflow = [
      'env:',
      '  TF_VAR_ca: rds-ca-2019',
      '  TF_VAR_region: ${{ vars.REGION }}',
      'jobs:',
      '  a:',
      '    env: {TF_VAR_db_ca: "rds-ca-2015"}',
      '    steps:',
      '      - run: terraform apply -auto-approve -var ca=rds-ca-2019',
      '',
    ].join('\n');
    const facts = await documentFacts('.github/workflows/tf.yml', workflow);
    expect(facts.terraformVariables!.map((v) => [v.line, v.name, v.value, v.how])).toEqual([
      [2, 'ca', 'rds-ca-2019', 'TF_VAR_ca'],
      [6, 'db_ca', 'rds-ca-2015', 'TF_VAR_db_ca'],
      [8, 'ca', 'rds-ca-2019', '-var ca=…'],
    ]);
    const gitlab = 'variables:\n  TF_VAR_ca:\n    value: rds-ca-2019\n    description: the CA\nplan:\n  script:\n    - terraform plan\n';
    expect((await documentFacts('.gitlab-ci.yml', gitlab)).terraformVariables!.map((v) => [v.line, v.name])).toEqual([[3, 'ca']]);
    const compose = 'services:\n  tf:\n    environment:\n      - TF_VAR_ca=rds-ca-2019\n';
    expect((await documentFacts('compose.yaml', compose)).terraformVariables!.map((v) => [v.line, v.name, v.value])).toEqual([
      [4, 'ca', 'rds-ca-2019'],
    ]);
    const make = await scriptFacts('Makefile', 'export TF_VAR_ca = rds-ca-2019\napply:\n\tterraform apply -var region=us-east-1\n');
    expect(make.terraformVariables!.map((v) => [v.line, v.name, v.how])).toEqual([
      [1, 'ca', 'TF_VAR_ca'],
      [3, 'region', '-var region=…'],
    ]);
  });
});

describe('files no parser here reads', () => {
  it('reports each CA line of PowerShell and a Jenkinsfile as not checked', async () => {
    expect(iacReaderOf('ops/rotate.ps1')).toBe('script');
    const ps = await scriptFacts(
      'ops/rotate.ps1',
      '# Rotate\nEdit-RDSDBInstance -DBInstanceIdentifier a `\n  -CACertificateIdentifier rds-ca-2019 -ApplyImmediately $true\n',
    );
    expect(ps.problems).toEqual([
      {
        file: 'ops/rotate.ps1',
        line: 3,
        parser: 'PowerShell',
        message: 'no PowerShell parser here: the CA option at line 3 was not checked',
        unsupported: true,
      },
    ]);
    expect((await scriptFacts('x.ps1', 'Get-RDSDBInstance\n')).problems).toEqual([]);
    const jenkins = await scriptFacts(
      'Jenkinsfile',
      "pipeline {\n  stages { stage('x') { steps {\n    sh 'aws rds modify-db-instance --ca-certificate-identifier rds-ca-2019'\n  } } }\n}\n",
    );
    expect(jenkins.problems).toEqual([
      {
        file: 'Jenkinsfile',
        line: 3,
        parser: 'Groovy',
        message: 'no Groovy parser here: the CA option at line 3 was not checked',
        unsupported: true,
      },
    ]);
  });

  it('reads .zsh scripts with the bash grammar', async () => {
    const facts = await scriptFacts(
      'rotate.zsh',
      'for db in a b; do\n  aws rds modify-db-instance --db-instance-identifier $db --ca-certificate-identifier rds-ca-2019\ndone\n',
    );
    expect(facts.pins.map((p) => [p.line, ca(p)])).toEqual([[2, 'rds-ca-2019']]);
  });
});

import { documentFacts } from '../../src/scan/iac/documents.js';

const pinsOf = async (file: string, text: string) =>
  (await documentFacts(file, text)).pins.map((p) => [p.line, p.tool, p.resource, p.value.kind === 'literal' ? p.value.ca : p.value.kind]);

describe('observed state and saved output are not pins; an API input is', () => {
  it('leaves Terraform state and plan JSON alone', async () => {
    const state = JSON.stringify(
      {
        version: 4,
        terraform_version: '1.9.0',
        resources: [{ type: 'aws_db_instance', instances: [{ attributes: { ca_cert_identifier: 'rds-ca-2019' } }] }],
      },
      null,
      2,
    );
    expect(await pinsOf('prod.json', state)).toEqual([]);
    const plan = JSON.stringify(
      {
        format_version: '1.2',
        resource_changes: [
          { change: { before: { ca_cert_identifier: 'rds-ca-2019' }, after: { ca_cert_identifier: 'rds-ca-rsa2048-g1' } } },
        ],
      },
      null,
      2,
    );
    expect(await pinsOf('plan.json', plan)).toEqual([]);
    const shown = JSON.stringify({
      format_version: '1.0',
      values: { root_module: { resources: [{ values: { ca_cert_identifier: 'rds-ca-2019' } }] } },
    });
    expect(await pinsOf('show.json', shown)).toEqual([]);
  });

  it('leaves API responses alone: describe output, response wrappers, pending maintenance', async () => {
    expect(await pinsOf('out.json', '{"DBInstances": [{"DBInstanceIdentifier": "a", "CACertificateIdentifier": "rds-ca-2019"}]}')).toEqual(
      [],
    );
    expect(await pinsOf('out.json', '{"DBInstance": {"DBInstanceIdentifier": "a", "CACertificateIdentifier": "rds-ca-2019"}}')).toEqual([]);
    expect(await pinsOf('out.json', '{"DBCluster": {"DBClusterIdentifier": "a", "CACertificateIdentifier": "rds-ca-2019"}}')).toEqual([]);
    expect(await pinsOf('out.json', '{"Endpoint": {"Address": "x"}, "CACertificateIdentifier": "rds-ca-2019"}')).toEqual([]);
    expect(
      await pinsOf('out.json', '{"PendingMaintenanceActions": [{"ResourceIdentifier": "x", "CACertificateIdentifier": "rds-ca-2019"}]}'),
    ).toEqual([]);
    expect(await pinsOf('out.yaml', 'saved:\n  DbiResourceId: db-1\n  CACertificateIdentifier: rds-ca-2019\n')).toEqual([]);
  });

  it('pins an API input skeleton (aws-cli) and a CloudFormation resource whose logical id is DBInstance', async () => {
    expect(
      await pinsOf(
        'modify.json',
        '{\n  "DBInstanceIdentifier": "a",\n  "CACertificateIdentifier": "rds-ca-2019",\n  "ApplyImmediately": true\n}\n',
      ),
    ).toEqual([[3, 'aws-cli', 'API input for DBInstanceIdentifier a (--cli-input-json)', 'rds-ca-2019']]);
    const template =
      'Resources:\n  DBInstance:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      Parameters:\n        CACertificateIdentifier: rds-ca-2019\n';
    expect(await pinsOf('t.yaml', template)).toEqual([[6, 'cloudformation', 'Resources.DBInstance.Properties.Parameters', 'rds-ca-2019']]);
  });
});

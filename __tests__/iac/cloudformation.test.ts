import { cloudFormationPins } from '../../src/scan/iac/cloudformation.js';

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  CaId:
    Type: String
    Default: rds-ca-2019
  Other:
    Type: String
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      CACertificateIdentifier: rds-ca-2019
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      CACertificateIdentifier: !Ref CaId
  Computed:
    Type: AWS::RDS::DBInstance
    Properties:
      CACertificateIdentifier: !Ref Other
  Unset:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      CACertificateIdentifier: !Sub "rds-ca-\${Kind}"
  Aurora:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
  Docs:
    Type: AWS::DocDB::DBInstance
    Properties:
      CACertificateIdentifier: rds-ca-rsa2048-g1
  Bucket:
    Type: AWS::S3::Bucket
`;

describe('cloudFormationPins', () => {
  it('reads YAML templates with short-form tags, resolving !Ref to a parameter default', () => {
    const pins = cloudFormationPins('stack.yaml', YAML);
    expect(pins.map((p) => [p.resource, p.line, p.value])).toEqual([
      ['Db (AWS::RDS::DBInstance)', 13, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['Replica (AWS::RDS::DBInstance)', 17, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['Computed (AWS::RDS::DBInstance)', 21, { kind: 'expression', text: 'Ref Other' }],
      ['Unset (AWS::RDS::DBInstance)', 22, { kind: 'absent' }],
      ['Cluster (AWS::RDS::DBCluster)', 29, { kind: 'expression', text: 'rds-ca-${Kind}' }],
      ['Docs (AWS::DocDB::DBInstance)', 37, { kind: 'literal', ca: 'rds-ca-rsa2048-g1' }],
    ]);
  });

  it('reads JSON templates with line numbers and {"Ref": …}', () => {
    const json = JSON.stringify({
      Parameters: { Ca: { Type: 'String', Default: 'rds-ca-2015' } },
      Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: { CACertificateIdentifier: { Ref: 'Ca' } } } },
    }, null, 2);
    const [pin] = cloudFormationPins('stack.json', json);
    expect(pin).toMatchObject({ line: 12, value: { kind: 'literal', ca: 'rds-ca-2015' } });
  });

  it('ignores files that are not templates or do not parse', () => {
    expect(cloudFormationPins('values.yaml', 'image: nginx\n')).toEqual([]);
    expect(cloudFormationPins('bad.yaml', 'Resources: [\n')).toEqual([]);
  });
});

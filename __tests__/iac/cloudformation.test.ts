import { documentFacts } from '../../src/scan/iac/documents.js';

const YAML = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  CaId:
    Type: String
    Default: rds-ca-2019
  Other:
    Type: String
    AllowedValues: [rds-ca-2019, rds-ca-rsa2048-g1]
  Only:
    Type: String
    AllowedValues: [rds-ca-2019]
  Env:
    Type: String
Mappings:
  Cas:
    dev: { Id: rds-ca-rsa2048-g1 }
    prod: { Id: rds-ca-2019 }
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceIdentifier: main-db
      CACertificateIdentifier: !Ref CaId
  Computed:
    Type: AWS::RDS::DBInstance
    Properties:
      CACertificateIdentifier: !Ref Other
  OnlyOne:
    Type: AWS::RDS::DBInstance
    Properties:
      CACertificateIdentifier: !Ref Only
  ByEnv:
    Type: AWS::RDS::DBInstance
    Properties:
      CACertificateIdentifier: !FindInMap [Cas, !Ref Env, Id]
  Branch:
    Type: AWS::RDS::DBInstance
    Properties:
      CACertificateIdentifier: !If [Prod, !Sub 'rds-ca-\${CaYear}', !Ref AWS::NoValue]
  Cluster:
    Type: AWS::RDS::DBCluster
    Properties:
      CACertificateIdentifier: !If [Prod, !GetAtt Other.Ca, !Ref AWS::NoValue]
  Aurora:
    Type: AWS::RDS::DBCluster
  Nested:
    Type: AWS::CloudFormation::Stack
    Properties:
      Parameters:
        CACertificateIdentifier: rds-ca-2019
`;

describe('CloudFormation', () => {
  it('follows Ref, FindInMap, If, Sub and NoValue, with lines, via and declarations', async () => {
    const facts = await documentFacts('stack.yaml', YAML);
    expect(facts.problems).toEqual([]);
    const pins = facts.pins.map((p) => [p.resource, p.line, p.value, p.via ?? [], p.declaredAt?.line]);
    expect(pins).toEqual([
      ['Db (AWS::RDS::DBInstance)', 5, { kind: 'literal', ca: 'rds-ca-2019' }, ['Ref CaId (stack.yaml:3)'], 19],
      [
        'OnlyOne (AWS::RDS::DBInstance)',
        11,
        { kind: 'literal', ca: 'rds-ca-2019' },
        ['Ref Only (stack.yaml:9) (its only AllowedValue)'],
        28,
      ],
      ['ByEnv (AWS::RDS::DBInstance)', 16, { kind: 'literal', ca: 'rds-ca-rsa2048-g1' }, ['FindInMap Cas.dev.Id (stack.yaml:16)'], 32],
      ['ByEnv (AWS::RDS::DBInstance)', 17, { kind: 'literal', ca: 'rds-ca-2019' }, ['FindInMap Cas.prod.Id (stack.yaml:17)'], 32],
      [
        'Computed (AWS::RDS::DBInstance)',
        27,
        {
          kind: 'expression',
          text: 'Ref Other',
          missing: 'parameter Other has no Default; its value is given at deploy time (AllowedValues: rds-ca-2019, rds-ca-rsa2048-g1)',
        },
        [],
        undefined,
      ],
      [
        'Branch (AWS::RDS::DBInstance)',
        39,
        { kind: 'expression', text: "!Sub 'rds-ca-${CaYear}'", missing: 'CaYear is not a parameter of this template' },
        ['If Prod (true)'],
        36,
      ],
      ['Branch (AWS::RDS::DBInstance)', 39, { kind: 'absent' }, ['Ref AWS::NoValue', 'If Prod (false)'], 36],
      [
        'Cluster (AWS::RDS::DBCluster)',
        43,
        { kind: 'expression', text: '!GetAtt Other.Ca', missing: 'an attribute of another resource, known only after deploy' },
        ['If Prod (true)'],
        40,
      ],
      // The generic catch: a nested stack's parameter named like the property.
      ['Resources.Nested.Properties.Parameters', 50, { kind: 'literal', ca: 'rds-ca-2019' }, [], undefined],
    ]);
    expect(facts.declarations.find((d) => d.logicalId === 'Db')).toEqual({
      file: 'stack.yaml',
      line: 19,
      tool: 'cloudformation',
      syntax: 'yaml',
      resource: 'Db (AWS::RDS::DBInstance)',
      kind: 'instance',
      identifier: 'main-db',
      attribute: 'CACertificateIdentifier',
      logicalId: 'Db',
    });
    expect(facts.declarations.map((d) => d.kind)).toEqual([
      'instance',
      'instance',
      'instance',
      'instance',
      'instance',
      'cluster',
      'cluster',
    ]);
  });

  it('reads JSON long forms (Fn::FindInMap with literal keys, Fn::Sub with its own variables, Fn::Join, Fn::Select)', async () => {
    const json = JSON.stringify(
      {
        Parameters: { Year: { Type: 'String', Default: '2019' } },
        Mappings: { M: { a: { b: 'rds-ca-2019' } } },
        Resources: {
          A: { Type: 'AWS::RDS::DBInstance', Properties: { CACertificateIdentifier: { 'Fn::FindInMap': ['M', 'a', 'b'] } } },
          B: {
            Type: 'AWS::RDS::DBInstance',
            Properties: { CACertificateIdentifier: { 'Fn::Sub': ['rds-ca-${Kind}-g1', { Kind: 'rsa2048' }] } },
          },
          C: {
            Type: 'AWS::RDS::DBInstance',
            Properties: { CACertificateIdentifier: { 'Fn::Join': ['-', ['rds', 'ca', { Ref: 'Year' }]] } },
          },
          D: {
            Type: 'AWS::DocDB::DBInstance',
            Properties: { CACertificateIdentifier: { 'Fn::Select': [1, ['rds-ca-2015', 'rds-ca-ecc384-g1']] } },
          },
        },
      },
      null,
      2,
    );
    const { pins } = await documentFacts('stack.json', json);
    expect(pins.map((p) => [p.resource.split(' ')[0], p.line, p.syntax, p.value.kind === 'literal' ? p.value.ca : p.value.kind])).toEqual([
      ['C', 5, 'json', 'rds-ca-2019'],
      ['A', 11, 'json', 'rds-ca-2019'],
      ['B', 31, 'json', 'rds-ca-rsa2048-g1'],
      ['D', 66, 'json', 'rds-ca-ecc384-g1'],
    ]);
  });

  it('tells SAM and Serverless apart, resolving serverless variables in the same file', async () => {
    const sam = await documentFacts(
      'template.yaml',
      'Transform: AWS::Serverless-2016-10-31\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n',
    );
    expect(sam.pins).toMatchObject([{ tool: 'sam', line: 3, value: { kind: 'absent' } }]);
    const sls = await documentFacts(
      'serverless.yml',
      [
        'service: x',
        'provider:',
        '  name: aws',
        'custom:',
        "  suffix: '2019'",
        'resources:',
        '  Resources:',
        '    Db:',
        '      Type: AWS::RDS::DBInstance',
        '      Properties:',
        '        CACertificateIdentifier: rds-ca-${self:custom.suffix}',
        '    Other:',
        '      Type: AWS::RDS::DBInstance',
        '      Properties:',
        '        CACertificateIdentifier: ${opt:ca}',
        '',
      ].join('\n'),
    );
    expect(sls.pins.map((p) => [p.tool, p.line, p.value, p.via])).toEqual([
      ['serverless', 5, { kind: 'literal', ca: 'rds-ca-2019' }, ['self:custom.suffix (serverless.yml:5)']],
      [
        'serverless',
        15,
        { kind: 'expression', text: '${opt:ca}', missing: 'opt variables are resolved by the Serverless Framework at deploy time' },
        undefined,
      ],
    ]);
  });
});

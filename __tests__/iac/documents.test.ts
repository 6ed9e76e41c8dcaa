import { documentFacts } from '../../src/scan/iac/documents.js';

describe('documents', () => {
  it('reports a YAML parse error once for IaC files, and still judges the documents that parse', async () => {
    const text =
      'apiVersion: rds.services.k8s.aws/v1alpha1\nkind: DBInstance\nmetadata: {name: a}\nspec:\n  caCertificateIdentifier: rds-ca-2019\n---\nkey: [unclosed\n';
    const facts = await documentFacts('db.yaml', text);
    expect(facts.problems).toEqual([{ file: 'db.yaml', line: 7, parser: 'YAML', message: expect.any(String) }]);
    expect(facts.pins).toMatchObject([{ line: 5, tool: 'ack', value: { kind: 'literal', ca: 'rds-ca-2019' } }]);
  });

  it('names the JSON parser for .json files', async () => {
    const facts = await documentFacts('stack.json', '{\n  "Resources": {\n    "Db": { "Type": "AWS::RDS::DBInstance",\n  }\n');
    expect(facts.problems).toMatchObject([{ file: 'stack.json', parser: 'JSON' }]);
  });

  it('does not report CloudFormation tags, unrelated broken YAML, or Helm templates', async () => {
    expect(
      (
        await documentFacts(
          't.yaml',
          'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      CACertificateIdentifier: !Sub "${A}"\n',
        )
      ).problems,
    ).toEqual([]);
    expect((await documentFacts('app.yaml', 'ca_cert: /etc/ssl/ca.pem\nbroken: [\n')).problems).toEqual([]);
    const helm =
      'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  forProvider:\n    {{- if .Values.ca }}\n    caCertIdentifier: {{ .Values.ca }}\n    {{- end }}\n';
    const facts = await documentFacts('chart/templates/db.yaml', helm);
    expect(facts.problems).toEqual([]);
    expect(facts.pins).toEqual([
      expect.objectContaining({
        line: 8,
        value: { kind: 'expression', text: '{{ .Values.ca }}', missing: 'rendered by Helm or a Go template at deploy time' },
      }),
    ]);
  });

  it('catches a CA property set to an RDS CA id in other documents, and leaves the rest alone', async () => {
    const values = [
      'db:',
      '  caCertIdentifier: rds-ca-2019',
      '  caCertificateIdentifier: "{{ .Values.ca }}"',
      '  sslCaCert: rds-ca-2019',
      '  CACertificateIdentifier: /etc/ssl/rds.pem',
      'status:',
      '  atProvider:',
      '    caCertIdentifier: rds-ca-2019',
      'DBInstances:',
      '  - DBInstanceArn: arn:aws:rds:us-east-1:1:db:x',
      '    CACertificateIdentifier: rds-ca-2019',
      '',
    ].join('\n');
    const facts = await documentFacts('values.yaml', values);
    expect(facts.pins).toEqual([
      {
        file: 'values.yaml',
        line: 2,
        resource: 'db',
        attribute: 'caCertIdentifier',
        tool: 'crossplane',
        syntax: 'yaml',
        value: { kind: 'literal', ca: 'rds-ca-2019' },
      },
    ]);
  });

  it('judges AWS CLI calls in CI steps with their lines in the YAML file', async () => {
    const workflow = [
      'on: push',
      'jobs:',
      '  a:',
      '    env:',
      '      CA: rds-ca-2019',
      '    steps:',
      '      - run: |',
      '          echo start',
      '          aws rds modify-db-instance --db-instance-identifier x \\',
      '            --ca-certificate-identifier "$CA"',
      '      - run: aws rds modify-db-cluster --db-cluster-identifier c --ca-certificate-identifier ${{ vars.CA }}',
      '',
    ].join('\n');
    const facts = await documentFacts('.github/workflows/a.yml', workflow);
    expect(facts.pins.map((p) => [p.line, p.resource, p.value, p.via, p.declaredAt?.line])).toEqual([
      [
        5,
        'aws rds modify-db-instance --db-instance-identifier x',
        { kind: 'literal', ca: 'rds-ca-2019' },
        ['env CA (.github/workflows/a.yml:5)'],
        9,
      ],
      [
        11,
        'aws rds modify-db-cluster --db-cluster-identifier c',
        { kind: 'expression', text: '${{ vars.CA }}', missing: 'a CI expression evaluated at run time' },
        undefined,
        undefined,
      ],
    ]);
  });

  it('lists pins in file order, whatever order the resources are named in', async () => {
    const text = 'Resources:\n  B:\n    Type: AWS::RDS::DBInstance\n  A:\n    Type: AWS::RDS::DBInstance\n';
    expect((await documentFacts('t.yaml', text)).pins.map((p) => p.line)).toEqual([2, 4]);
  });
});

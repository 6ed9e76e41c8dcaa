import { documentFacts } from '../../src/scan/iac/documents.js';

const lit = (facts: Awaited<ReturnType<typeof documentFacts>>) =>
  facts.pins.map((p) => [p.line, p.resource, p.value.kind === 'literal' ? p.value.ca : p.value.kind]);

describe('YAML anchors, aliases and merge keys', () => {
  it('follows a merge key into CloudFormation Properties, the pin on the anchored line', async () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      'Metadata:',
      '  Defaults: &dbprops',
      '    Engine: postgres',
      '    CACertificateIdentifier: rds-ca-2019',
      'Resources:',
      '  Db:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties:',
      '      <<: *dbprops',
      '      DBInstanceClass: db.t3.micro',
      '  Db2:',
      '    Type: AWS::RDS::DBInstance',
      '    Properties: { <<: *dbprops, CACertificateIdentifier: rds-ca-rsa4096-g1 }',
      '',
    ].join('\n');
    expect(lit(await documentFacts('t.yaml', text))).toEqual([
      [5, 'Db (AWS::RDS::DBInstance)', 'rds-ca-2019'],
      [14, 'Db2 (AWS::RDS::DBInstance)', 'rds-ca-rsa4096-g1'],
    ]);
  });

  it('follows an alias in Crossplane, Ansible and Pulumi YAML, and a whole mapping by alias', async () => {
    const crossplane =
      'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata: {name: db, labels: {ca: &ca rds-ca-2019}}\nspec:\n  forProvider:\n    caCertIdentifier: *ca\n';
    expect(lit(await documentFacts('db.yaml', crossplane))).toEqual([[3, 'Instance/db', 'rds-ca-2019']]);
    const play =
      '- hosts: localhost\n  vars:\n    base: &a {ca_certificate_identifier: rds-ca-2019}\n  tasks:\n    - amazon.aws.rds_instance:\n        <<: *a\n        id: x\n';
    expect(lit(await documentFacts('play.yml', play))).toEqual([[3, 'amazon.aws.rds_instance x', 'rds-ca-2019']]);
    const pulumi =
      'name: p\nruntime: yaml\nvariables:\n  props: &p {caCertIdentifier: rds-ca-2019}\nresources:\n  db:\n    type: aws:rds:Instance\n    properties: *p\n';
    expect(lit(await documentFacts('Pulumi.yaml', pulumi))).toEqual([[4, 'db (aws:rds:Instance)', 'rds-ca-2019']]);
  });

  it('lets the first merged map win, survives a cycle, and refuses an alias bomb', async () => {
    const first = 'a: &a {caCertIdentifier: rds-ca-2019}\nb: &b {caCertIdentifier: rds-ca-rsa2048-g1}\nc:\n  <<: [*b, *a]\n';
    expect(lit(await documentFacts('values.yaml', first))).toEqual([
      [1, 'a', 'rds-ca-2019'],
      [2, 'b', 'rds-ca-rsa2048-g1'],
    ]);
    expect((await documentFacts('x.yaml', 'a: &a [*a]\ncaCertIdentifier: rds-ca-2019\n')).pins).toHaveLength(1);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
      'caCertIdentifier: rds-ca-2019',
      '',
    ].join('\n');
    const facts = await documentFacts('bomb.yaml', bomb);
    expect(facts.pins).toHaveLength(1);
    expect(facts.problems).toMatchObject([{ unsupported: true }]);
  });
});

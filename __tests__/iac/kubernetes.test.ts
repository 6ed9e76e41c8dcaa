import { documentFacts } from '../../src/scan/iac/documents.js';

describe('Crossplane and ACK', () => {
  it('reads managed resources with identifiers, and absent CAs where they matter', async () => {
    const text = [
      'apiVersion: rds.aws.upbound.io/v1beta1',
      'kind: Instance',
      'metadata:',
      '  name: db',
      '  annotations:',
      '    crossplane.io/external-name: prod-db',
      'spec:',
      '  initProvider:',
      '    caCertIdentifier: rds-ca-2019',
      '---',
      'apiVersion: rds.aws.upbound.io/v1beta1',
      'kind: Cluster',
      'metadata: {name: c}',
      'spec: {forProvider: {}}',
      '---',
      'apiVersion: rds.services.k8s.aws/v1alpha1',
      'kind: DBInstance',
      'metadata: {name: a}',
      'spec:',
      '  dbInstanceIdentifier: ack-db',
      '',
    ].join('\n');
    const facts = await documentFacts('db.yaml', text);
    expect(facts.pins.map((p) => [p.line, p.resource, p.tool, p.attribute, p.value.kind])).toEqual([
      [9, 'Instance/db', 'crossplane', 'caCertIdentifier', 'literal'],
      [17, 'DBInstance/a', 'ack', 'caCertificateIdentifier', 'absent'],
    ]);
    expect(facts.declarations.map((d) => [d.resource, d.kind, d.identifier])).toEqual([
      ['Instance/db', 'instance', 'prod-db'],
      ['Cluster/c', 'cluster', 'c'],
      ['DBInstance/a', 'instance', 'ack-db'],
    ]);
  });

  it('reads Composition bases, patch sets that write the CA, and inline go-templates', async () => {
    const text = [
      'apiVersion: apiextensions.crossplane.io/v1',
      'kind: Composition',
      'metadata: {name: comp}',
      'spec:',
      '  patchSets:',
      '    - name: ca',
      '      patches:',
      '        - fromFieldPath: spec.ca',
      '          toFieldPath: spec.forProvider.caCertIdentifier',
      '  mode: Pipeline',
      '  pipeline:',
      '    - step: render',
      '      input:',
      '        inline:',
      '          template: |',
      '            apiVersion: rds.aws.upbound.io/v1beta1',
      '            kind: Instance',
      '            spec:',
      '              forProvider:',
      '                caCertIdentifier: rds-ca-2019',
      '    - step: pt',
      '      input:',
      '        resources:',
      '          - name: db',
      '            base: {apiVersion: rds.aws.upbound.io/v1beta1, kind: Instance}',
      '            patches:',
      '              - type: PatchSet',
      '                patchSetName: ca',
      '',
    ].join('\n');
    const facts = await documentFacts('comp.yaml', text);
    expect(facts.pins.map((p) => [p.line, p.resource, p.value.kind])).toEqual([
      [8, 'Composition comp: db (Instance)', 'expression'],
      [20, 'Instance/(unnamed)', 'literal'],
    ]);
  });
});

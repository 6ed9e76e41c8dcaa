import { documentFacts } from '../../src/scan/iac/documents.js';

const row = (p: { line: number; tool: string; resource: string; attribute: string; value: { kind: string; ca?: string } }) => [
  p.line,
  p.tool,
  p.resource,
  p.attribute,
  p.value.kind === 'literal' ? p.value.ca : p.value.kind,
];

const KUSTOMIZATION = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources: [../../base]',
  'patches:',
  '  - target:',
  '      group: rds.aws.upbound.io',
  '      kind: Instance',
  '      name: db',
  '    patch: |-',
  '      - op: replace',
  '        path: /spec/forProvider/caCertIdentifier',
  '        value: rds-ca-2019',
  '  - path: ca-patch.yaml',
  '    target: {group: rds.services.k8s.aws, kind: DBInstance}',
  '  - path: smp.yaml',
  '  - patch: |-',
  '      apiVersion: rds.aws.upbound.io/v1beta1',
  '      kind: Instance',
  '      metadata: {name: db}',
  '      spec:',
  '        forProvider:',
  '          caCertIdentifier: rds-ca-2015',
  'patchesJson6902:',
  '  - target: {kind: DBCluster, group: rds.services.k8s.aws, version: v1alpha1, name: c}',
  '    patch: \'[{"op": "add", "path": "/spec/caCertificateIdentifier", "value": "rds-ca-2019"}]\'',
  '',
].join('\n');

describe('Kustomize patches', () => {
  it("judges inline JSON 6902 and strategic-merge patches with the target's tool", async () => {
    const facts = await documentFacts('overlays/prod/kustomization.yaml', KUSTOMIZATION);
    expect(facts.pins.map(row)).toEqual([
      [12, 'crossplane', 'Instance/db (Kustomize patch replace /spec/forProvider/caCertIdentifier)', 'caCertIdentifier', 'rds-ca-2019'],
      [22, 'crossplane', 'Instance/db', 'caCertIdentifier', 'rds-ca-2015'],
      [25, 'ack', 'DBCluster/c (Kustomize patch add /spec/caCertificateIdentifier)', 'caCertificateIdentifier', 'rds-ca-2019'],
    ]);
    expect(facts.declarations).toEqual([]);
  });

  it('judges a patch file with the target the kustomization gives it, else by its path', async () => {
    const patch = '- op: replace\n  path: /spec/caCertificateIdentifier\n  value: rds-ca-2019\n';
    const smp =
      'apiVersion: rds.aws.upbound.io/v1beta1\nkind: Instance\nmetadata: {name: db}\nspec:\n  forProvider:\n    instanceClass: db.t3.large\n';
    const files: Record<string, string> = {
      'overlays/prod/kustomization.yaml': KUSTOMIZATION,
      'overlays/prod/ca-patch.yaml': patch,
      'overlays/prod/smp.yaml': smp,
    };
    const workspace = { files: Object.keys(files), read: (p: string) => files[p] };
    expect((await documentFacts('overlays/prod/ca-patch.yaml', patch, workspace)).pins.map(row)).toEqual([
      [3, 'ack', 'DBInstance/* (Kustomize patch replace /spec/caCertificateIdentifier)', 'caCertificateIdentifier', 'rds-ca-2019'],
    ]);
    const alone = '- op: add\n  path: /spec/forProvider\n  value:\n    caCertIdentifier: rds-ca-2019\n';
    expect((await documentFacts('p.yaml', alone)).pins.map(row)).toEqual([
      [4, 'crossplane', 'the patched resource (Kustomize patch add /spec/forProvider)', 'caCertIdentifier', 'rds-ca-2019'],
    ]);
    // A strategic-merge patch that does not touch the CA says nothing about it (no "not set" notice, no declaration).
    const facts = await documentFacts('overlays/prod/smp.yaml', smp, workspace);
    expect([facts.pins, facts.declarations]).toEqual([[], []]);
  });
});

import { documentFacts } from '../../src/scan/iac/documents.js';

const PROGRAM =
  'name: app\nruntime: yaml\nconfig:\n  ca:\n    type: string\nresources:\n  db:\n    type: aws:rds:Instance\n    properties:\n      caCertIdentifier: ${ca}\n';

describe('Pulumi YAML', () => {
  it('reads stack settings beside the program, one pin per stack file', async () => {
    const files = {
      'infra/Pulumi.yaml': PROGRAM,
      'infra/Pulumi.prod.yaml': 'config:\n  app:ca: rds-ca-2019\n',
      'infra/Pulumi.dev.yaml': 'config: {}\n',
    };
    const workspace = { files: Object.keys(files), read: (p: string) => files[p as keyof typeof files] };
    const facts = await documentFacts('infra/Pulumi.yaml', PROGRAM, workspace);
    expect(facts.pins.map((p) => [p.file, p.line, p.value, p.via, p.declaredAt])).toEqual([
      [
        'infra/Pulumi.prod.yaml',
        2,
        { kind: 'literal', ca: 'rds-ca-2019' },
        ['config ca (infra/Pulumi.prod.yaml:2)'],
        { file: 'infra/Pulumi.yaml', line: 7 },
      ],
      [
        'infra/Pulumi.yaml',
        10,
        { kind: 'expression', text: '${ca}', missing: 'infra/Pulumi.dev.yaml does not set app:ca and the project has no default' },
        undefined,
        undefined,
      ],
    ]);
  });

  it('without the stack files, says they were not read', async () => {
    const facts = await documentFacts('Pulumi.yaml', PROGRAM);
    expect(facts.pins).toMatchObject([
      {
        tool: 'pulumi',
        syntax: 'yaml',
        value: { kind: 'expression', missing: 'config ca is set per stack in Pulumi.<stack>.yaml, which was not read' },
      },
    ]);
  });
});

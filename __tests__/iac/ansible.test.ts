import { documentFacts } from '../../src/scan/iac/documents.js';

describe('Ansible', () => {
  it('reads rds_instance tasks in plays, blocks and handlers, resolving vars', async () => {
    const text = [
      '- hosts: localhost',
      '  vars:',
      '    ca: rds-ca-2019',
      '  tasks:',
      '    - name: create',
      '      amazon.aws.rds_instance:',
      '        db_instance_identifier: main',
      '        ca_certificate_identifier: "{{ ca }}"',
      '    - block:',
      '        - rds_instance: id=free ca_certificate_identifier=rds-ca-2015',
      '      always:',
      '        - community.aws.rds_instance:',
      '            id: bare',
      '  handlers:',
      '    - amazon.aws.rds_instance:',
      '        id: "{{ name }}"',
      '        ca_certificate_identifier: "{{ other }}"',
      '',
    ].join('\n');
    const facts = await documentFacts('site.yml', text);
    expect(facts.pins.map((p) => [p.line, p.resource, p.value, p.via])).toEqual([
      [3, 'amazon.aws.rds_instance main', { kind: 'literal', ca: 'rds-ca-2019' }, ['vars.ca (site.yml:3)']],
      [10, 'rds_instance free', { kind: 'literal', ca: 'rds-ca-2015' }, undefined],
      [12, 'community.aws.rds_instance bare', { kind: 'absent' }, undefined],
      [
        17,
        'amazon.aws.rds_instance',
        {
          kind: 'expression',
          text: '{{ other }}',
          missing: "other is not set in this file's vars (inventory, group_vars, role defaults or extra vars decide it)",
        },
        undefined,
      ],
    ]);
    expect(facts.declarations.map((d) => [d.line, d.identifier, d.tool])).toEqual([
      [6, 'main', 'ansible'],
      [10, 'free', 'ansible'],
      [12, 'bare', 'ansible'],
      [15, undefined, 'ansible'],
    ]);
  });
});

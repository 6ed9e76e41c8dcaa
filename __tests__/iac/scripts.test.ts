import { scriptFacts } from '../../src/scan/iac/scripts.js';

describe('AWS CLI in scripts', () => {
  it('reads options, quoting, continuations, variables, defaults and the account default', async () => {
    const text = [
      '#!/bin/sh',
      'CA=rds-ca-2019',
      'aws rds modify-db-instance \\',
      '  --db-instance-identifier a \\',
      '  --ca-certificate-identifier "$CA"',
      'aws rds modify-db-instance --db-instance-identifier b --ca-certificate-identifier=${NEW:-rds-ca-rsa2048-g1}',
      'aws rds create-db-instance --db-instance-identifier c --engine postgres',
      'aws rds modify-certificates --certificate-identifier rds-ca-2019',
      'aws rds modify-db-instance --db-instance-identifier d --ca-certificate-identifier "$(pick-ca)"',
      '',
    ].join('\n');
    const facts = await scriptFacts('rotate.sh', text);
    expect(facts.pins.map((p) => [p.line, p.resource, p.attribute, p.value, p.via])).toEqual([
      [
        2,
        'aws rds modify-db-instance --db-instance-identifier a',
        '--ca-certificate-identifier',
        { kind: 'literal', ca: 'rds-ca-2019' },
        ['CA (rotate.sh:2)'],
      ],
      [
        6,
        'aws rds modify-db-instance --db-instance-identifier b',
        '--ca-certificate-identifier',
        { kind: 'literal', ca: 'rds-ca-rsa2048-g1' },
        ['${NEW:-…} (NEW is not set in this script)'],
      ],
      [7, 'aws rds create-db-instance --db-instance-identifier c', '--ca-certificate-identifier', { kind: 'absent' }, undefined],
      [8, 'aws rds modify-certificates', '--certificate-identifier', { kind: 'literal', ca: 'rds-ca-2019' }, undefined],
      [
        9,
        'aws rds modify-db-instance --db-instance-identifier d',
        '--ca-certificate-identifier',
        { kind: 'expression', text: '$(pick-ca)', missing: 'computed by a command at run time' },
        undefined,
      ],
    ]);
    expect(facts.pins[0]).toMatchObject({ tool: 'aws-cli', syntax: 'shell', declaredAt: { file: 'rotate.sh', line: 3 } });
    expect(facts.declarations).toEqual([
      {
        file: 'rotate.sh',
        line: 7,
        tool: 'aws-cli',
        syntax: 'shell',
        resource: 'aws rds create-db-instance --db-instance-identifier c',
        kind: 'instance',
        identifier: 'c',
        attribute: '--ca-certificate-identifier',
      },
    ]);
  });

  it('reports a Bash parse error where a CA option is, and still judges the calls that parse', async () => {
    const facts = await scriptFacts('x.sh', 'aws rds modify-db-instance --ca-certificate-identifier rds-ca-2019\nif [ x ; then\n');
    expect(facts.problems).toMatchObject([{ file: 'x.sh', parser: 'Bash' }]);
    expect(facts.pins).toHaveLength(1);
  });

  it('reads Makefile recipes and Dockerfile RUN lines, and reports a Jenkinsfile it cannot parse', async () => {
    const make = await scriptFacts('Makefile', 'CA = rds-ca-2019\nx:\n\taws rds modify-db-instance --ca-certificate-identifier $(CA)\n');
    expect(make.pins).toMatchObject([
      { line: 1, value: { kind: 'literal', ca: 'rds-ca-2019' }, via: ['CA (Makefile:1)'], declaredAt: { line: 3 } },
    ]);
    const docker = await scriptFacts(
      'Dockerfile',
      'FROM x\nRUN --mount=type=secret,id=a aws rds modify-db-instance \\\n  --ca-certificate-identifier rds-ca-2015\n',
    );
    expect(docker.pins).toMatchObject([{ line: 3, value: { kind: 'literal', ca: 'rds-ca-2015' } }]);
    const jenkins = await scriptFacts(
      'Jenkinsfile',
      "pipeline {\n  stages { stage('x') { steps {\n    sh 'aws rds modify-db-instance --ca-certificate-identifier rds-ca-2019'\n  } } }\n}\n",
    );
    expect(jenkins.problems).toMatchObject([{ line: 3, parser: 'Groovy' }]);
  });
});

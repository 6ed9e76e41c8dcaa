import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { INPUTS, parseInputs, type InputName } from '../src/inputs/index.js';
import { InputError } from '../src/errors.js';

const catalog = embeddedCatalog();
const parseWith = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = {}) =>
  parseInputs((name) => inputs[name], env, catalog, '/ws');
const problems = (inputs: Partial<Record<InputName, string>>, env: NodeJS.ProcessEnv = {}): string[] => {
  try {
    parseWith(inputs, env);
  } catch (error) {
    if (error instanceof InputError) return error.problems;
    throw error;
  }
  return [];
};

describe('inputs', () => {
  it('action.yml declares exactly these inputs with these defaults', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    expect(Object.keys(action.inputs)).toEqual(Object.keys(INPUTS));
    for (const [name, spec] of Object.entries(INPUTS)) expect([name, String(action.inputs[name].default)]).toEqual([name, spec.default]);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.outputs)).toEqual([
      'result',
      'errors',
      'warnings',
      'report-file',
      'sarif-file',
      'noncompliant',
      'inspected',
      'issue-number',
      'issue-url',
      'issues',
      'rotated',
      'failed',
      'skipped',
    ]);
  });

  it('applies the defaults when nothing is set', () => {
    const config = parseWith({ offline: 'true' }, { RUNNER_TEMP: '/tmp/runner' });
    expect(config).toMatchObject({
      mode: 'check',
      offline: true,
      approvedCa: ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'],
      paths: ['**'],
      exclude: [],
      truststorePasswords: ['changeit'],
      requireBundle: false,
      failOn: 'error',
      reportFile: '/tmp/runner/rds-ca-guard-report.json',
      maxFileBytes: 5 * 1024 * 1024,
    });
    expect(config.regions).toHaveLength(34);
    expect(config.sarifFile).toBeUndefined();
  });

  it('takes the region from AWS_REGION, lists with commas or newlines, paths relative to the workspace', () => {
    expect(parseWith({ offline: 'true' }, { AWS_REGION: 'eu-west-1' }).regions).toEqual(['eu-west-1']);
    const config = parseWith({
      regions: 'us-east-1,\n eu-west-1\n',
      exclude: 'a/**\nb/**',
      'sarif-file': 'out/r.sarif',
      'truststore-passwords': 'a,b\nc',
    });
    expect(config.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(config.exclude).toEqual(['a/**', 'b/**']);
    expect(config.sarifFile).toBe('/ws/out/r.sarif');
    expect(config.truststorePasswords).toEqual(['changeit', 'a,b', 'c']);
  });

  it('takes one truststore password per line, a comma being part of the password even on a single line', () => {
    expect(parseWith({ offline: 'true', 'truststore-passwords': 'Tr0ub4dor,3' }).truststorePasswords).toEqual(['changeit', 'Tr0ub4dor,3']);
    expect(parseWith({ offline: 'true', 'truststore-passwords': ' first \n\nsecond,x\n' }).truststorePasswords).toEqual([
      'changeit',
      'first',
      'second,x',
    ]);
  });

  it('refuses numbers that are not plain decimals, naming the input, the value and what is accepted', () => {
    expect(
      problems({
        offline: 'true',
        'max-databases': '0x10',
        concurrency: '1e1',
        'expiry-warning-days': '1e308',
        'probe-timeout-seconds': '1.5',
        'max-file-size-mb': '1e308',
      }),
    ).toEqual([
      'Input `max-file-size-mb` is "1e308"; accepted: a plain decimal number of megabytes above 0 and at most 1024, e.g. 5 or 0.5.',
      'Input `expiry-warning-days` is "1e308"; accepted: a whole number in plain decimal digits from 0 to 36500.',
      'Input `probe-timeout-seconds` is "1.5"; accepted: a whole number in plain decimal digits from 1 to 120.',
      'Input `max-databases` is "0x10"; accepted: a whole number in plain decimal digits from 1 to 10000.',
      'Input `concurrency` is "1e1"; accepted: a whole number in plain decimal digits from 1 to 50.',
    ]);
    expect(problems({ offline: 'true', 'wait-poll-seconds': ' 1.5' })).toEqual([
      'Input `wait-poll-seconds` is "1.5"; accepted: a whole number in plain decimal digits from 1 to 600.',
    ]);
    expect(parseWith({ offline: 'true', 'max-file-size-mb': '0.5', 'max-databases': '16' })).toMatchObject({
      maxFileBytes: 524288,
      rotate: { maxDatabases: 16 },
    });
  });

  it('names an empty list item as such, once per input', () => {
    expect(problems({ regions: 'us-east-1,,eu-west-1', tags: 'a=b,,c=d' })).toEqual([
      'Input `regions` has an empty item in "us-east-1,,eu-west-1"; accepted: items separated by one comma or newline, none of them empty.',
      'Input `tags` has an empty item in "a=b,,c=d"; accepted: items separated by one comma or newline, none of them empty.',
    ]);
    expect(problems({ offline: 'true', 'approved-ca': ',' })).toEqual([
      'Input `approved-ca` has an empty item in ","; accepted: items separated by one comma or newline, none of them empty.',
      'Input `approved-ca` is empty; accepted: one or more of rds-ca-2010, rds-ca-2015, rds-ca-2017, rds-ca-2019, rds-ca-ecc384-g1, rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 (the first is the target).',
    ]);
  });

  it('states the default issue title in action.yml as the code makes it', () => {
    const action = parse(readFileSync('action.yml', 'utf8'));
    const title = parseWith({ offline: 'true', environment: 'prod' }, { GITHUB_REPOSITORY: 'acme/infra' }).report.title;
    expect(title).toBe('RDS CA rotation: acme/infra (prod)');
    const documented = 'RDS CA rotation: <repository>[ (<environment>)]';
    expect(action.inputs['issue-title'].description).toContain(documented);
    expect(INPUTS['issue-title'].defaultShown).toContain(documented);
  });

  it('names the input, the value and what is accepted, for every bad value at once', () => {
    expect(
      problems({
        mode: 'audit',
        offline: 'yes',
        'fail-on': 'sometimes',
        'approved-ca': 'rds-ca-rsa2048-g2',
        regions: 'US East',
        'max-file-size-mb': '-1',
      }),
    ).toEqual([
      'Input `mode` is "audit"; accepted: check, report, rotate, aggregate.',
      'Input `offline` is "yes"; accepted: true, false.',
      'Input `approved-ca` has unknown CA identifier "rds-ca-rsa2048-g2"; accepted: rds-ca-2010, rds-ca-2015, rds-ca-2017, rds-ca-2019, rds-ca-ecc384-g1, rds-ca-rsa2048-g1, rds-ca-rsa4096-g1 (the first is the target).',
      'Input `regions` has invalid region name "US East"; accepted: names like us-east-1, eu-west-2, us-gov-west-1, cn-north-1, or `all` alone.',
      'Input `max-file-size-mb` is "-1"; accepted: a plain decimal number of megabytes above 0 and at most 1024, e.g. 5 or 0.5.',
      'Input `fail-on` is "sometimes"; accepted: error, warning, never.',
    ]);
  });

  it('defaults fail-on to never in report mode, and names what report mode needs', () => {
    const env = { GITHUB_REPOSITORY: 'acme/infra', GITHUB_TOKEN: 'ghs_x' };
    expect(parseWith({ mode: 'report', offline: 'true' }, env)).toMatchObject({
      failOn: 'never',
      report: { key: 'acme/infra', labels: ['rds-ca'], token: 'ghs_x', title: 'RDS CA rotation: acme/infra' },
    });
    expect(
      parseWith({ mode: 'report', offline: 'true', 'fail-on': 'error', environment: 'prod', 'github-token': '${{ github.token }}' }, env),
    ).toMatchObject({ failOn: 'error', report: { key: 'acme/infra:prod', token: 'ghs_x' } });
    expect(parseWith({ mode: 'report', offline: 'true', environment: 'Prod' }, env).report.key).toBe('acme/infra:prod');
    expect(problems({ mode: 'report', offline: 'true', 'issue-labels': ' ' })).toEqual([
      'Report mode needs GITHUB_REPOSITORY (owner/name), which the runner sets; set it when running elsewhere.',
      'Input `github-token` is empty and GITHUB_TOKEN is not set; report mode needs a token with `issues: write`.',
    ]);
  });

  it('needs a region when not offline', () => {
    expect(problems({})[0]).toMatch(/`regions` is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; .* or set `offline: true`/);
  });
});

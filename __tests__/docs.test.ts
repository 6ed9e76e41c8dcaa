import { readFileSync } from 'node:fs';
import { INPUTS } from '../src/inputs/index.js';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('documents every rule with its id and severity', () => {
    for (const rule of RULES) expect(readme).toMatch(new RegExp(`\\| \`${rule.id}\` \\| [^|]*${rule.severity}`));
  });

  it('documents every input and output', () => {
    for (const name of Object.keys(INPUTS)) expect(readme).toContain(`| \`${name}\` |`);
    for (const name of [
      'result',
      'errors',
      'warnings',
      'report-file',
      'sarif-file',
      'noncompliant',
      'inspected',
      'issue-number',
      'issue-url',
      'rotated',
      'failed',
      'skipped',
    ])
      expect(readme).toContain(`| \`${name}\` |`);
  });

  it('gives the two commands, and .ci/run runs the test one', () => {
    expect(readme).toContain('node dist/cli.js check --offline .');
    expect(readme).toMatch(/^npm ci && npm test\s/m);
    expect(readFileSync('.ci/run', 'utf8').trim().split('\n').pop()).toBe('npm ci && npm test');
  });
});

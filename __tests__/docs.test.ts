import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS, type InputDeclaration } from '../src/inputs/index.js';
import {
  ACTION_MARKERS,
  actionDescription,
  actionInputsBlock,
  generatedPart,
  README_MARKERS,
  readmeInputsTable,
} from '../src/inputs/docs.js';
import { RULES } from '../src/rules/index.js';

const readme = readFileSync('README.md', 'utf8');
const actionYml = readFileSync('action.yml', 'utf8');
const DECLARED: Readonly<Record<string, InputDeclaration>> = INPUTS;

describe('the generated inputs', () => {
  it("are action.yml's inputs block and the README's inputs table, as the declaration makes them (npm run build)", () => {
    expect(generatedPart(actionYml, ACTION_MARKERS)).toBe(actionInputsBlock(INPUTS));
    expect(generatedPart(readme, README_MARKERS)).toBe(readmeInputsTable(INPUTS));
  });

  it('read back from action.yml as declared', () => {
    const inputs = parse(actionYml).inputs;
    for (const [name, input] of Object.entries(INPUTS))
      expect([name, inputs[name]]).toEqual([name, { description: actionDescription(input), required: false, default: input.default }]);
  });

  it('say first which mode uses an input that one mode alone uses', () => {
    for (const [name, input] of Object.entries(INPUTS)) {
      const only = input.modes.length === 1 ? `${input.modes[0][0].toUpperCase()}${input.modes[0].slice(1)} mode: ` : undefined;
      if (only) expect([name, input.description.slice(0, only.length)]).toEqual([name, only]);
      else expect([name, input.description]).not.toEqual([name, expect.stringMatching(/^(Check|Report|Rotate) mode: /)]);
    }
  });

  it('name ranges and accepted values as the parser takes them', () => {
    for (const [name, input] of Object.entries(DECLARED)) {
      const kind = input.kind;
      if (kind.type === 'whole' && /\d+ to \d+/.test(input.description))
        expect([name, input.description]).toEqual([name, expect.stringContaining(`${kind.min} to ${kind.max}`)]);
      if (kind.type === 'choice')
        for (const value of kind.accepted)
          expect([name, `${input.description} ${input.defaultShown ?? ''}`]).toEqual([name, expect.stringContaining(`\`${value}\``)]);
    }
  });
});

describe('README', () => {
  it('documents every rule with its id and severity', () => {
    for (const rule of RULES) expect(readme).toMatch(new RegExp(`\\| \`${rule.id}\` \\| [^|]*${rule.severity}`));
  });

  it('documents every input and output', () => {
    for (const name of Object.keys(INPUTS)) expect(readme).toContain(`| \`${name}\` |`);
    // action.yml's outputs, which inputs.test.ts holds to the list the action sets.
    for (const name of Object.keys(parse(actionYml).outputs)) expect(readme).toContain(`| \`${name}\` |`);
  });

  it('gives the two commands, and .ci/run runs the test one, then check-dist (its own CI job)', () => {
    expect(readme).toContain('node dist/cli.js check --offline .');
    expect(readme).toMatch(/^npm ci && npm test\s/m);
    const steps = readFileSync('.ci/run', 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(steps.slice(-2)).toEqual(['npm ci && npm test', 'npm run check-dist']);
  });
});

describe('the version', () => {
  it("is package.json's, as the reports name it", async () => {
    const { VERSION } = await import('../src/base/version.js');
    expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

/**
 * action.yml's `inputs:` block and the README's inputs table, written from the declaration by
 * `npm run build` (scripts/generate-inputs.mjs) and held to it by `npm run check-dist` and
 * __tests__/docs.test.ts. Imports nothing at run time, so the build can load it on its own.
 */
import type { InputDeclaration } from './kinds.js';

type Declarations = Readonly<Record<string, InputDeclaration>>;

export const ACTION_MARKERS = [
  '# inputs: generated from src/inputs/ by `npm run build`; edit the declaration, not this block',
  '# /inputs',
] as const;
export const README_MARKERS = [
  '<!-- inputs: generated from src/inputs/ by `npm run build`; edit the declaration, not this table -->',
  '<!-- /inputs -->',
] as const;

/** What action.yml says of an input: its description, then what an unset input means when `default` does not say it. */
export function actionDescription(input: InputDeclaration): string {
  return input.defaultShown ? `${input.description} Default: ${input.defaultShown}.` : input.description;
}

/** A YAML scalar: plain where YAML reads it back as this very string, else double-quoted (JSON's escapes are YAML's). */
function scalar(value: string): string {
  const plain =
    /^[A-Za-z$(.]/.test(value) &&
    !/: | #|:$|\s$|\n/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[.+-]?\d/.test(value);
  return plain ? value : JSON.stringify(value);
}

export function actionInputsBlock(inputs: Declarations): string {
  const lines = [ACTION_MARKERS[0], 'inputs:'];
  for (const [name, input] of Object.entries(inputs)) {
    lines.push(`  ${name}:`, `    description: ${scalar(actionDescription(input))}`, '    required: false');
    lines.push(`    default: ${scalar(input.default)}`);
  }
  return [...lines, ACTION_MARKERS[1]].join('\n');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

export function readmeInputsTable(inputs: Declarations): string {
  const lines = [README_MARKERS[0], '| Input | Default | What it does |', '| --- | --- | --- |'];
  for (const [name, input] of Object.entries(inputs)) {
    const shown = input.defaultShown ?? (input.default ? `\`${input.default}\`` : '(none)');
    lines.push(`| \`${name}\` | ${cell(shown)} | ${cell(input.description)} |`);
  }
  return [...lines, README_MARKERS[1]].join('\n');
}

/** The text between (and including) the two markers; undefined when they are not there once each, in order. */
export function generatedPart(text: string, [begin, end]: readonly [string, string]): string | undefined {
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from || text.indexOf(begin, from + 1) >= 0 || text.indexOf(end, to + 1) >= 0) return undefined;
  return text.slice(from, to + end.length);
}

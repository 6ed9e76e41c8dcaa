// Writes action.yml's `inputs:` block and the README's inputs table from the input declaration
// (src/inputs/declaration.ts), between the marker lines of src/inputs/docs.ts.
//   node scripts/generate-inputs.mjs          rewrite them (npm run build does)
//   node scripts/generate-inputs.mjs --check  fail when either is stale (npm run check-dist does)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

/** src/inputs/ as JavaScript in a temporary directory: the declaration and its renderer import nothing else. */
async function loadDeclaration() {
  const dir = mkdtempSync(join(tmpdir(), 'rcg-inputs-'));
  try {
    mkdirSync(join(dir, 'inputs'));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
    for (const file of readdirSync('src/inputs').filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join('src/inputs', file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
      });
      writeFileSync(join(dir, 'inputs', file.replace(/\.ts$/, '.js')), outputText);
    }
    const { INPUTS } = await import(pathToFileURL(join(dir, 'inputs/declaration.js')).href);
    const docs = await import(pathToFileURL(join(dir, 'inputs/docs.js')).href);
    return { INPUTS, docs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Brings action.yml and README.md in step with the declaration, or with `check` only compares.
 * Returns the problems: a stale or unmarked file, each with its fix.
 */
export async function generateInputs({ check = false } = {}) {
  const { INPUTS, docs } = await loadDeclaration();
  const targets = [
    { file: 'action.yml', markers: docs.ACTION_MARKERS, block: docs.actionInputsBlock(INPUTS) },
    { file: 'README.md', markers: docs.README_MARKERS, block: docs.readmeInputsTable(INPUTS) },
  ];
  const problems = [];
  for (const { file, markers, block } of targets) {
    const text = readFileSync(file, 'utf8');
    const current = docs.generatedPart(text, markers);
    if (current === undefined) {
      problems.push(
        `${file} lacks the generated inputs' marker lines (${markers.join(' … ')}), once each: put them back around its inputs.`,
      );
    } else if (current !== block) {
      if (check) problems.push(`${file}: its generated inputs are out of date with src/inputs/. Run \`npm run build\` and commit ${file}.`);
      else
        writeFileSync(
          file,
          text.replace(current, () => block),
        );
    }
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = await generateInputs({ check: process.argv.includes('--check') });
  for (const problem of problems) console.error(problem);
  if (problems.length) process.exitCode = 1;
}

// Bundles the action (dist/index.js) and the CLI (dist/cli/, started by dist/cli.js) with ncc, and
// writes action.yml's inputs and the README's inputs table from src/inputs/ (scripts/generate-inputs.mjs).
//   node scripts/build.mjs          rebuild dist/, action.yml's inputs and the README's inputs table
//   node scripts/build.mjs --check  fail if any of them differs from what src/ makes
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { generateInputs } from './generate-inputs.mjs';

// Kept in step with GRAMMAR_FILES in src/scan/iac/syntax.ts (__tests__/iac/syntax.test.ts holds them equal).
const GRAMMAR_FILES = [
  ['web-tree-sitter/web-tree-sitter.js', 'web-tree-sitter.mjs'],
  'web-tree-sitter/web-tree-sitter.wasm',
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-c-sharp.wasm',
  '@vscode/tree-sitter-wasm/wasm/tree-sitter-bash.wasm',
];

const check = process.argv.includes('--check');
// Before the bundle: a stale or unmarked file is named even when the bundle is current.
const stale = await generateInputs({ check });
for (const problem of stale) console.error(problem);
if (stale.length) process.exitCode = 1;
else if (!check) console.log("action.yml's inputs and the README's inputs table written from src/inputs/.");

const out = mkdtempSync(join(tmpdir(), 'rcg-build-'));
const fresh = join(out, 'dist');
const ncc = (entry, dir, extra = []) =>
  execFileSync(process.execPath, ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build', entry, '-o', dir, '--quiet', ...extra], {
    stdio: 'inherit',
  });

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)))
    .sort();
}

try {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
  ncc('src/main.ts', fresh, ['--license', 'licenses.txt']);
  ncc('src/cli.ts', join(fresh, 'cli'), ['--license', 'licenses.txt']);
  // The parsers' WebAssembly, read at run time by src/scan/iac/syntax.ts from dist/grammars/.
  const grammars = join(fresh, 'grammars');
  mkdirSync(grammars);
  for (const entry of GRAMMAR_FILES) {
    const [pkg, name] = Array.isArray(entry) ? entry : [entry, basename(entry)];
    cpSync(join('node_modules', pkg), join(grammars, name));
  }
  // Their licences, one file for the folder as ncc writes one per bundle.
  const packages = [
    ...new Set(
      GRAMMAR_FILES.map((e) =>
        (Array.isArray(e) ? e[0] : e)
          .split('/')
          .slice(0, -1)
          .join('/')
          .replace(/\/wasm$/, ''),
      ),
    ),
  ];
  const licence = (pkg) => `${pkg}\n${readFileSync(join('node_modules', pkg, 'LICENSE'), 'utf8').trim()}\n`;
  writeFileSync(join(grammars, 'licenses.txt'), packages.map(licence).join('\n'));
  writeFileSync(join(fresh, 'cli.js'), "#!/usr/bin/env node\n// The CLI; its bundle is dist/cli/index.js.\nimport './cli/index.js';\n");
  if (check) {
    const want = files(fresh);
    const have = files('dist');
    const differ = [...new Set([...want, ...have])].filter(
      (f) => !want.includes(f) || !have.includes(f) || !readFileSync(join('dist', f)).equals(readFileSync(join(fresh, f))),
    );
    if (differ.length) {
      console.error(`dist/ does not match src/: ${differ.map((f) => `dist/${f}`).join(', ')}. Run \`npm run build\` and commit dist/.`);
      process.exitCode = 1;
    } else
      console.log(`dist/ matches a fresh build of src/${stale.length ? '' : "; action.yml's and the README's inputs match src/inputs/"}.`);
  } else {
    rmSync('dist', { recursive: true, force: true });
    mkdirSync('dist');
    cpSync(fresh, 'dist', { recursive: true });
    console.log('dist/ rebuilt.');
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}

/**
 * Real parsers for infrastructure code: tree-sitter grammars compiled to WebAssembly (HCL from
 * tree-sitter-grammars, TypeScript/JavaScript, Python, Go, Java, C# and Bash from VS Code's
 * builds), run by web-tree-sitter. One parsing API for every language, with exact positions,
 * comments as their own nodes, and no native code to build. Each grammar loads on first use, so
 * a repository without CDK code never pays for the TypeScript grammar.
 *
 * dist/ carries the .wasm files in dist/grammars/ (scripts/build.mjs copies them); from src/
 * (tests, ts-jest) they are read from node_modules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import type { Language, Node, Tree } from 'web-tree-sitter';

export type { Node } from 'web-tree-sitter';

export type Grammar = 'hcl' | 'typescript' | 'python' | 'go' | 'java' | 'c-sharp' | 'bash';

/** Each wasm file: its name in dist/grammars/ and where npm puts it. */
export const GRAMMAR_FILES: Record<Grammar | 'runtime' | 'module', { file: string; pkg: string }> = {
  // web-tree-sitter itself is loaded from dist/grammars too, not bundled: ncc's rewrite of its
  // `import('module')` loses `createRequire` (a function's properties are not copied to the namespace).
  module: { file: 'web-tree-sitter.mjs', pkg: 'web-tree-sitter/web-tree-sitter.js' },
  runtime: { file: 'web-tree-sitter.wasm', pkg: 'web-tree-sitter/web-tree-sitter.wasm' },
  hcl: { file: 'tree-sitter-hcl.wasm', pkg: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm' },
  typescript: { file: 'tree-sitter-typescript.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-typescript.wasm' },
  python: { file: 'tree-sitter-python.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-python.wasm' },
  go: { file: 'tree-sitter-go.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-go.wasm' },
  java: { file: 'tree-sitter-java.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-java.wasm' },
  'c-sharp': { file: 'tree-sitter-c-sharp.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-c-sharp.wasm' },
  bash: { file: 'tree-sitter-bash.wasm', pkg: '@vscode/tree-sitter-wasm/wasm/tree-sitter-bash.wasm' },
};

/** The grammar that reads a file, by its name; undefined for files no grammar here reads. */
export function grammarOf(path: string): Grammar | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.(?:tf|hcl|tfvars)$/.test(name)) return 'hcl';
  if (/\.(?:[cm]?[jt]s)$/.test(name) && !name.endsWith('.d.ts')) return 'typescript';
  if (name.endsWith('.py')) return 'python';
  if (name.endsWith('.go')) return 'go';
  if (name.endsWith('.java')) return 'java';
  if (name.endsWith('.cs')) return 'c-sharp';
  if (/\.(?:sh|bash)$/.test(name)) return 'bash';
  return undefined;
}

function wasmPath(which: Grammar | 'runtime' | 'module'): string {
  const { file, pkg } = GRAMMAR_FILES[which];
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/index.js and dist/cli/index.js: dist/grammars/.
  for (const dir of [join(here, 'grammars'), join(here, '..', 'grammars')]) {
    if (existsSync(join(dir, file))) return join(dir, file);
  }
  for (let dir = here; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', pkg);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`the ${which} grammar (${file}) is missing: rebuild dist/ with \`npm run build\``);
  }
}

type TreeSitter = typeof import('web-tree-sitter');

let ready: Promise<TreeSitter> | undefined;
const languages = new Map<Grammar, Promise<Language>>();

async function load(): Promise<TreeSitter> {
  // Keep the grammars in V8's baseline (Liftoff) code. Tiering a grammar's lexer up to TurboFan
  // costs far more than the small files here gain from it, and the process cannot exit until that
  // background compile ends: a repository with one shell script took 0.58 s instead of 0.07 s
  // (node 24; bench/README.md). V8 reads the budget when a function would tier up, so setting it
  // before the first grammar compiles is enough.
  setFlagsFromString('--wasm-tiering-budget=2000000000');
  const treeSitter = (await import(/* webpackIgnore: true */ pathToFileURL(wasmPath('module')).href)) as TreeSitter;
  const runtime = wasmPath('runtime');
  await treeSitter.Parser.init({ wasmBinary: readFileSync(runtime), locateFile: () => runtime } as object);
  return treeSitter;
}

async function language(grammar: Grammar): Promise<[TreeSitter, Language]> {
  ready ??= load();
  const treeSitter = await ready;
  let loaded = languages.get(grammar);
  if (!loaded) {
    loaded = treeSitter.Language.load(readFileSync(wasmPath(grammar)));
    languages.set(grammar, loaded);
  }
  return [treeSitter, await loaded];
}

/** Where a parser gave up: its first error or missing node, for a warning that names the line. */
export interface SyntaxError {
  line: number;
  message: string;
}

function firstError(node: Node): SyntaxError | undefined {
  if (!node.hasError) return undefined;
  if (node.isError || node.isMissing) {
    const near = node.text.split('\n')[0].slice(0, 40);
    return {
      line: node.startPosition.row + 1,
      message: node.isMissing ? `expected ${node.type}` : `unexpected ${near ? `\`${near}\`` : 'end of input'}`,
    };
  }
  for (const child of node.children) {
    const found = child && firstError(child);
    if (found) return found;
  }
  return { line: node.startPosition.row + 1, message: 'syntax error' };
}

const parsers = new Map<Grammar, InstanceType<TreeSitter['Parser']>>();

/**
 * Parses text with a grammar and hands the root to `read`; the tree is freed afterwards, so
 * `read` must be synchronous and must not keep nodes. `error` is the first syntax error, if any:
 * what `read` returns from the rest of the tree still counts. One parser per grammar serves
 * every file (parsing and reading never yield, so no two files share it at once).
 */
export async function parse<T>(grammar: Grammar, text: string, read: (root: Node, error: SyntaxError | undefined) => T): Promise<T> {
  const [{ Parser }, loaded] = await language(grammar);
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(loaded);
    parsers.set(grammar, parser);
  }
  let tree: Tree | null = null;
  try {
    tree = parser.parse(text);
    if (!tree) throw new Error(`the ${grammar} parser returned no tree`);
    const result = read(tree.rootNode, firstError(tree.rootNode));
    if (result instanceof Promise) throw new Error('parse: `read` must be synchronous (the tree is freed when it returns)');
    return result;
  } finally {
    tree?.delete();
  }
}

/** 1-based line of a node. */
export function lineOf(node: Node): number {
  return node.startPosition.row + 1;
}

/** Every named descendant of `node` (itself included) whose type is one of `types`, in source order. */
export function descendants(node: Node, ...types: string[]): Node[] {
  return node.descendantsOfType(types).filter((n): n is Node => n !== null);
}

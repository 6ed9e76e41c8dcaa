/**
 * Config values of a Pulumi YAML program: each stack's setting in the Pulumi.<stack>.yaml files
 * beside Pulumi.yaml (one candidate per stack file), else the project's declared default.
 */
import { basename, dirname } from 'node:path';
import { isMap, isScalar } from 'yaml';
import { expression, withVia } from './candidates.js';
import { parseSource } from './yaml-parse.js';
import { get, lineAt, pairOf, type Candidate, type Source, type Workspace } from './yaml-tree.js';

export interface Stack {
  file: string;
  src: Source;
  config: unknown;
}

/** The stack files beside a Pulumi.yaml, parsed; undefined without a workspace to read them from. */
export function stacksOf(file: string, workspace: Workspace | undefined): Stack[] | undefined {
  if (!workspace) return undefined;
  const dir = dirname(file);
  const stacks: Stack[] = [];
  const paths = workspace.files.filter((path) => dirname(path) === dir && /^Pulumi\.[^.]+\.ya?ml$/.test(basename(path)));
  for (const path of paths.sort()) {
    const text = workspace.read(path);
    if (text === undefined) continue;
    const { src, docs } = parseSource(path, text);
    stacks.push({ file: path, src, config: get(docs[0]?.contents, 'config') });
  }
  return stacks;
}

/** The program a config value is read for, and how a default it declares is judged. */
export interface ProgramScope {
  src: Source;
  root: unknown;
  /** The project's name: stack files key its config as `<project>:<name>`. */
  project: string;
  /** undefined: the stack files were not read. */
  stacks: Stack[] | undefined;
  value(node: unknown, depth: number): Candidate[];
}

/** One stack file's setting of the config value, as a candidate at its line there. */
function stackSetting(stack: Stack, name: string, pair: NonNullable<ReturnType<typeof pairOf>>): Candidate {
  const v = pair.value;
  const via = `config ${name} (${stack.file}:${lineAt(stack.src, pair.key)})`;
  if (isScalar(v) && typeof v.value === 'string') {
    stack.src.seen.add(v);
    return { value: { kind: 'literal', ca: String(v.value) }, line: lineAt(stack.src, v), file: stack.file, via: [via] };
  }
  return {
    value: { kind: 'expression', text: `\${${name}}`, missing: `${stack.file} sets it to a secret or structured value` },
    line: lineAt(stack.src, pair.key),
    file: stack.file,
    via: [via],
  };
}

/** `${name}` as a config value; undefined when neither a stack file nor the project declares it. */
export function configValues(program: ProgramScope, name: string, node: unknown, depth: number): Candidate[] | undefined {
  const { src, root, stacks } = program;
  const declared = pairOf(get(root, 'config'), name) ?? pairOf(get(root, 'configuration'), name);
  const keys = [`${program.project}:${name}`, name];
  const fallback = (): Candidate[] | undefined => {
    if (!declared) return undefined;
    const value = isMap(declared.value) ? (pairOf(declared.value, 'default') ?? pairOf(declared.value, 'value')) : declared;
    return value
      ? withVia(program.value(value.value, depth + 1), `config ${name} default (${src.file}:${lineAt(src, value.key)})`)
      : undefined;
  };
  if (stacks === undefined) {
    return (
      fallback() ?? [expression(src, node, `config ${name} is set per stack in Pulumi.<stack>.yaml, which was not read`, `\${${name}}`)]
    );
  }
  if (!stacks.length && !declared) return undefined;
  const out: Candidate[] = [];
  for (const stack of stacks) {
    const pair = keys.map((k) => pairOf(stack.config, k)).find(Boolean);
    if (pair) out.push(stackSetting(stack, name, pair));
    else
      out.push(
        ...(fallback() ?? [expression(src, node, `${stack.file} does not set ${keys[0]} and the project has no default`, `\${${name}}`)]),
      );
  }
  if (!stacks.length) out.push(...(fallback() ?? []));
  return out;
}

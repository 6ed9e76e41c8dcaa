/**
 * Shell inside CI files and other YAML documents: the strings under `run:` (GitHub Actions),
 * `script:` (GitLab CI), `commands:` (buildspec), `shell:` (Ansible) and the like, each a
 * fragment for the shell reader (aws-cli.ts) with its lines in the file and the environment the
 * step gets (`env:`, `variables:`); and the Terraform variables those environments set
 * (`TF_VAR_ca: rds-ca-2019`).
 */
import { isMap, isScalar, isSeq, type Scalar } from 'yaml';
import type { ShellFragment } from './shell-fragment.js';
import type { TerraformVariableSetting } from '../../model/iac.js';
import { at } from './candidates.js';
import { entries, get, items, lineAt, str, type Candidate, type Source } from './yaml-tree.js';

/** Keys whose string (or list of strings) is shell: GitHub Actions, GitLab CI, buildspec, Ansible, CircleCI, Azure. */
const SHELL_KEYS = new Set([
  'run',
  'script',
  'before_script',
  'after_script',
  'commands',
  'command',
  'shell',
  'cmd',
  'runCommand',
  'inlineScript',
  'bash',
]);

/** Environment maps that apply to a step: `env:` (GitHub), `variables:` (GitLab, Azure), `env.variables` (buildspec). */
function environments(node: unknown): unknown[] {
  return [get(node, 'env'), get(node, 'variables'), get(get(node, 'env'), 'variables')].filter((m) => isMap(m));
}

function shellFragment(src: Source, node: Scalar, scopes: unknown[]): ShellFragment {
  const expressions: string[] = [];
  // GitHub Actions `${{ … }}` is not shell: a placeholder variable stands for it.
  let text = String(node.value);
  for (let start = text.indexOf('${{'); start >= 0; start = text.indexOf('${{', start + 1)) {
    const end = text.indexOf('}}', start);
    if (end < 0) break;
    expressions.push(text.slice(start + 3, end).trim());
    text = `${text.slice(0, start)}\${__GHA_${expressions.length - 1}}${text.slice(end + 2)}`;
  }
  const first = lineAt(src, node);
  const range = node.range ?? [0, 0, 0];
  const raw = src.text.slice(range[0], range[1]).split('\n');
  const literalBlock = node.type === 'BLOCK_LITERAL';
  const line = (row: number, token?: string): number => {
    if (literalBlock) return first + 1 + row;
    const found = token ? raw.findIndex((l) => l.includes(token)) : -1;
    return first + (found >= 0 ? found : Math.min(row, raw.length - 1));
  };
  const env = (name: string): Candidate[] | undefined => {
    for (const scope of scopes) {
      const pair = entries(scope).find(([k]) => k === name)?.[1];
      if (!pair) continue;
      const value = isMap(pair.value) ? get(pair.value, 'value') : pair.value;
      if (isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')) {
        const ca = String(value.value);
        if (ca.includes('${{') || ca.includes('$'))
          return [
            {
              value: { kind: 'expression', text: ca, missing: `${name} is set from another variable at run time` },
              line: lineAt(src, value),
              via: [],
            },
          ];
        src.seen.add(value);
        return [{ value: { kind: 'literal', ca }, line: lineAt(src, value), via: [`env ${name} (${at(src, pair.key)})`] }];
      }
      return [
        {
          value: { kind: 'expression', text: name, missing: `${name} is not a literal in this file` },
          line: lineAt(src, pair.key),
          via: [],
        },
      ];
    }
    return undefined;
  };
  const outer = (name: string): Candidate[] | undefined => {
    const gha = /^__GHA_(\d+)$/.exec(name);
    if (!gha) return env(name);
    const expr = expressions[Number(gha[1])];
    const ref = /^env\.([A-Za-z_]\w*)$/.exec(expr);
    return (
      (ref && env(ref[1])) || [
        { value: { kind: 'expression', text: `\${{ ${expr} }}`, missing: 'a CI expression evaluated at run time' }, line: first, via: [] },
      ]
    );
  };
  return { file: src.file, text, line, outer };
}

/** The shell strings of a document that `wanted` (a cheap text test) accepts, as fragments. */
export function ciFragments(src: Source, root: unknown, wanted: (text: string) => boolean): ShellFragment[] {
  const fragments: ShellFragment[] = [];
  const walk = (node: unknown, scopes: unknown[], depth: number): void => {
    if (depth > 256) return;
    if (isSeq(node)) for (const item of items(node)) walk(item, scopes, depth + 1);
    if (!isMap(node)) return;
    const inner = [...environments(node), ...scopes];
    for (const [key, pair] of entries(node)) {
      if (SHELL_KEYS.has(key)) {
        for (const value of isSeq(pair.value) ? items(pair.value) : [pair.value]) {
          if (isScalar(value) && typeof value.value === 'string' && wanted(value.value))
            fragments.push(shellFragment(src, value as Scalar, inner));
        }
      }
      walk(pair.value, inner, depth + 1);
    }
  };
  walk(root, [], 0);
  return fragments;
}

const TF_VAR = /^TF_VAR_(\w+)$/;

/** A value CI or the shell would expand is not a literal. */
function isLiteral(text: string): boolean {
  return !text.includes('$') && !text.includes('{{');
}

/**
 * Terraform variables a document sets in an environment: `TF_VAR_ca: rds-ca-2019` (GitHub
 * `env:`, GitLab `variables:`, buildspec `env.variables`; GitLab's `{ value: … }` form too),
 * `- TF_VAR_ca=rds-ca-2019` (Compose `environment:`) and `{ name: TF_VAR_ca, value: … }`
 * (Kubernetes, Tekton, Buildkite plugins). Literal values only.
 */
export function environmentTerraformVariables(src: Source, root: unknown): TerraformVariableSetting[] {
  const out: TerraformVariableSetting[] = [];
  const push = (how: string, name: string, node: unknown, value: string | undefined): void => {
    if (value !== undefined && isLiteral(value)) out.push({ file: src.file, line: lineAt(src, node), name, value, how });
  };
  const walk = (node: unknown, depth: number): void => {
    if (depth > 256) return;
    if (isSeq(node)) {
      for (const item of items(node)) {
        const text = str(item);
        const m = text === undefined ? undefined : /^(TF_VAR_(\w+))=(.*)$/s.exec(text);
        if (m) push(m[1], m[2], item, m[3]);
        else walk(item, depth + 1);
      }
      return;
    }
    if (!isMap(node)) return;
    const named = str(get(node, 'name'));
    const nameVar = named === undefined ? undefined : TF_VAR.exec(named);
    if (nameVar && isScalar(get(node, 'value'))) push(named!, nameVar[1], get(node, 'value'), str(get(node, 'value')));
    for (const [key, pair] of entries(node)) {
      const variable = TF_VAR.exec(key);
      if (!variable) {
        walk(pair.value, depth + 1);
        continue;
      }
      const value = isMap(pair.value) ? get(pair.value, 'value') : pair.value;
      if (isScalar(value) && value.value !== null && typeof value.value !== 'object') push(key, variable[1], value, String(value.value));
    }
  };
  walk(root, 0);
  return out;
}

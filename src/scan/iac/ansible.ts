/**
 * CA pins in Ansible: tasks (in plays, `block`/`rescue`/`always`, handlers, role task files)
 * that call `amazon.aws.rds_instance`, `community.aws.rds_instance` or `rds_instance` with
 * `ca_certificate_identifier`. Jinja `{{ var }}` is resolved from the `vars:` of the task, its
 * blocks and its play in the same file (`| default('…')` when none sets it); anything else
 * (inventory, group_vars, role defaults, extra vars) decides it at run time. An instance the
 * task leaves `present` without the option gets AWS's default.
 */
import { isMap, isSeq, Scalar } from 'yaml';
import type { CaPin, Declaration } from '../../model/iac.js';
import { absent, at, combine, expression, identifierOf, literal, literalPart, pinsOf, scalarCandidates, withVia } from './candidates.js';
import { dig, entries, get, items, lineAt, pairOf, str, type Candidate, type Source } from './yaml-tree.js';
import { placeholders } from './templated-text.js';

const MODULES = new Set(['amazon.aws.rds_instance', 'community.aws.rds_instance', 'rds_instance']);
const ATTRIBUTE = 'ca_certificate_identifier';
const IDENTIFIERS = ['db_instance_identifier', 'id', 'instance_id'];
const NESTED = ['tasks', 'pre_tasks', 'post_tasks', 'handlers', 'block', 'rescue', 'always'];
const MAX_DEPTH = 12;

/** Whether a document is an Ansible playbook or task list: a list of mappings. */
export function isAnsibleDocument(root: unknown): boolean {
  return isSeq(root) && items(root).some((item) => isMap(item));
}

class Playbook {
  readonly pins: CaPin[] = [];
  readonly declarations: Declaration[] = [];

  constructor(private readonly src: Source) {}

  walk(list: unknown, scopes: unknown[]): void {
    for (const item of items(list)) {
      if (!isMap(item)) continue;
      const vars = get(item, 'vars');
      const inner = isMap(vars) ? [vars, ...scopes] : scopes;
      for (const key of NESTED) this.walk(get(item, key), inner);
      const module = entries(item).find(([key]) => MODULES.has(key));
      if (module) this.task(item, module[0], module[1].value, module[1].key, inner);
    }
  }

  /** The value a Jinja variable has in the scopes (innermost first), or how it is missing. */
  private variable(expr: string, node: unknown, scopes: unknown[], depth: number): Candidate[] {
    const src = this.src;
    const [head, ...filters] = expr.split('|').map((s) => s.trim());
    if (!/^[A-Za-z_][\w.]*$/.test(head)) return [expression(src, node, 'a Jinja expression evaluated at run time', `{{ ${expr} }}`)];
    const path = head.split('.');
    for (const scope of scopes) {
      const pair = pairOf(dig(scope, ...path.slice(0, -1)), path[path.length - 1]);
      if (pair) return withVia(this.value(pair.value, scopes, depth + 1), `vars.${head} (${at(src, pair.key)})`);
    }
    const fallback = filters.map((f) => /^default\(\s*(['"])(.*)\1\s*(?:,.*)?\)$/.exec(f)).find(Boolean);
    if (fallback) return [literalPart(src, node, fallback[2], [`${head} | default (no vars in this file set ${head})`])];
    return [
      expression(
        src,
        node,
        `${head} is not set in this file's vars (inventory, group_vars, role defaults or extra vars decide it)`,
        `{{ ${expr} }}`,
      ),
    ];
  }

  value(node: unknown, scopes: unknown[], depth = 0): Candidate[] {
    const src = this.src;
    if (depth > MAX_DEPTH) return [expression(src, node, 'the variable refers to itself too deeply to follow')];
    return scalarCandidates(src, node, 'not a string the playbook decides', (text) => {
      if (!text.includes('{{')) return [literal(src, node, text)];
      const parts = placeholders(text, '{{', '}}').map((part) =>
        'literal' in part ? [literalPart(src, node, part.literal)] : this.variable(part.inner.trim(), node, scopes, depth),
      );
      return combine(src, node, parts);
    });
  }

  private task(task: unknown, module: string, argsNode: unknown, moduleKey: unknown, scopes: unknown[]): void {
    const src = this.src;
    // Arguments as a mapping (`rds_instance: {…}` or `args:`), or free-form `key=value` text.
    const args = new Map<string, unknown>();
    for (const source of [get(task, 'args'), argsNode]) for (const [key, pair] of entries(source)) args.set(key, pair.value);
    const freeForm = str(argsNode);
    if (freeForm !== undefined) {
      for (const token of freeForm.split(/\s+/)) {
        const eq = token.indexOf('=');
        if (eq <= 0) continue;
        const value = new Scalar(token.slice(eq + 1).replace(/^(['"])(.*)\1$/, '$2'));
        value.range = (argsNode as Scalar).range;
        args.set(token.slice(0, eq), value);
      }
    }
    const idNode = IDENTIFIERS.map((k) => args.get(k)).find((v) => v !== undefined);
    const identifier = idNode === undefined ? undefined : identifierOf(this.value(idNode, scopes));
    const name = str(get(task, 'name'));
    const resource = identifier !== undefined ? `${module} ${identifier}` : name ? `${module} (task "${name}")` : module;
    const line = lineAt(src, moduleKey);
    const declaration: Declaration = {
      file: src.file,
      line,
      tool: 'ansible',
      syntax: 'yaml',
      resource,
      kind: 'instance',
      attribute: ATTRIBUTE,
    };
    if (identifier !== undefined) declaration.identifier = identifier;
    const state = args.has('state') ? str(args.get('state')) : 'present';
    if (state === 'present' || state === undefined || state.includes('{{')) this.declarations.push(declaration);
    const target = {
      file: src.file,
      resource,
      attribute: ATTRIBUTE,
      tool: 'ansible' as const,
      syntax: 'yaml' as const,
      declaredAt: { file: src.file, line },
    };
    const ca = args.get(ATTRIBUTE);
    if (ca !== undefined) {
      src.seen.add(ca);
      this.pins.push(...pinsOf(target, this.value(ca, scopes)));
    } else if (state === 'present') {
      this.pins.push(...pinsOf(target, [absent(line)]));
    }
  }
}

export function ansibleFacts(src: Source, root: unknown): { pins: CaPin[]; declarations: Declaration[] } {
  const playbook = new Playbook(src);
  playbook.walk(root, []);
  return { pins: playbook.pins, declarations: playbook.declarations };
}

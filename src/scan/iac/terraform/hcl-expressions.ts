/** HCL expressions from the tree-sitter tree: references with their steps, calls, conditionals, collections. */
import type { Node } from '../syntax.js';
import type { HclContext } from './hcl-context.js';
import { readTemplate } from './hcl-templates.js';
import type { Expr, ObjectEntry, Step } from './syntax-model.js';

/** `X != null` / `X == null` (either side), as a conditional's condition. */
function nullTest(condition: Node): { text: string; op: '==' | '!=' } | undefined {
  let node: Node | null = condition;
  while (node && (node.type === 'expression' || node.type === 'operation') && node.namedChildCount === 1) node = node.namedChildren[0];
  if (node?.type !== 'binary_operation') return undefined;
  const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
  const at = children.findIndex((c) => c.type === '==' || c.type === '!=');
  if (at <= 0) return undefined;
  const squash = (nodes: Node[]): string =>
    nodes
      .map((n) => n.text)
      .join('')
      .replace(/\s+/g, '');
  const left = squash(children.slice(0, at));
  const right = squash(children.slice(at + 1));
  const op = children[at].type as '==' | '!=';
  if (right === 'null' && left !== 'null') return { text: left, op };
  if (left === 'null' && right !== 'null') return { text: right, op };
  return undefined;
}

/** An expression node (or a term): its base, then the steps (`.name`, `[key]`, `[*]`) that follow it. */
export function readExpression(hcl: HclContext, node: Node): Expr {
  if (node.type !== 'expression') return term(hcl, node);
  const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
  let base: Expr;
  let rest: Node[];
  if (children[0]?.type === '(') {
    const inner = children.find((c) => c.type === 'expression');
    base = inner ? hcl.expr(inner) : { ...hcl.loc(node), k: 'other', what: 'an empty expression' };
    rest = children.slice(children.findIndex((c) => c.type === ')') + 1);
  } else if (children[0]) {
    base = term(hcl, children[0]);
    rest = children.slice(1);
  } else {
    return { ...hcl.loc(node), k: 'other', what: 'an empty expression' };
  }
  const steps: Step[] = [];
  for (const c of rest) {
    const s = step(hcl, c);
    if (s) steps.push(s);
  }
  if (!steps.length) return rest.length ? { ...hcl.loc(node), k: 'other', what: 'an expression' } : base;
  if (base.k === 'ref' && base.steps.length === 0) return { ...hcl.loc(node), k: 'ref', root: base.root, steps };
  return { ...hcl.loc(node), k: 'access', base, steps };
}

function step(hcl: HclContext, node: Node): Step | undefined {
  if (node.type === 'get_attr') {
    const id = node.namedChildren.find((c) => c?.type === 'identifier');
    return id ? { attr: id.text } : undefined;
  }
  if (node.type === 'index') {
    const inner = node.namedChildren[0];
    if (inner?.type === 'legacy_index') return { attr: inner.text.replace(/^\./, '') };
    const e = inner?.namedChildren.find((c) => c?.type === 'expression');
    return e ? { index: hcl.expr(e) } : undefined;
  }
  if (node.type === 'splat') return { splat: true };
  return undefined;
}

function term(hcl: HclContext, node: Node): Expr {
  const at = hcl.loc(node);
  switch (node.type) {
    case 'expression':
      return hcl.expr(node);
    case 'literal_value': {
      const inner = node.namedChildren[0];
      if (!inner) return { ...at, k: 'other', what: 'a literal' };
      if (inner.type === 'string_lit') return readTemplate(hcl, inner, true);
      if (inner.type === 'null_lit') return { ...at, k: 'null' };
      return { ...at, k: 'scalar', value: inner.text };
    }
    case 'string_lit':
      return readTemplate(hcl, node, true);
    case 'template_expr': {
      const inner = node.namedChildren[0];
      return inner ? readTemplate(hcl, inner, inner.type !== 'heredoc_template') : { ...at, k: 'other', what: 'a template' };
    }
    case 'collection_value': {
      const inner = node.namedChildren[0];
      if (inner?.type === 'tuple')
        return { ...at, k: 'tuple', items: inner.namedChildren.filter((c) => c?.type === 'expression').map((c) => hcl.expr(c!)) };
      if (inner?.type === 'object') return { ...at, k: 'object', entries: entries(hcl, inner) };
      return { ...at, k: 'other', what: 'a collection' };
    }
    case 'variable_expr':
      return { ...at, k: 'ref', root: node.text, steps: [] };
    case 'function_call': {
      const name = node.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
      const args = node.namedChildren.find((c) => c?.type === 'function_arguments');
      return {
        ...at,
        k: 'call',
        name,
        args: (args?.namedChildren ?? []).filter((c) => c?.type === 'expression').map((c) => hcl.expr(c!)),
      };
    }
    case 'conditional': {
      const parts = node.namedChildren.filter((c) => c?.type === 'expression');
      if (parts.length !== 3) return { ...at, k: 'other', what: 'a conditional' };
      const test = nullTest(parts[0]!);
      return { ...at, k: 'cond', then: hcl.expr(parts[1]!), else: hcl.expr(parts[2]!), ...(test ? { test } : {}) };
    }
    case 'for_expr':
      return { ...at, k: 'other', what: 'a `for` expression' };
    case 'operation':
      return { ...at, k: 'other', what: 'an operation' };
    default:
      return { ...at, k: 'other', what: `a ${node.type.replace(/_/g, ' ')}` };
  }
}

function entries(hcl: HclContext, object: Node): ObjectEntry[] {
  const out: ObjectEntry[] = [];
  for (const elem of object.namedChildren) {
    if (elem?.type !== 'object_elem') continue;
    const [keyNode, valueNode] = elem.namedChildren.filter((c) => c?.type === 'expression');
    if (!keyNode || !valueNode) continue;
    const key = hcl.expr(keyNode);
    // `name = …` parses as a reference without steps; `"name" = …` as a string; `(expr) = …` is computed.
    const parenthesised = keyNode.children[0]?.type === '(';
    const name = parenthesised ? undefined : key.k === 'ref' && key.steps.length === 0 ? key.root : key.k === 'str' ? key.value : undefined;
    out.push({ key: name, line: hcl.line(keyNode), value: hcl.expr(valueNode) });
  }
  return out;
}

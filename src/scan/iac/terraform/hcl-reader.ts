/** Terraform's native syntax, from the tree-sitter HCL tree: blocks and attributes, each expression cut at MAX_NESTING. */
import type { IacProblem } from '../../../model/iac.js';
import { lineOf, parse, type Node } from '../syntax.js';
import type { HclContext } from './hcl-context.js';
import { readExpression } from './hcl-expressions.js';
import { unescape } from './hcl-templates.js';
import { MAX_NESTING, short, tooDeep } from './syntax-limits.js';
import type { Attr, Block, Body, Expr, Loc, ParsedFile } from './syntax-model.js';

export class HclReader implements HclContext {
  private depth = 0;
  /** Lines where a value or block was cut at MAX_NESTING (the first of each nest). */
  readonly cut: number[] = [];

  /** `lineOverride`: the line of every node (a JSON string read as a template). */
  constructor(
    private readonly file: string,
    readonly source: string,
    private readonly lineOverride?: number,
  ) {}

  /** Runs `read` one level deeper, or returns `deep` (and records the line) past MAX_NESTING. */
  private nested<T>(node: Node, read: () => T, deep: () => T): T {
    if (this.depth >= MAX_NESTING) {
      const line = this.line(node);
      if (!this.cut.length || this.cut[this.cut.length - 1] !== line) this.cut.push(line);
      return deep();
    }
    this.depth++;
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  line(node: Node): number {
    return this.lineOverride ?? lineOf(node);
  }

  loc(node: Node): Loc & { text: string } {
    return { file: this.file, line: this.line(node), text: short(node.text) };
  }

  body(node: Node | null | undefined): Body {
    const body: Body = { attrs: new Map(), blocks: [] };
    for (const child of node?.namedChildren ?? []) {
      if (!child) continue;
      if (child.type === 'body') {
        const inner = this.body(child);
        for (const [k, v] of inner.attrs) if (!body.attrs.has(k)) body.attrs.set(k, v);
        body.blocks.push(...inner.blocks);
      } else if (child.type === 'attribute') {
        const attr = this.attribute(child);
        if (attr && !body.attrs.has(attr.name)) body.attrs.set(attr.name, attr);
      } else if (child.type === 'block') {
        const block = this.nested(
          child,
          () => this.block(child),
          () => undefined,
        );
        if (block) body.blocks.push(block);
      }
    }
    return body;
  }

  private attribute(node: Node): Attr | undefined {
    const name = node.namedChildren.find((c) => c?.type === 'identifier');
    const value = node.namedChildren.find((c) => c?.type === 'expression');
    if (!name || !value) return undefined;
    return { name: name.text, file: this.file, line: this.line(name), value: this.expr(value) };
  }

  private block(node: Node): Block | undefined {
    const named = node.namedChildren.filter((c): c is Node => c !== null);
    const type = named[0];
    if (!type || type.type !== 'identifier') return undefined;
    const labels: string[] = [];
    for (const c of named.slice(1)) {
      if (c.type === 'string_lit') labels.push(this.stringValue(c));
      else if (c.type === 'identifier') labels.push(c.text);
    }
    const body = this.body(named.find((c) => c.type === 'body'));
    return { type: type.text, labels, file: this.file, line: lineOf(node), endLine: node.endPosition.row + 1, ...body };
  }

  private stringValue(node: Node): string {
    return node.namedChildren
      .filter((c) => c?.type === 'template_literal')
      .map((c) => unescape(c!.text, true))
      .join('');
  }

  expr(node: Node): Expr {
    return this.nested(
      node,
      () => readExpression(this, node),
      () => ({ ...this.loc(node), k: 'other', what: `a value nested more than ${MAX_NESTING} levels deep` }),
    );
  }
}

export async function parseHcl(file: string, text: string): Promise<ParsedFile> {
  return parse('hcl', text, (root, error) => {
    const reader = new HclReader(file, text);
    const body = reader.body(root);
    const problems: IacProblem[] = error ? [{ file, line: error.line, parser: 'HCL', message: error.message }] : [];
    for (const line of reader.cut) problems.push(tooDeep(file, line, 'HCL'));
    return { file, syntax: 'hcl' as const, body, problems };
  });
}

/**
 * Terraform and Terragrunt files as plain data: blocks, attributes and expressions with their
 * file and line, read from the HCL parser's tree (native syntax) or from JSON with ranges
 * (`.tf.json`, `.tfvars.json`). The evaluator (terraform-eval.ts) works on this model only, so
 * both syntaxes are judged alike and no tree outlives its parse.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { IacProblem, IacSyntax } from './pin.js';
import { parse, type Node } from './syntax.js';

export interface Loc {
  file: string;
  /** 1-based. */
  line: number;
}

/** How an expression is reached from its base: `.name`, `[key]`, `[*]`. */
export type Step = { attr: string } | { index: Expr } | { splat: true };

export interface ObjectEntry {
  /** The key when written as a name or a literal string; undefined for a computed key. */
  key?: string;
  line: number;
  value: Expr;
}

export type Expr = Loc & { text: string } & (
    | { k: 'str'; value: string }
    | { k: 'scalar'; value: string }
    | { k: 'null' }
    | { k: 'template'; parts: Expr[] }
    | { k: 'ref'; root: string; steps: Step[] }
    | { k: 'access'; base: Expr; steps: Step[] }
    /** `test`: the condition compares `text` (whitespace removed) with `null`: `var.x != null ? var.x : …`. */
    | { k: 'cond'; then: Expr; else: Expr; test?: { text: string; op: '==' | '!=' } }
    | { k: 'call'; name: string; args: Expr[] }
    | { k: 'object'; entries: ObjectEntry[] }
    | { k: 'tuple'; items: Expr[] }
    | { k: 'other'; what: string }
  );

export interface Attr extends Loc {
  name: string;
  value: Expr;
}

export interface Body {
  attrs: Map<string, Attr>;
  blocks: Block[];
}

export interface Block extends Body, Loc {
  type: string;
  labels: string[];
  /** The block's last line (its closing brace). */
  endLine: number;
}

export interface ParsedFile {
  file: string;
  syntax: Extract<IacSyntax, 'hcl' | 'json'>;
  body: Body;
  /** The parser's first complaint, and values nested too deeply to read (each cut where it got too deep). */
  problems: IacProblem[];
}

const MAX_TEXT = 120;
/**
 * How deeply expressions and blocks may nest before the reader stops descending: deeper values are
 * not judged (a problem names the line). Real configurations nest a few levels; the limit keeps the
 * readers' recursion far from the stack's end, whatever a file holds.
 */
const MAX_NESTING = 100;

/** The problem for a value cut at MAX_NESTING. */
function tooDeep(file: string, line: number, parser: string): IacProblem {
  return {
    file,
    line,
    parser,
    message: `the value at line ${line} nests too deeply (more than ${MAX_NESTING} levels) to read: it is not judged; the rest of the file is`,
  };
}

function short(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > MAX_TEXT ? `${one.slice(0, MAX_TEXT - 1)}…` : one;
}

// ---------------------------------------------------------------------------------------------
// Native syntax, from the tree-sitter HCL tree.

/** HCL's quoted-template escapes; heredocs have only `$${` and `%%{`. */
function unescape(raw: string, quoted: boolean): string {
  const marks = raw.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (!quoted) return marks;
  return marks.replace(
    /\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))/g,
    (_m, u4: string | undefined, u8: string | undefined, c: string | undefined) => {
      if (u4 || u8) return String.fromCodePoint(parseInt((u4 ?? u8)!, 16));
      return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[c!] ?? c!;
    },
  );
}

const TEMPLATE_CONTENT = new Set(['template_literal', 'template_interpolation', 'template_directive']);

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

class HclReader {
  private depth = 0;
  /** Lines where a value or block was cut at MAX_NESTING (the first of each nest). */
  readonly cut: number[] = [];

  /** `source`: the text parsed, for the whitespace between a template's parts (the grammar leaves it out of them). */
  constructor(
    private readonly file: string,
    private readonly source: string,
    private readonly lineOverride?: number,
  ) {}

  /** Runs `read` one level deeper, or returns `deep` (and records the line) past MAX_NESTING. */
  private nested<T>(node: Node, read: () => T, deep: () => T): T {
    if (this.depth >= MAX_NESTING) {
      const line = this.lineOverride ?? node.startPosition.row + 1;
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

  private loc(node: Node): Loc & { text: string } {
    return { file: this.file, line: this.lineOverride ?? node.startPosition.row + 1, text: short(node.text) };
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
    return { name: name.text, file: this.file, line: this.lineOverride ?? name.startPosition.row + 1, value: this.expr(value) };
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
    return { type: type.text, labels, file: this.file, line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, ...body };
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
      () => this.expr1(node),
      () => ({ ...this.loc(node), k: 'other', what: `a value nested more than ${MAX_NESTING} levels deep` }),
    );
  }

  private expr1(node: Node): Expr {
    if (node.type !== 'expression') return this.term(node);
    const children = node.children.filter((c): c is Node => c !== null && c.type !== 'comment');
    let base: Expr;
    let rest: Node[];
    if (children[0]?.type === '(') {
      const inner = children.find((c) => c.type === 'expression');
      base = inner ? this.expr(inner) : { ...this.loc(node), k: 'other', what: 'an empty expression' };
      rest = children.slice(children.findIndex((c) => c.type === ')') + 1);
    } else if (children[0]) {
      base = this.term(children[0]);
      rest = children.slice(1);
    } else {
      return { ...this.loc(node), k: 'other', what: 'an empty expression' };
    }
    const steps: Step[] = [];
    for (const c of rest) {
      const step = this.step(c);
      if (step) steps.push(step);
    }
    if (!steps.length) return rest.length ? { ...this.loc(node), k: 'other', what: 'an expression' } : base;
    if (base.k === 'ref' && base.steps.length === 0) return { ...this.loc(node), k: 'ref', root: base.root, steps };
    return { ...this.loc(node), k: 'access', base, steps };
  }

  private step(node: Node): Step | undefined {
    if (node.type === 'get_attr') {
      const id = node.namedChildren.find((c) => c?.type === 'identifier');
      return id ? { attr: id.text } : undefined;
    }
    if (node.type === 'index') {
      const inner = node.namedChildren[0];
      if (inner?.type === 'legacy_index') return { attr: inner.text.replace(/^\./, '') };
      const e = inner?.namedChildren.find((c) => c?.type === 'expression');
      return e ? { index: this.expr(e) } : undefined;
    }
    if (node.type === 'splat') return { splat: true };
    return undefined;
  }

  private term(node: Node): Expr {
    const at = this.loc(node);
    switch (node.type) {
      case 'expression':
        return this.expr(node);
      case 'literal_value': {
        const inner = node.namedChildren[0];
        if (!inner) return { ...at, k: 'other', what: 'a literal' };
        if (inner.type === 'string_lit') return this.template(inner, true);
        if (inner.type === 'null_lit') return { ...at, k: 'null' };
        return { ...at, k: 'scalar', value: inner.text };
      }
      case 'string_lit':
        return this.template(node, true);
      case 'template_expr': {
        const inner = node.namedChildren[0];
        return inner ? this.template(inner, inner.type !== 'heredoc_template') : { ...at, k: 'other', what: 'a template' };
      }
      case 'collection_value': {
        const inner = node.namedChildren[0];
        if (inner?.type === 'tuple')
          return { ...at, k: 'tuple', items: inner.namedChildren.filter((c) => c?.type === 'expression').map((c) => this.expr(c!)) };
        if (inner?.type === 'object') return { ...at, k: 'object', entries: this.entries(inner) };
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
          args: (args?.namedChildren ?? []).filter((c) => c?.type === 'expression').map((c) => this.expr(c!)),
        };
      }
      case 'conditional': {
        const parts = node.namedChildren.filter((c) => c?.type === 'expression');
        if (parts.length !== 3) return { ...at, k: 'other', what: 'a conditional' };
        const test = nullTest(parts[0]!);
        return { ...at, k: 'cond', then: this.expr(parts[1]!), else: this.expr(parts[2]!), ...(test ? { test } : {}) };
      }
      case 'for_expr':
        return { ...at, k: 'other', what: 'a `for` expression' };
      case 'operation':
        return { ...at, k: 'other', what: 'an operation' };
      default:
        return { ...at, k: 'other', what: `a ${node.type.replace(/_/g, ' ')}` };
    }
  }

  private entries(object: Node): ObjectEntry[] {
    const entries: ObjectEntry[] = [];
    for (const elem of object.namedChildren) {
      if (elem?.type !== 'object_elem') continue;
      const [keyNode, valueNode] = elem.namedChildren.filter((c) => c?.type === 'expression');
      if (!keyNode || !valueNode) continue;
      const key = this.expr(keyNode);
      // `name = …` parses as a reference without steps; `"name" = …` as a string; `(expr) = …` is computed.
      const parenthesised = keyNode.children[0]?.type === '(';
      const name = parenthesised
        ? undefined
        : key.k === 'ref' && key.steps.length === 0
          ? key.root
          : key.k === 'str'
            ? key.value
            : undefined;
      entries.push({ key: name, line: this.lineOverride ?? keyNode.startPosition.row + 1, value: this.expr(valueNode) });
    }
    return entries;
  }

  /** A string or template: a `str` when it interpolates nothing. */
  template(node: Node, quoted: boolean): Expr {
    const at = this.loc(node);
    const parts: Expr[] = [];
    let literal = '';
    let literalLine: number | undefined;
    let onlyLiteral = true;
    let previous: Node | undefined;
    for (const c of node.children) {
      if (!c) continue;
      const content = TEMPLATE_CONTENT.has(c.type);
      // Whitespace between two parts (or a part and a quote) belongs to the string.
      const gap = previous && (content || c.type === 'quoted_template_end') ? this.source.slice(previous.endIndex, c.startIndex) : '';
      previous = content || c.type === 'quoted_template_start' ? c : undefined;
      if (gap && /^\s+$/.test(gap)) {
        literal += gap;
        const last = parts[parts.length - 1];
        if (last?.k === 'str') last.value += gap;
        else parts.push({ ...this.loc(c), k: 'str', value: gap });
      }
      if (c.type === 'template_literal') {
        const value = unescape(c.text, quoted);
        literal += value;
        literalLine ??= this.lineOverride ?? c.startPosition.row + 1;
        const last = parts[parts.length - 1];
        if (last?.k === 'str') last.value += value;
        else parts.push({ ...this.loc(c), k: 'str', value });
      } else if (c.type === 'template_interpolation') {
        onlyLiteral = false;
        const e = c.namedChildren.find((x) => x?.type === 'expression');
        parts.push(e ? this.expr(e) : { ...this.loc(c), k: 'other', what: 'an interpolation' });
      } else if (c.type === 'template_directive') {
        return { ...at, k: 'other', what: 'a template directive (`%{ … }`)' };
      }
    }
    if (onlyLiteral) return { ...at, line: literalLine ?? at.line, k: 'str', value: quoted ? literal : literal.trim() };
    if (!quoted) {
      // A heredoc's closing newline and indentation are not part of a one-line value.
      const last = parts[parts.length - 1];
      if (last?.k === 'str') last.value = last.value.replace(/\s+$/, '');
      const first = parts[0];
      if (first?.k === 'str') first.value = first.value.replace(/^\s+/, '');
    }
    return { ...at, k: 'template', parts: parts.filter((p) => !(p.k === 'str' && p.value === '')) };
  }
}

async function parseHcl(file: string, text: string): Promise<ParsedFile> {
  return parse('hcl', text, (root, error) => {
    const reader = new HclReader(file, text);
    const body = reader.body(root);
    const problems: IacProblem[] = error ? [{ file, line: error.line, parser: 'HCL', message: error.message }] : [];
    for (const line of reader.cut) problems.push(tooDeep(file, line, 'HCL'));
    return { file, syntax: 'hcl' as const, body, problems };
  });
}

/** A JSON string in Terraform's JSON syntax is a template: `"${var.x}"`. Read it with the HCL parser, as a heredoc. */
async function jsonTemplate(file: string, line: number, value: string): Promise<Expr> {
  const text = short(JSON.stringify(value));
  if (!/(?<!\$)\$\{|(?<!%)%\{/.test(value)) return { file, line, text, k: 'str', value: unescape(value, false) };
  let marker = 'EOT';
  while (value.includes(marker)) marker += '_';
  const wrapped = `x = <<${marker}\n${value}\n${marker}\n`;
  return parse('hcl', wrapped, (root, error) => {
    const expression = root.descendantsOfType('expression')[0];
    if (error || !expression) return { file, line, text, k: 'other', what: 'a template Terraform could not read' } as Expr;
    const e = new HclReader(file, wrapped, line).expr(expression);
    return { ...e, text };
  });
}

// ---------------------------------------------------------------------------------------------
// JSON syntax (`.tf.json`, `.tfvars.json`), read with ranges by the yaml package.

class JsonReader {
  /** Lines where a value was cut at MAX_NESTING. */
  readonly cut: number[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  line(node: YamlNode | unknown): number {
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? this.lines.linePos(range[0]).line : 1;
  }

  async expr(node: unknown, depth = 0): Promise<Expr> {
    const line = this.line(node);
    if (depth >= MAX_NESTING) {
      if (this.cut[this.cut.length - 1] !== line) this.cut.push(line);
      return { file: this.file, line, text: '…', k: 'other', what: `a value nested more than ${MAX_NESTING} levels deep` };
    }
    if (isScalar(node)) {
      const v = node.value;
      if (typeof v === 'string') return jsonTemplate(this.file, line, v);
      if (v === null || v === undefined) return { file: this.file, line, text: 'null', k: 'null' };
      return { file: this.file, line, text: String(v), k: 'scalar', value: String(v) };
    }
    if (isMap(node)) {
      const entries: ObjectEntry[] = [];
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === '//') continue;
        entries.push({ key, line: this.line(pair.key), value: await this.expr(pair.value, depth + 1) });
      }
      return { file: this.file, line, text: '{…}', k: 'object', entries };
    }
    if (isSeq(node)) {
      const items: Expr[] = [];
      for (const item of node.items) items.push(await this.expr(item, depth + 1));
      return { file: this.file, line, text: '[…]', k: 'tuple', items };
    }
    return { file: this.file, line, text: '?', k: 'other', what: 'a value' };
  }

  /** Pairs of an object, or of every object in an array of objects (both forms are allowed). */
  pairs(node: unknown, depth = 0): Array<{ key: string; keyNode: unknown; value: unknown }> {
    if (isSeq(node)) return depth >= MAX_NESTING ? [] : node.items.flatMap((item) => this.pairs(item, depth + 1));
    if (!isMap(node)) return [];
    return node.items
      .filter(isPair)
      .flatMap((pair) =>
        isScalar(pair.key) && String(pair.key.value) !== '//'
          ? [{ key: String(pair.key.value), keyNode: pair.key, value: pair.value }]
          : [],
      );
  }

  async attrs(node: unknown): Promise<Map<string, Attr>> {
    const attrs = new Map<string, Attr>();
    for (const { key, keyNode, value } of this.pairs(node)) {
      if (!attrs.has(key)) attrs.set(key, { name: key, file: this.file, line: this.line(keyNode), value: await this.expr(value) });
    }
    return attrs;
  }

  private async block(type: string, labels: string[], keyNode: unknown, value: unknown): Promise<Block> {
    const range = (value as { range?: [number, number, number] } | undefined)?.range;
    const endLine = range ? this.lines.linePos(Math.max(range[1] - 1, range[0])).line : this.line(keyNode);
    return { type, labels, file: this.file, line: this.line(keyNode), endLine, attrs: await this.attrs(value), blocks: [] };
  }

  /** Terraform's JSON configuration: `resource.TYPE.NAME`, `module.NAME`, `variable.NAME`, `output.NAME`, `locals`. */
  async configuration(root: unknown): Promise<Body> {
    const body: Body = { attrs: new Map(), blocks: [] };
    for (const { key, keyNode, value } of this.pairs(root)) {
      if (key === 'resource' || key === 'data') {
        for (const type of this.pairs(value)) {
          for (const name of this.pairs(type.value))
            body.blocks.push(await this.block(key, [type.key, name.key], name.keyNode, name.value));
        }
      } else if (key === 'module' || key === 'variable' || key === 'output') {
        for (const name of this.pairs(value)) body.blocks.push(await this.block(key, [name.key], name.keyNode, name.value));
      } else if (key === 'locals') {
        body.blocks.push(await this.block('locals', [], keyNode, value));
      }
    }
    return body;
  }
}

function jsonProblem(file: string, text: string): IacProblem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+)/.exec(message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : lineCol ? Number(lineCol[1]) : 1;
    return { file, line, parser: 'JSON', message: message.replace(/\s+/g, ' ').slice(0, 200) };
  }
}

async function parseJson(file: string, text: string, configuration: boolean): Promise<ParsedFile> {
  const problem = jsonProblem(file, text);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, strict: false });
  const reader = new JsonReader(file, lines);
  const body = configuration ? await reader.configuration(doc.contents) : { attrs: await reader.attrs(doc.contents), blocks: [] };
  return {
    file,
    syntax: 'json',
    body,
    problems: [...(problem ? [problem] : []), ...reader.cut.map((line) => tooDeep(file, line, 'JSON'))],
  };
}

/** Reads one Terraform-family file into the model; a parser's complaint is kept as `problem`, with what parsed around it. */
export async function readTerraformFile(file: string, text: string): Promise<ParsedFile> {
  try {
    if (file.endsWith('.tfvars.json')) return await parseJson(file, text, false);
    if (file.endsWith('.json')) return await parseJson(file, text, true);
    return await parseHcl(file, text);
  } catch (error) {
    // A reader that fails on one file (a parser out of stack on input deeper than MAX_NESTING
    // guards against) loses that file only: the project's other files are still judged.
    const parser = file.endsWith('.json') ? 'JSON' : 'HCL';
    const message =
      error instanceof RangeError
        ? 'it nests too deeply to read (the reader ran out of stack): it is not judged'
        : `the reader failed (${(error as Error).message ?? String(error)}): it is not judged`;
    return {
      file,
      syntax: file.endsWith('.json') ? 'json' : 'hcl',
      body: { attrs: new Map(), blocks: [] },
      problems: [{ file, line: 1, parser, message }],
    };
  }
}

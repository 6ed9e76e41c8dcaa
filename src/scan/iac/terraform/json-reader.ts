/** Terraform's JSON syntax (`.tf.json`, `.tfvars.json`), read with ranges by the yaml package; its strings are templates. */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { IacProblem } from '../../../model/iac.js';
import { parse } from '../syntax.js';
import { HclReader } from './hcl-reader.js';
import { unescape } from './hcl-templates.js';
import { MAX_NESTING, short, tooDeep } from './syntax-limits.js';
import type { Attr, Block, Body, Expr, ObjectEntry, ParsedFile } from './syntax-model.js';

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

/** A `.tf.json` file (`configuration`: blocks) or a `.tfvars.json` file (attributes only). */
export async function parseJson(file: string, text: string, configuration: boolean): Promise<ParsedFile> {
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

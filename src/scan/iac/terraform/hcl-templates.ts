/** HCL strings and templates (quoted or heredoc) as `str` or `template` expressions. */
import type { Node } from '../syntax.js';
import type { HclContext } from './hcl-context.js';
import type { Expr } from './syntax-model.js';

/** HCL's quoted-template escapes; heredocs have only `$${` and `%%{`. */
export function unescape(raw: string, quoted: boolean): string {
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

/** A string or template: a `str` when it interpolates nothing. */
export function readTemplate(hcl: HclContext, node: Node, quoted: boolean): Expr {
  const at = hcl.loc(node);
  const parts: Expr[] = [];
  let literal = '';
  let literalLine: number | undefined;
  let onlyLiteral = true;
  let previous: Node | undefined;
  for (const c of node.children) {
    if (!c) continue;
    const content = TEMPLATE_CONTENT.has(c.type);
    // Whitespace between two parts (or a part and a quote) belongs to the string.
    const gap = previous && (content || c.type === 'quoted_template_end') ? hcl.source.slice(previous.endIndex, c.startIndex) : '';
    previous = content || c.type === 'quoted_template_start' ? c : undefined;
    if (gap && /^\s+$/.test(gap)) {
      literal += gap;
      const last = parts[parts.length - 1];
      if (last?.k === 'str') last.value += gap;
      else parts.push({ ...hcl.loc(c), k: 'str', value: gap });
    }
    if (c.type === 'template_literal') {
      const value = unescape(c.text, quoted);
      literal += value;
      literalLine ??= hcl.line(c);
      const last = parts[parts.length - 1];
      if (last?.k === 'str') last.value += value;
      else parts.push({ ...hcl.loc(c), k: 'str', value });
    } else if (c.type === 'template_interpolation') {
      onlyLiteral = false;
      const e = c.namedChildren.find((x) => x?.type === 'expression');
      parts.push(e ? hcl.expr(e) : { ...hcl.loc(c), k: 'other', what: 'an interpolation' });
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

/**
 * A template's values as far as the template decides them: literals, `{{resolve:…}}` dynamic
 * references, each branch of `If`, `Sub` and `Join` of known parts, `Select` of a literal list,
 * the references cloudformation-references.ts follows, and Serverless variables.
 */
import { isSeq } from 'yaml';
import { combine, expression, literal, literalPart, scalarCandidates, withVia } from './candidates.js';
import { mappingValues, parameterValues, type TemplateScope } from './cloudformation-references.js';
import { intrinsicOf, type TemplateParts } from './cloudformation-syntax.js';
import type { ParameterSetting } from './parameters.js';
import { serverlessVariables } from './serverless.js';
import { placeholders } from './templated-text.js';
import { items, pairOf, str, type Candidate, type Source } from './yaml-tree.js';

const MAX_DEPTH = 12;

export class TemplateValues implements TemplateScope {
  private readonly variables?: (text: string, node: unknown, depth: number) => Candidate[];

  constructor(
    readonly src: Source,
    root: unknown,
    readonly parts: TemplateParts,
    readonly overrides?: ReadonlyMap<string, ParameterSetting[]>,
  ) {
    if (parts.tool === 'serverless') this.variables = serverlessVariables(src, root, (node, depth) => this.evaluate(node, depth));
  }

  evaluate(node: unknown, depth = 0): Candidate[] {
    const src = this.src;
    if (depth > MAX_DEPTH) return [expression(src, node, 'the value refers to itself too deeply to follow')];
    const fn = intrinsicOf(node);
    if (fn) return this.intrinsic(fn.name, fn.arg, node, depth + 1);
    return scalarCandidates(src, node, 'not a string the template decides', (text) => {
      if (text.startsWith('{{resolve:'))
        return [expression(src, node, 'a dynamic reference, read from SSM or Secrets Manager at deploy time', text)];
      if (this.variables && text.includes('${')) return this.variables(text, node, depth + 1);
      return [literal(src, node, text)];
    });
  }

  private intrinsic(name: string, arg: unknown, node: unknown, depth: number): Candidate[] {
    const src = this.src;
    const args = items(arg);
    switch (name) {
      case 'Ref': {
        const ref = str(arg);
        return ref === undefined
          ? [expression(src, node, 'a Ref the template does not name literally')]
          : parameterValues(this, ref, node, depth);
      }
      case 'Fn::FindInMap':
        return mappingValues(this, args, node, depth);
      case 'Fn::If': {
        const cond = str(args[0]) ?? '?';
        if (args.length < 3) return [expression(src, node, 'an If without two branches')];
        return [
          ...withVia(this.evaluate(args[1], depth), `If ${cond} (true)`),
          ...withVia(this.evaluate(args[2], depth), `If ${cond} (false)`),
        ];
      }
      case 'Fn::Sub':
        return this.sub(isSeq(arg) ? args[0] : arg, isSeq(arg) ? args[1] : undefined, node, depth);
      case 'Fn::Join': {
        const separator = str(args[0]);
        if (separator === undefined || !isSeq(args[1])) return [expression(src, node, 'a Join of a list the template computes')];
        return combine(
          src,
          node,
          items(args[1]).map((part) => this.evaluate(part, depth)),
          separator,
        );
      }
      case 'Fn::Select': {
        const index = Number(str(args[0]));
        const list = items(args[1]);
        if (!isSeq(args[1]) || !Number.isInteger(index) || index < 0 || index >= list.length)
          return [expression(src, node, 'a Select the template does not decide')];
        return this.evaluate(list[index], depth);
      }
      case 'Fn::GetAtt':
        return [expression(src, node, 'an attribute of another resource, known only after deploy')];
      case 'Fn::ImportValue':
        return [expression(src, node, 'a value another stack exports')];
      default:
        return [expression(src, node, `${name} is computed by CloudFormation at deploy time`)];
    }
  }

  private sub(template: unknown, vars: unknown, node: unknown, depth: number): Candidate[] {
    const src = this.src;
    const text = str(template);
    if (text === undefined) return [expression(src, node, 'a Sub of a computed string')];
    const parts = placeholders(text, '${', '}').map((part): Candidate[] => {
      if ('literal' in part) return [literalPart(src, node, part.literal)];
      const name = part.inner.trim();
      if (name.startsWith('!')) return [literalPart(src, node, `\${${name.slice(1)}}`)];
      const own = pairOf(vars, name);
      if (own) return this.evaluate(own.value, depth);
      if (this.variables && /^[a-z]+[:(]/.test(name) && !name.startsWith('AWS:'))
        return this.variables(`\${${part.inner}}`, template, depth);
      if (name.includes('.')) return [expression(src, node, `\${${name}} is an attribute of another resource, known only after deploy`)];
      return parameterValues(this, name, template, depth);
    });
    return combine(src, node, parts);
  }
}

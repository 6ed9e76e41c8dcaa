/**
 * What a value written in code decides for the CA: a literal (through wrappers, parentheses,
 * `CaCertificate` constants and `.of(…)`, and same-file constants), one outcome per branch of a
 * conditional, a lookup's literal fallback as an outcome of its own, or an expression the
 * repository does not decide, with what it needs said in words.
 */
import { caOfConstant } from '../cdk.js';
import type { PinnedValue } from '../../../model/iac.js';
import { lineOf, type Node } from '../syntax.js';
import type { ConstantTable } from './constants.js';
import type { Lang } from './model.js';
import { compact, key, lastSegment } from './tree.js';

export interface Outcome {
  value: PinnedValue;
  line: number;
  /** Same-file constants and objects the value went through, innermost first. */
  via: string[];
  /** The value is a `CaCertificate` (a constant or `.of(…)`). */
  ref?: true;
}

/** Code as one line of at most 100 characters, for a notice. */
export function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}

export class ValueReader {
  /** The values evaluated so far: a CA property read for a construct is no stray one. */
  private readonly evaluated = new Set<string>();

  constructor(
    private readonly lang: Lang,
    private readonly constants: ConstantTable,
  ) {}

  /** Whether a value has been evaluated already (as a construct's property). */
  isEvaluated(node: Node): boolean {
    return this.evaluated.has(key(node));
  }

  /** A string literal, through wrappers such as `jsii.String(…)`: its value and how it is written. */
  stringOf(node: Node): { value: string; written: string } | undefined {
    let current: Node | undefined = node;
    for (let i = 0; current && i < 4; i++) {
      const value = this.lang.literal(current);
      if (value !== undefined) return { value, written: current.text };
      current = this.lang.wrapped(current) ?? this.lang.unwrap(current);
    }
    return undefined;
  }

  /** The CA a value decides: one outcome per branch of a conditional. */
  evaluate(node: Node, via: string[], depth = 0): Outcome[] {
    this.evaluated.add(key(node));
    const line = lineOf(node);
    const expression = (): Outcome[] => [{ value: { kind: 'expression', text: short(node.text), missing: this.missing(node) }, line, via }];
    if (depth > 8) return expression();
    const literal = this.lang.literal(node);
    if (literal !== undefined) return [{ value: { kind: 'literal', ca: literal }, line, via }];
    const inner = this.lang.unwrap(node) ?? this.lang.wrapped(node);
    if (inner) return this.evaluate(inner, via, depth + 1);
    const ref = this.lang.caRef(node);
    if (ref) {
      if ('constant' in ref) return [{ value: { kind: 'literal', ca: caOfConstant(ref.constant) }, line, via, ref: true }];
      return (ref.of ? this.evaluate(ref.of, via, depth + 1) : expression()).map((o) => ({ ...o, ref: true as const }));
    }
    const branches = this.lang.branches(node);
    if (branches) return branches.flatMap((b) => this.evaluate(b, via, depth + 1));
    // `config.get("ca") ?? "rds-ca-2019"`, `config.get("ca") or "…"`, `os.environ.get("CA", "…")`:
    // the lookup is decided when the program runs; the fallback is what deploys without it.
    const fallback = this.lang.fallback(node) ?? this.defaulted(node);
    if (fallback) {
      const [primary, otherwise] = fallback;
      const unless = `; without it, the fallback ${this.stringOf(otherwise)?.written ?? `\`${short(otherwise.text)}\``} (line ${lineOf(otherwise)}) is used`;
      const first = (primary.equals(node) ? expression() : this.evaluate(primary, via, depth + 1)).map((o) =>
        o.value.kind === 'expression'
          ? { ...o, value: { ...o.value, missing: `${o.value.missing ?? 'decided when the program runs'}${unless}` } }
          : o,
      );
      return [...first, ...this.evaluate(otherwise, via, depth + 1)];
    }
    const name = this.lang.identifier(node);
    const constant = name === undefined ? undefined : this.constants.get(name, node);
    if (constant) return this.evaluate(constant.value, [this.constants.hop(constant), ...via], depth + 1);
    return expression();
  }

  /** `x.get(key, default)`, `os.getenv(key, default)`: the lookup and its default. */
  private defaulted(node: Node): [Node, Node] | undefined {
    const call = this.lang.callParts(node);
    const method = call ? lastSegment(call.callee) : '';
    if (!call || call.args.length !== 2 || !/^(?:get|getenv)$/i.test(method)) return undefined;
    // The lookup alone, for the notice: the call without its default.
    return [node, call.args[1]];
  }

  /** What a computed value needs that the repository does not hold. */
  private missing(node: Node): string {
    if (this.lang.interpolated(node)) return 'the values substituted into the string, known only when the program runs';
    const call = this.lang.callParts(node);
    const name = this.lang.identifier(node);
    if (name !== undefined) return `\`${name}\` is not a constant with a literal value in this file`;
    const text = compact(node.text);
    if (call) {
      const first = call.args[0] && this.stringOf(call.args[0])?.value;
      const quoted = first === undefined ? '' : ` "${first}"`;
      const method = lastSegment(call.callee);
      if (/^(?:try_?get_?context|get_?context)$/i.test(method))
        return `the CDK context value${quoted}, given at synth time (cdk.json, cdk.context.json or --context)`;
      if (/^(?:getenv|get_?environment_?variable)$/i.test(method) || /environ\.get$/.test(call.callee))
        return `the environment variable${quoted} when the program runs`;
      if (/^(?:require|get)(?:_?secret|_?object|_?string)?$/i.test(method) && /conf|cfg|settings/i.test(call.callee))
        return `the stack configuration value${quoted}, set per stack (pulumi config)`;
      return `the result of \`${short(call.callee)}(…)\`, computed when the program runs`;
    }
    const env = /^(?:process\.env\.(\w+)|process\.env\[["'](\w+)["']\]|os\.environ\[["'](\w+)["']\])$/.exec(text);
    if (env) return `the environment variable "${env[1] ?? env[2] ?? env[3]}" when the program runs`;
    return `the value of \`${short(node.text)}\`, known only when the program runs`;
  }
}

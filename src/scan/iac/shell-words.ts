/**
 * The values shell words have when the shell runs them: quoting and escapes undone, parts
 * joined, and `$VAR` / `${VAR}` followed to the last assignment before the call in the same
 * script, the values of an enclosing `for VAR in …`, the environment the surroundings give (a
 * CI file, a Makefile, a Dockerfile), or `${VAR:-default}`; anything else is decided at run time.
 */
import { dedupe, missingOf, withVia } from './candidates.js';
import type { ShellFragment } from './shell-fragment.js';
import { descendants, type Node } from './syntax.js';
import type { Candidate } from './yaml-tree.js';

const MAX_DEPTH = 12;

/** The word's text when it is written out (no expansion). */
export function wordText(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'word') return node.text.replace(/\\(.)/gs, '$1');
  if (node.type === 'raw_string') return node.text.slice(1, -1);
  if (node.type === 'string' && node.namedChildren.every((c) => c?.type === 'string_content')) return node.text.slice(1, -1);
  return undefined;
}

export class ShellWords {
  readonly assignments: Node[];

  constructor(
    readonly fragment: ShellFragment,
    root: Node,
  ) {
    this.assignments = descendants(root, 'variable_assignment');
  }

  /** Literal values only: what the script itself decides (a variable it assigns a literal counts). */
  literals(node: Node, call: Node): Array<{ text: string; line: number }> {
    return this.value(node, call).flatMap((c) => (c.value.kind === 'literal' ? [{ text: c.value.ca, line: c.line }] : []));
  }

  lineOf(node: Node): number {
    return this.fragment.line(node.startPosition.row, node.text.split('\n')[0]);
  }

  private literal(node: Node, ca: string, via: string[] = []): Candidate {
    return { value: { kind: 'literal', ca }, line: this.lineOf(node), via };
  }

  expression(node: Node, missing: string, text = node.text): Candidate {
    return { value: { kind: 'expression', text: text.replace(/\s+/g, ' ').slice(0, 120), missing }, line: this.lineOf(node), via: [] };
  }

  /** A word's value as the shell gives it to the command. */
  value(node: Node, call: Node, depth = 0): Candidate[] {
    if (depth > MAX_DEPTH) return [this.expression(node, 'the variable refers to itself too deeply to follow')];
    switch (node.type) {
      case 'word':
      case 'number':
      // `${X:-rds-ca-…}`: the grammar reads the default's first letters as a variable_name.
      case 'variable_name':
        return [this.literal(node, node.text.replace(/\\(.)/gs, '$1'))];
      case 'string_content':
        return [this.literal(node, node.text.replace(/\\([$`"\\\n])/g, '$1'))];
      case 'raw_string':
        return [this.literal(node, node.text.slice(1, -1))];
      case 'string':
      case 'concatenation': {
        const parts: Candidate[][] = [];
        for (const child of node.children) {
          if (!child || child.type === '"') continue;
          parts.push(child.isNamed ? this.value(child, call, depth + 1) : [this.literal(child, child.text)]);
        }
        return this.join(node, parts);
      }
      case 'simple_expansion':
      case 'expansion':
        return this.variable(node, call, depth);
      case 'command_substitution': {
        const inner = node.namedChildren.filter((c): c is Node => c !== null);
        if (this.fragment.make && inner.length === 1 && inner[0].type === 'command' && /^[A-Za-z_][\w.-]*$/.test(inner[0].text)) {
          const made = this.fragment.outer?.(inner[0].text);
          if (made) return made;
          return [
            this.expression(
              node,
              `the make variable ${inner[0].text} is not set in this Makefile (the make command line or environment decides it)`,
            ),
          ];
        }
        return [this.expression(node, 'computed by a command at run time')];
      }
      default:
        return [this.expression(node, 'computed by the shell at run time')];
    }
  }

  private join(node: Node, parts: Candidate[][]): Candidate[] {
    if (parts.length === 1) return parts[0];
    let out: Candidate[] = [this.literal(node, '')];
    for (const part of parts) {
      out = out
        .flatMap((a) =>
          part.map((b): Candidate => {
            const via = [...a.via, ...b.via.filter((v) => !a.via.includes(v))];
            if (a.value.kind === 'literal' && b.value.kind === 'literal')
              return { value: { kind: 'literal', ca: a.value.ca + b.value.ca }, line: b.via.length ? b.line : a.line, via };
            return { ...this.expression(node, missingOf(a, b) ?? 'decided at run time'), via };
          }),
        )
        .slice(0, 32);
    }
    return dedupe(out);
  }

  private variable(node: Node, call: Node, depth: number): Candidate[] {
    const nameNode = node.namedChildren.find((c) => c?.type === 'variable_name');
    if (!nameNode) return [this.expression(node, 'a script argument or special parameter, given at run time')];
    const name = nameNode.text;
    // An enclosing `for NAME in a b c`: each value in turn.
    for (let at = call.parent; at; at = at.parent) {
      if (at.type !== 'for_statement') continue;
      const variable = at.childForFieldName('variable');
      if (variable?.text !== name) continue;
      const values = at.childrenForFieldName('value').filter((c): c is Node => c !== null);
      if (!values.length) return [this.expression(node, `${name} takes the script's arguments in a for loop`)];
      return values.flatMap((v) => withVia(this.value(v, call, depth + 1), `for ${name} in … (${this.fragment.file}:${this.lineOf(at!)})`));
    }
    // The last assignment before the call (the call's own `NAME=… aws` prefix does not change its arguments).
    const before = this.assignments.filter(
      (a) => a.startIndex < call.startIndex && a.parent?.id !== call.id && a.childForFieldName('name')?.text === name,
    );
    const assignment = before[before.length - 1];
    if (assignment) {
      const valueNode = assignment.childForFieldName('value');
      const step = `${name} (${this.fragment.file}:${this.lineOf(assignment)})`;
      const values = valueNode ? this.value(valueNode, assignment, depth + 1) : [this.literal(assignment, '')];
      return withVia(values, step);
    }
    const outer = this.fragment.outer?.(name);
    if (outer) return outer;
    const children = node.children.filter((c): c is Node => c !== null);
    const operator = children.findIndex((c) => c.type === ':-' || c.type === '-' || c.type === ':=' || c.type === '=');
    if (node.type === 'expansion' && operator >= 0) {
      const fallback = children.slice(operator + 1).find((c) => c.isNamed);
      if (fallback)
        return withVia(this.value(fallback, call, depth + 1), `\${${name}${children[operator].type}…} (${name} is not set in this script)`);
      return [this.literal(node, '')];
    }
    return [this.expression(node, `${name} is not set in this script (the environment decides it at run time)`)];
  }
}

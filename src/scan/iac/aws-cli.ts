/**
 * CA pins in AWS CLI calls written as shell: `aws rds|docdb <operation> … --ca-certificate-identifier X`
 * (also `--ca-certificate-identifier=X`, quoted, across line continuations) and
 * `aws rds modify-certificates --certificate-identifier X` (the account's default for new
 * databases). The shell is parsed by tree-sitter bash; `$VAR` / `${VAR}` is followed to the last
 * assignment before the call in the same script, the values of an enclosing `for VAR in …`, the
 * environment a CI file or Makefile gives, or `${VAR:-default}`; anything else is decided at run time.
 * A call that creates an instance without the option gets AWS's default CA.
 */
import type { CaPin, Declaration, IacProblem } from './pin.js';
import { parse, type Node } from './syntax.js';
import { dedupe, pinsOf, type Candidate } from './yaml-tree.js';

/** Shell text taken from a file (a whole script, a Makefile recipe, a Dockerfile RUN, a CI step). */
export interface ShellFragment {
  file: string;
  text: string;
  /** The file's line of a row of `text` (0-based); `token` locates it where the text was folded. */
  line: (row: number, token?: string) => number;
  /** Variables the surroundings give: make variables, Dockerfile ARG/ENV, CI `env:`/`variables:`. */
  outer?: (name: string) => Candidate[] | undefined;
  /** A Makefile recipe: `$(NAME)` is a make variable, not a command. */
  make?: boolean;
}

const SERVICES = new Set(['rds', 'docdb']);
/** Global options that take a value (`aws --region x rds …`). */
const GLOBAL_WITH_VALUE = new Set(['--region', '--profile', '--output', '--endpoint-url', '--query', '--cli-read-timeout', '--cli-connect-timeout', '--color', '--ca-bundle', '--cli-binary-format']);
const CA_OPTIONS: Record<string, string> = { '--ca-certificate-identifier': '--ca-certificate-identifier' };
const ACCOUNT_DEFAULT = { operation: 'modify-certificates', option: '--certificate-identifier' };
const CREATES_INSTANCE = new Set(['create-db-instance', 'create-db-instance-read-replica', 'restore-db-instance-from-db-snapshot', 'restore-db-instance-from-s3', 'restore-db-instance-to-point-in-time']);
const CREATES_CLUSTER = new Set(['create-db-cluster', 'restore-db-cluster-from-snapshot', 'restore-db-cluster-from-s3', 'restore-db-cluster-to-point-in-time']);
const IDENTIFIER_OPTIONS = ['--db-instance-identifier', '--target-db-instance-identifier', '--db-cluster-identifier'];
const WRAPPERS = new Set(['sudo', 'env', 'time', 'exec', 'command', 'nohup']);
const NOT_ARGUMENTS = new Set(['command_name', 'variable_assignment', 'file_redirect', 'heredoc_redirect', 'herestring_redirect', 'comment']);
const MAX_DEPTH = 12;

/** Whether shell text may hold a call this reader judges (cheap, before parsing). */
export function mayCallAws(text: string): boolean {
  return text.includes('aws') && (text.includes('-certificate-identifier') || text.includes('create-db-') || text.includes('restore-db-'));
}

class Shell {
  readonly pins: CaPin[] = [];
  readonly declarations: Declaration[] = [];
  private readonly assignments: Node[];

  constructor(private readonly fragment: ShellFragment, root: Node) {
    this.assignments = root.descendantsOfType('variable_assignment').filter((n): n is Node => n !== null);
  }

  private lineOf(node: Node): number {
    return this.fragment.line(node.startPosition.row, node.text.split('\n')[0]);
  }

  private literal(node: Node, ca: string, via: string[] = []): Candidate {
    return { value: { kind: 'literal', ca }, line: this.lineOf(node), via };
  }

  private expression(node: Node, missing: string, text = node.text): Candidate {
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
          return [this.expression(node, `the make variable ${inner[0].text} is not set in this Makefile (the make command line or environment decides it)`)];
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
      out = out.flatMap((a) => part.map((b): Candidate => {
        const via = [...a.via, ...b.via.filter((v) => !a.via.includes(v))];
        if (a.value.kind === 'literal' && b.value.kind === 'literal') return { value: { kind: 'literal', ca: a.value.ca + b.value.ca }, line: b.via.length ? b.line : a.line, via };
        const missing = a.value.kind === 'expression' ? a.value.missing : b.value.kind === 'expression' ? b.value.missing : 'part of the value is unset';
        return { ...this.expression(node, missing ?? 'decided at run time'), via };
      })).slice(0, 32);
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
      return values.flatMap((v) => this.value(v, call, depth + 1).map((c) => ({ ...c, via: [...c.via, `for ${name} in … (${this.fragment.file}:${this.lineOf(at!)})`] })));
    }
    // The last assignment before the call (the call's own `NAME=… aws` prefix does not change its arguments).
    const before = this.assignments.filter((a) => a.startIndex < call.startIndex && a.parent?.id !== call.id && a.childForFieldName('name')?.text === name);
    const assignment = before[before.length - 1];
    if (assignment) {
      const valueNode = assignment.childForFieldName('value');
      const step = `${name} (${this.fragment.file}:${this.lineOf(assignment)})`;
      const values = valueNode ? this.value(valueNode, assignment, depth + 1) : [this.literal(assignment, '')];
      return values.map((c) => ({ ...c, via: [...c.via, step] }));
    }
    const outer = this.fragment.outer?.(name);
    if (outer) return outer;
    const children = node.children.filter((c): c is Node => c !== null);
    const operator = children.findIndex((c) => c.type === ':-' || c.type === '-' || c.type === ':=' || c.type === '=');
    if (node.type === 'expansion' && operator >= 0) {
      const fallback = children.slice(operator + 1).find((c) => c.isNamed);
      if (fallback) return this.value(fallback, call, depth + 1).map((c) => ({ ...c, via: [...c.via, `\${${name}${children[operator].type}…} (${name} is not set in this script)`] }));
      return [this.literal(node, '')];
    }
    return [this.expression(node, `${name} is not set in this script (the environment decides it at run time)`)];
  }

  /** The word's text when it is written out (no expansion). */
  private static text(node: Node | undefined): string | undefined {
    if (!node) return undefined;
    if (node.type === 'word') return node.text.replace(/\\(.)/gs, '$1');
    if (node.type === 'raw_string') return node.text.slice(1, -1);
    if (node.type === 'string' && node.namedChildren.every((c) => c?.type === 'string_content')) return node.text.slice(1, -1);
    return undefined;
  }

  call(command: Node): void {
    const file = this.fragment.file;
    let args = command.namedChildren.filter((c): c is Node => c !== null && !NOT_ARGUMENTS.has(c.type));
    let name = Shell.text(command.childForFieldName('name')?.firstNamedChild ?? undefined);
    while (name !== undefined && WRAPPERS.has(name) && args.length) {
      while (args.length && (Shell.text(args[0])?.startsWith('-') || Shell.text(args[0])?.includes('='))) args = args.slice(1);
      name = Shell.text(args[0]);
      args = args.slice(1);
    }
    if (name === undefined || name.split('/').pop() !== 'aws') return;
    let i = 0;
    while (i < args.length && Shell.text(args[i])?.startsWith('--')) i += GLOBAL_WITH_VALUE.has(Shell.text(args[i])!) ? 2 : 1;
    const service = Shell.text(args[i]);
    const operation = Shell.text(args[i + 1]);
    if (!service || !SERVICES.has(service) || !operation) return;
    const options = args.slice(i + 2);
    const find = (option: string): { node: Node; candidates: Candidate[] } | undefined => {
      for (const [j, arg] of options.entries()) {
        const text = Shell.text(arg);
        if (text === option && options[j + 1]) return { node: options[j + 1], candidates: this.value(options[j + 1], command) };
        if (arg.text.startsWith(`${option}=`)) {
          const prefix = `${option}=`;
          return {
            node: arg,
            candidates: this.value(arg, command).map((c) => (c.value.kind === 'literal' ? { ...c, value: { kind: 'literal' as const, ca: c.value.ca.slice(prefix.length) } } : c.value.kind === 'expression' ? { ...c, value: { ...c.value, text: c.value.text.slice(prefix.length) } } : c)),
          };
        }
      }
      return undefined;
    };
    const idOption = IDENTIFIER_OPTIONS.find((o) => find(o));
    const id = idOption ? find(idOption)! : undefined;
    const resource = `aws ${service} ${operation}${id ? ` ${idOption} ${id.node.text}` : ''}`;
    const line = this.lineOf(command);
    const creates = CREATES_INSTANCE.has(operation) ? 'instance' : CREATES_CLUSTER.has(operation) ? 'cluster' : undefined;
    const attributes = service === 'rds' && operation === ACCOUNT_DEFAULT.operation ? [ACCOUNT_DEFAULT.option] : Object.keys(CA_OPTIONS);
    for (const attribute of attributes) {
      const found = find(attribute);
      const target = { file, resource, attribute, tool: 'aws-cli' as const, syntax: 'shell' as const, declaredAt: { file, line } };
      if (found) this.pins.push(...pinsOf(target, found.candidates));
      else if (creates === 'instance') this.pins.push(...pinsOf(target, [{ value: { kind: 'absent' }, line, via: [] }]));
    }
    if (creates) {
      const declaration: Declaration = { file, line, tool: 'aws-cli', syntax: 'shell', resource, kind: creates, attribute: '--ca-certificate-identifier' };
      const literal = id?.candidates.length === 1 && id.candidates[0].value.kind === 'literal' ? id.candidates[0].value.ca : undefined;
      if (literal !== undefined) declaration.identifier = literal;
      this.declarations.push(declaration);
    }
  }
}

/** Pins, declarations and the parse problem (when the shell holds a CA option) of one fragment. */
export async function awsCliFacts(fragment: ShellFragment): Promise<{ pins: CaPin[]; declarations: Declaration[]; problems: IacProblem[] }> {
  return parse('bash', fragment.text, (root, error) => {
    const shell = new Shell(fragment, root);
    for (const command of root.descendantsOfType('command')) if (command) shell.call(command);
    const problems: IacProblem[] = error && fragment.text.includes('-certificate-identifier')
      ? [{ file: fragment.file, line: fragment.line(error.line - 1), parser: 'Bash', message: error.message }]
      : [];
    return { pins: shell.pins, declarations: shell.declarations, problems };
  });
}

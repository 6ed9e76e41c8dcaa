/**
 * CA pins in AWS CLI calls written as shell: `aws rds|docdb <operation> … --ca-certificate-identifier X`
 * (also `--ca-certificate-identifier=X`, quoted, across line continuations) and
 * `aws rds modify-certificates --certificate-identifier X` (the account's default for new
 * databases). The shell is parsed by tree-sitter bash; `$VAR` / `${VAR}` is followed to the last
 * assignment before the call in the same script, the values of an enclosing `for VAR in …`, the
 * environment a CI file or Makefile gives, or `${VAR:-default}`; anything else is decided at run time.
 * A call that creates an instance without the option gets AWS's default CA.
 */
import { dirname, posix } from 'node:path';
import { LineCounter } from 'yaml';
import { overrideSettings, type ParameterSetting } from './parameters.js';
import type { CaPin, Declaration, IacProblem, TerraformVariableSetting } from './pin.js';
import { descendants, parse, type Node } from './syntax.js';
import { dedupe, pinsOf } from './candidates.js';
import { get, lineAt, str, type Candidate, type Source } from './yaml-tree.js';
import { parseDocuments } from './yaml-parse.js';
import { isDocument } from './file-kinds.js';

/** Files of the repository, for `--cli-input-json file://…`. */
export interface ShellWorkspace {
  files: readonly string[];
  read: (path: string) => string | undefined;
}

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
  /** The repository, to read the file a call's `--cli-input-json file://…` names. */
  workspace?: ShellWorkspace;
}

const SERVICES = new Set(['rds', 'docdb']);
/** Global options that take a value (`aws --region x rds …`). */
const GLOBAL_WITH_VALUE = new Set([
  '--region',
  '--profile',
  '--output',
  '--endpoint-url',
  '--query',
  '--cli-read-timeout',
  '--cli-connect-timeout',
  '--color',
  '--ca-bundle',
  '--cli-binary-format',
]);
const CA_OPTIONS: Record<string, string> = { '--ca-certificate-identifier': '--ca-certificate-identifier' };
const ACCOUNT_DEFAULT = { operation: 'modify-certificates', option: '--certificate-identifier' };
const CREATES_INSTANCE = new Set([
  'create-db-instance',
  'create-db-instance-read-replica',
  'restore-db-instance-from-db-snapshot',
  'restore-db-instance-from-s3',
  'restore-db-instance-to-point-in-time',
]);
const CREATES_CLUSTER = new Set([
  'create-db-cluster',
  'restore-db-cluster-from-snapshot',
  'restore-db-cluster-from-s3',
  'restore-db-cluster-to-point-in-time',
]);
const IDENTIFIER_OPTIONS = ['--db-instance-identifier', '--target-db-instance-identifier', '--db-cluster-identifier'];
const WRAPPERS = new Set(['sudo', 'env', 'time', 'exec', 'command', 'nohup']);
const NOT_ARGUMENTS = new Set([
  'command_name',
  'variable_assignment',
  'file_redirect',
  'heredoc_redirect',
  'herestring_redirect',
  'comment',
]);
const MAX_DEPTH = 12;

/** The first option a call gives, and what `find` made of it: each option looked up once. */
function firstFound<T>(options: readonly string[], find: (option: string) => T | undefined): [string | undefined, T | undefined] {
  for (const option of options) {
    const found = find(option);
    if (found) return [option, found];
  }
  return [undefined, undefined];
}

/** Whether shell text may hold a call this reader judges (cheap, before parsing). */
export function mayCallAws(text: string): boolean {
  return (
    (text.includes('aws') &&
      (text.includes('-certificate-identifier') ||
        text.includes('create-db-') ||
        text.includes('restore-db-') ||
        text.includes('--cli-input-'))) ||
    setsValues(text)
  );
}

/** Whether shell text may set a Terraform variable or a CloudFormation parameter. */
export function setsValues(text: string): boolean {
  return text.includes('TF_VAR_') || text.includes('-var') || text.includes('--parameter-overrides') || text.includes('--parameters');
}

const TERRAFORM = new Set(['terraform', 'tofu']);
const TERRAFORM_SETS_VARIABLES = new Set(['plan', 'apply']);
const CLOUDFORMATION_PARAMETERS: Record<string, string[]> = {
  deploy: ['--parameter-overrides'],
  'create-stack': ['--parameters'],
  'update-stack': ['--parameters'],
  'create-change-set': ['--parameters'],
};
/** The CA key of an API call's input (`--cli-input-json`), by operation. */
const INPUT_CA_KEYS: Record<string, string> = { 'modify-certificates': 'CertificateIdentifier' };
const INPUT_CA_KEY = 'CACertificateIdentifier';
const INPUT_IDENTIFIERS = ['DBInstanceIdentifier', 'TargetDBInstanceIdentifier', 'DBClusterIdentifier'];

class Shell {
  readonly pins: CaPin[] = [];
  readonly declarations: Declaration[] = [];
  readonly terraformVariables: TerraformVariableSetting[] = [];
  readonly parameters: ParameterSetting[] = [];
  private readonly assignments: Node[];

  constructor(
    private readonly fragment: ShellFragment,
    private readonly root: Node,
  ) {
    this.assignments = descendants(root, 'variable_assignment');
  }

  /** Literal values only: what the script itself decides (a variable it assigns a literal counts). */
  private literals(node: Node, call: Node): Array<{ text: string; line: number }> {
    return this.value(node, call).flatMap((c) => (c.value.kind === 'literal' ? [{ text: c.value.ca, line: c.line }] : []));
  }

  /** `export TF_VAR_x=…`, `TF_VAR_x=… terraform apply`, and `TF_VAR_x=…` when the script exports it (`export TF_VAR_x`, `set -a`). */
  tfVarAssignments(): void {
    const exported = new Set<string>();
    for (const d of this.root.descendantsOfType('declaration_command')) {
      if (!d || !/^(?:export|declare\s+-\w*x|typeset\s+-\w*x)/.test(d.text)) continue;
      for (const c of d.namedChildren) if (c?.type === 'variable_name') exported.add(c.text);
    }
    const allExported = /(?:^|[\s;])set\s+(?:-a\b|-o\s+allexport\b)/m.test(this.fragment.text);
    for (const assignment of this.assignments) {
      const name = assignment.childForFieldName('name')?.text ?? '';
      const variable = /^TF_VAR_(\w+)$/.exec(name)?.[1];
      if (!variable) continue;
      const parent = assignment.parent;
      const isExported =
        (parent?.type === 'declaration_command' && /^(?:export|declare\s+-\w*x|typeset\s+-\w*x)/.test(parent.text)) ||
        parent?.type === 'command' ||
        exported.has(name) ||
        allExported;
      const valueNode = assignment.childForFieldName('value');
      if (!isExported || !valueNode) continue;
      for (const v of this.literals(valueNode, assignment))
        this.terraformVariables.push({ file: this.fragment.file, line: v.line, name: variable, value: v.text, how: name });
    }
  }

  /** `terraform plan|apply -var x=…` (also `-var=x=…`, quoted). */
  private terraform(command: Node, args: Node[]): void {
    let i = 0;
    while (i < args.length && Shell.text(args[i])?.startsWith('-')) i++;
    if (!TERRAFORM_SETS_VARIABLES.has(Shell.text(args[i]) ?? '')) return;
    for (let j = i + 1; j < args.length; j++) {
      const text = Shell.text(args[j]);
      let values: Array<{ text: string; line: number }> = [];
      if (text === '-var' || text === '--var') values = args[j + 1] ? this.literals(args[++j], command) : [];
      else if (/^--?var=/.test(args[j].text))
        values = this.literals(args[j], command).map((v) => ({ ...v, text: v.text.replace(/^--?var=/, '') }));
      for (const v of values) {
        const eq = v.text.indexOf('=');
        if (eq <= 0 || !/^[A-Za-z_][\w-]*$/.test(v.text.slice(0, eq))) continue;
        const name = v.text.slice(0, eq);
        this.terraformVariables.push({ file: this.fragment.file, line: v.line, name, value: v.text.slice(eq + 1), how: `-var ${name}=…` });
      }
    }
  }

  /** `aws cloudformation deploy --parameter-overrides A=x B=y`, `sam deploy --parameter-overrides "A=x B=y"`, `create-stack --parameters ParameterKey=A,ParameterValue=x`. */
  private cloudformationParameters(command: Node, options: Node[], names: string[]): void {
    for (let j = 0; j < options.length; j++) {
      const text = Shell.text(options[j]);
      if (!text || !names.includes(text)) continue;
      for (let k = j + 1; k < options.length && !Shell.text(options[k])?.startsWith('--'); k++) {
        const node = options[k];
        for (const v of this.literals(node, command)) {
          if (v.text.startsWith('file://') || v.text.trimStart().startsWith('[')) continue; // a parameter file is read as one (parameters.ts)
          const lines = node.text.split('\n');
          for (const s of overrideSettings(v.text)) {
            const row = lines.findIndex((l) => l.includes(`${s.name}=`));
            const line = row > 0 ? this.fragment.line(node.startPosition.row + row, lines[row]) : v.line;
            this.parameters.push({ file: this.fragment.file, line, name: s.name, value: s.value, how: `${text} ${s.name}` });
          }
        }
      }
    }
  }

  /**
   * `--cli-input-json '{…}'` written in the call, or `file://…` read from the repository (unless
   * that file is a document the document reader judges on its own, which it does as an API input).
   */
  private cliInput(
    command: Node,
    option: string,
    node: Node,
    operation: string,
  ): { candidates: Candidate[]; identifier?: string; elsewhere?: true } | undefined {
    const key = INPUT_CA_KEYS[operation] ?? INPUT_CA_KEY;
    for (const v of this.literals(node, command)) {
      let file = this.fragment.file;
      let text = v.text;
      let first = v.line;
      let via: string[] = [];
      const url = /^file:\/\/(.+)$/.exec(v.text.trim());
      if (url) {
        const workspace = this.fragment.workspace;
        if (!workspace || url[1].startsWith('/')) return undefined;
        const path = [posix.normalize(posix.join(dirname(this.fragment.file), url[1])), posix.normalize(url[1])].find((p) =>
          workspace.files.includes(p),
        );
        const read = path === undefined ? undefined : workspace.read(path);
        if (path === undefined || read === undefined) return undefined;
        if (isDocument(path) && read.includes(key)) return { candidates: [], elsewhere: true };
        file = path;
        text = read;
        first = 1;
        via = [`${option} ${v.text} (${this.fragment.file}:${v.line})`];
      }
      const lines = new LineCounter();
      const [doc] = parseDocuments(text, lines).docs;
      if (!doc || doc.errors.length) continue;
      const src: Source = { file, text, lines, syntax: 'json', seen: new Set() };
      const pair = get(doc.contents, key);
      const identifier = INPUT_IDENTIFIERS.map((k) => str(get(doc.contents, k))).find((x) => x !== undefined);
      const ca = str(pair);
      if (ca === undefined) return { candidates: [], identifier };
      const row = lineAt(src, pair) - 1;
      const line = url ? row + 1 : row ? this.fragment.line(node.startPosition.row + row, key) : first;
      return { candidates: [{ value: { kind: 'literal', ca }, line, ...(url ? { file } : {}), via }], identifier };
    }
    return undefined;
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
            const missing =
              a.value.kind === 'expression'
                ? a.value.missing
                : b.value.kind === 'expression'
                  ? b.value.missing
                  : 'part of the value is unset';
            return { ...this.expression(node, missing ?? 'decided at run time'), via };
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
      return values.flatMap((v) =>
        this.value(v, call, depth + 1).map((c) => ({
          ...c,
          via: [...c.via, `for ${name} in … (${this.fragment.file}:${this.lineOf(at!)})`],
        })),
      );
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
      return values.map((c) => ({ ...c, via: [...c.via, step] }));
    }
    const outer = this.fragment.outer?.(name);
    if (outer) return outer;
    const children = node.children.filter((c): c is Node => c !== null);
    const operator = children.findIndex((c) => c.type === ':-' || c.type === '-' || c.type === ':=' || c.type === '=');
    if (node.type === 'expansion' && operator >= 0) {
      const fallback = children.slice(operator + 1).find((c) => c.isNamed);
      if (fallback)
        return this.value(fallback, call, depth + 1).map((c) => ({
          ...c,
          via: [...c.via, `\${${name}${children[operator].type}…} (${name} is not set in this script)`],
        }));
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
    const program = name?.split('/').pop();
    if (program && TERRAFORM.has(program)) return this.terraform(command, args);
    if (program === 'sam' && Shell.text(args.find((a) => !Shell.text(a)?.startsWith('-'))) === 'deploy')
      return this.cloudformationParameters(command, args, ['--parameter-overrides']);
    if (name === undefined || program !== 'aws') return;
    let i = 0;
    while (i < args.length && Shell.text(args[i])?.startsWith('--')) i += GLOBAL_WITH_VALUE.has(Shell.text(args[i])!) ? 2 : 1;
    const service = Shell.text(args[i]);
    const operation = Shell.text(args[i + 1]);
    if (service === 'cloudformation' && operation && CLOUDFORMATION_PARAMETERS[operation])
      return this.cloudformationParameters(command, args.slice(i + 2), CLOUDFORMATION_PARAMETERS[operation]);
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
            candidates: this.value(arg, command).map((c) =>
              c.value.kind === 'literal'
                ? { ...c, value: { kind: 'literal' as const, ca: c.value.ca.slice(prefix.length) } }
                : c.value.kind === 'expression'
                  ? { ...c, value: { ...c.value, text: c.value.text.slice(prefix.length) } }
                  : c,
            ),
          };
        }
      }
      return undefined;
    };
    const [inputName, inputOption] = firstFound(['--cli-input-json', '--cli-input-yaml'], find);
    const input = inputName && inputOption ? this.cliInput(command, inputName, inputOption.node, operation) : undefined;
    const [idOption, id] = firstFound(IDENTIFIER_OPTIONS, find);
    const named = id ? ` ${idOption} ${id.node.text}` : input?.identifier ? ` (input ${input.identifier})` : '';
    const resource = `aws ${service} ${operation}${named}`;
    const line = this.lineOf(command);
    const creates = CREATES_INSTANCE.has(operation) ? 'instance' : CREATES_CLUSTER.has(operation) ? 'cluster' : undefined;
    const attributes = service === 'rds' && operation === ACCOUNT_DEFAULT.operation ? [ACCOUNT_DEFAULT.option] : Object.keys(CA_OPTIONS);
    for (const attribute of attributes) {
      const found = find(attribute);
      const target = { file, resource, attribute, tool: 'aws-cli' as const, syntax: 'shell' as const, declaredAt: { file, line } };
      if (found) this.pins.push(...pinsOf(target, found.candidates));
      else if (inputOption) {
        // The CA is in the input: judged here, or where the input file is judged on its own.
        if (input?.candidates.length)
          this.pins.push(...pinsOf({ ...target, attribute: INPUT_CA_KEYS[operation] ?? INPUT_CA_KEY, syntax: 'json' }, input.candidates));
        else if (!input && creates === 'instance')
          this.pins.push(
            ...pinsOf(target, [
              {
                value: {
                  kind: 'expression',
                  text: inputOption.node.text,
                  missing: 'the call takes its options from an input that was not read',
                },
                line,
                via: [],
              },
            ]),
          );
        else if (input && !input.elsewhere && creates === 'instance')
          this.pins.push(...pinsOf(target, [{ value: { kind: 'absent' }, line, via: [] }]));
      } else if (creates === 'instance') this.pins.push(...pinsOf(target, [{ value: { kind: 'absent' }, line, via: [] }]));
    }
    if (creates) {
      const declaration: Declaration = {
        file,
        line,
        tool: 'aws-cli',
        syntax: 'shell',
        resource,
        kind: creates,
        attribute: '--ca-certificate-identifier',
      };
      const literal = id?.candidates.length === 1 && id.candidates[0].value.kind === 'literal' ? id.candidates[0].value.ca : undefined;
      if (literal !== undefined) declaration.identifier = literal;
      this.declarations.push(declaration);
    }
  }
}

export interface ShellFacts {
  pins: CaPin[];
  declarations: Declaration[];
  problems: IacProblem[];
  terraformVariables: TerraformVariableSetting[];
  /** CloudFormation parameters the calls give (the template reader follows them). */
  parameters: ParameterSetting[];
}

/** Pins, declarations, the parse problem (when the shell holds a CA option) and the values set for Terraform and CloudFormation of one fragment. */
export async function awsCliFacts(fragment: ShellFragment): Promise<ShellFacts> {
  return parse('bash', fragment.text, (root, error) => {
    const shell = new Shell(fragment, root);
    for (const command of root.descendantsOfType('command')) if (command) shell.call(command);
    shell.tfVarAssignments();
    const problems: IacProblem[] =
      error && fragment.text.includes('-certificate-identifier')
        ? [{ file: fragment.file, line: fragment.line(error.line - 1), parser: 'Bash', message: error.message }]
        : [];
    return {
      pins: shell.pins,
      declarations: shell.declarations,
      problems,
      terraformVariables: shell.terraformVariables,
      parameters: shell.parameters,
    };
  });
}

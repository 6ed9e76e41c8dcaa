/**
 * CA pins in program code: AWS CDK (TypeScript/JavaScript, Python, Java, C#, Go) and Pulumi
 * (TypeScript/JavaScript, Python, Go), read from tree-sitter trees.
 *
 * Each database construct call is a declaration; its CA property is a pin, whose value is a
 * literal (through `jsii.String(…)`-style wrappers, `CaCertificate` constants and `.of(…)`, and
 * same-file constants), one pin per branch of a conditional, or an expression the repository
 * does not decide (a lookup's literal fallback is a pin of its own). An instance that leaves the
 * CA out is an `absent` pin. A CA property outside a known construct is a pin too: a wrapper
 * construct's props, an object built apart (named by the call that takes it), an AWS SDK request
 * (tool `aws-sdk`). A `CaCertificate` that is no property's value chooses nothing, and test code
 * (test functions, assertions, expected throws) deploys nothing; file names decide nothing.
 */
import { cdkSpec, caOfConstant, sameProperty, spell, type ConstructSpec } from './cdk.js';
import { ConstantTable } from './code/constants.js';
import { LANGS } from './code/lang/index.js';
import type { Call, CodeSyntax, Entry, Lang, Owner } from './code/model.js';
import {
  byCodePoint,
  CA_PROPERTY_NAMES,
  noIacFacts,
  type CaPin,
  type Declaration,
  type IacFacts,
  type PinnedValue,
  type Place,
} from './pin.js';
import { pulumiSpec } from './pulumi.js';
import { grammarOf, lineOf, parse, type Node } from './syntax.js';

/** Text that builds a collection, not a value: a dict, list, set or object literal. */
const COLLECTION = /^(?:(?:dict|list|set|tuple|map)\s*\(|[{[])/;
const PARSERS: Record<CodeSyntax, string> = { typescript: 'TypeScript', python: 'Python', go: 'Go', java: 'Java', 'c-sharp': 'C#' };

/** Imports that make a file a CDK or Pulumi program: only then is a syntax error worth a warning. */
const IAC_IMPORT = /aws-cdk|aws_cdk|awscdk|Amazon\.CDK|pulumi/i;
const PULUMI_IMPORT = /pulumi/i;

/** CA identifier properties outside a known construct (a props object built apart, a custom construct's props, an AWS SDK request). */
/** Properties named for a CA (`caCertificate`, `ca`, `dbCa`, `default_ca`): a `CaCertificate` given to one is a choice. */
const CA_NAMED = /certificate|(?:^|_)ca(?:_|$)|^ca(?=[A-Z])|[a-z]Ca(?=[A-Z]|$)/i;
/** Imports of an AWS SDK: boto3, the JavaScript SDK v2/v3, Go, Java v1/v2, .NET. */
const SDK_IMPORT = /boto3|botocore|@aws-sdk\/|['"]aws-sdk|aws-sdk-go|software\.amazon\.awssdk|com\.amazonaws|Amazon\.RDS|Amazon\.DocDB/;

/** The call nodes of each language, for finding assertions. */
const CALL_TYPES: Record<CodeSyntax, string[]> = {
  typescript: ['call_expression'],
  python: ['call'],
  go: ['call_expression'],
  java: ['method_invocation'],
  'c-sharp': ['invocation_expression'],
};

/** CDK assertions (`Template`, `Match`) and test runners' expectations, in camelCase, snake_case or PascalCase (compared plain). */
const ASSERTION_METHODS = new Set([
  'hasresourceproperties',
  'hasresource',
  'findresources',
  'resourcecountis',
  'resourcepropertiescountis',
  'templatematches',
  'allresources',
  'allresourcesproperties',
  'hasoutput',
  'findoutputs',
  'hasmapping',
  'findmappings',
  'hascondition',
  'findconditions',
  'hasparameter',
  'findparameters',
  'objectlike',
  'objectequals',
  'arraywith',
  'arrayequals',
  'serializedjson',
  'tothrow',
  'tothrowerror',
  'rejects',
  'throws',
  'raises',
  'panics',
]);

/** Whether a callee is an assertion: `Template.fromStack(s).hasResourceProperties`, `Match.objectLike`, `expect(…).toThrow`, `assert.Equal`, `self.assertEqual`. */
function isAssertion(callee: string, syntax: CodeSyntax): boolean {
  let text = callee.replace(/<[^<>]*>/g, '');
  for (let i = 0; i < 8 && /\([^()]*\)/.test(text); i++) text = text.replace(/\([^()]*\)/g, '');
  const names = text.match(/[A-Za-z_$][\w$]*/g) ?? [];
  const [first, last] = [names[0] ?? '', names.at(-1) ?? ''];
  const expectation = /^(?:[Aa]ssert|[Ee]xpect)(?![a-z])/;
  return (
    expectation.test(first) ||
    expectation.test(last) ||
    ASSERTION_METHODS.has(last.replaceAll('_', '').toLowerCase()) ||
    names.some((n) => n === 'Match' || n === 'Should' || n === 'should') ||
    (syntax === 'go' && first === 'require' && names.length > 1)
  );
}

/** An AWS SDK operation or its request: `rds.modify_db_instance`, `ModifyDBInstanceCommand`, `rds.ModifyDBInstanceInput`, `ModifyDbInstanceRequest`. */
function sdkOperation(name: string): boolean {
  const last = name.replace(/<.*>$/, '').split('.').at(-1) ?? '';
  return /^(?:modify|create|restore)db(?:instance|cluster)/.test(
    last
      .replaceAll('_', '')
      .toLowerCase()
      .replace(/(?:command|input|request|async)$/, ''),
  );
}

/** Calls that hold values rather than declare resources: `jsii.String(…)`, `…Props(…)`, `CaCertificate.of(…)`. */
const VALUE_HOLDER = /^(?:jsii\.String|pulumi\.String\w*|aws\.String)$|(?:Props|Args|Property|CaCertificate)$/;

export async function codeFacts(file: string, text: string): Promise<IacFacts> {
  const grammar = grammarOf(file);
  if (grammar !== 'typescript' && grammar !== 'python' && grammar !== 'go' && grammar !== 'java' && grammar !== 'c-sharp')
    return noIacFacts();
  const lang = LANGS[grammar];
  return parse(grammar, text, (root, error) => {
    const reader = new CodeReader(file, lang, root);
    const facts = reader.read();
    if (error && (reader.isIacProgram() || facts.pins.length || facts.declarations.length)) {
      facts.problems.push({ file, line: error.line, parser: PARSERS[lang.syntax], message: error.message });
    }
    return facts;
  });
}

interface Outcome {
  value: PinnedValue;
  line: number;
  /** Same-file constants and objects the value went through, innermost first. */
  via: string[];
  /** The value is a `CaCertificate` (a constant or `.of(…)`). */
  ref?: true;
}

interface Construct {
  call: Call;
  spec: ConstructSpec;
  /** The construct id (CDK) or resource name (Pulumi), when literal. */
  id?: string;
  resource: string;
}

function key(node: Node): string {
  return `${node.startIndex}:${node.endIndex}:${node.type}`;
}

function contains(outer: Node, inner: Node): boolean {
  return (
    outer.startIndex <= inner.startIndex &&
    inner.endIndex <= outer.endIndex &&
    !(outer.startIndex === inner.startIndex && outer.endIndex === inner.endIndex)
  );
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}

class CodeReader {
  private readonly constants: ConstantTable;
  private readonly calls: Call[];
  private readonly consumed = new Set<string>();
  private readonly pins: CaPin[] = [];
  private readonly declarations: Declaration[] = [];
  /** Test functions and blocks, and assertion calls. */
  private readonly tests: Node[];

  constructor(
    private readonly file: string,
    private readonly lang: Lang,
    private readonly root: Node,
  ) {
    this.constants = new ConstantTable(lang.constants(root), file);
    this.calls = lang.calls(root);
    const assertions = root
      .descendantsOfType(CALL_TYPES[lang.syntax])
      .filter((n): n is Node => !!n && isAssertion(lang.callParts(n)?.callee ?? '', lang.syntax));
    this.tests = [...lang.testScopes(root), ...assertions];
  }

  isIacProgram(): boolean {
    return this.lang.imports(this.root).some((i) => IAC_IMPORT.test(i));
  }

  read(): IacFacts {
    const syntax = this.lang.syntax;
    const constructs = this.calls.flatMap((call): Construct[] => {
      if (this.inTest(call.node)) return [];
      const spec = cdkSpec(call) ?? pulumiSpec(call, syntax);
      if (!spec) return [];
      const idNode =
        call.args[spec.idIndex] ?? call.keywords?.get('id') ?? call.keywords?.get('construct_id') ?? call.keywords?.get('resource_name');
      const id = idNode && this.stringOf(idNode);
      return [{ call, spec, id: id?.value, resource: id ? `${call.callee} ${id.written}` : call.callee }];
    });
    for (const construct of constructs) this.construct(construct, constructs);
    this.strayProperties(constructs);
    return this.facts();
  }

  /** A database construct: its declaration, and its CA (set, computed, or left out). */
  private construct({ call, spec, id, resource }: Construct, constructs: Construct[]): void {
    const { file } = this;
    const syntax = this.lang.syntax;
    const line = lineOf(call.start);
    const props = this.lang.props(call, spec.propsIndex, this.constants);
    const attribute = spell(spec.caProperty, syntax);
    const identifierEntry = props.entries.find((e) => sameProperty(e.name, spec.identifierProperty));
    const identifier = identifierEntry && this.stringOf(identifierEntry.value)?.value;
    const declaration: Declaration = { file, line, tool: spec.tool, syntax, resource, kind: spec.kind, attribute };
    if (identifier !== undefined) declaration.identifier = identifier;
    const logicalId = spec.tool === 'cdk' ? this.logicalId(call, spec, id, constructs) : undefined;
    if (logicalId) declaration.logicalId = logicalId;
    this.declarations.push(declaration);

    const entry: Entry | undefined = [...props.entries].reverse().find((e) => sameProperty(e.name, spec.caProperty));
    const site = { resource, attribute, tool: spec.tool, syntax } as const;
    if (entry) {
      for (const outcome of this.evaluate(entry.value, entry.via)) this.pin(site, outcome, { file, line });
    } else if (props.unknown.length && spec.absentMatters) {
      // Properties built elsewhere may carry the CA; an Aurora cluster's would not be one anyway.
      const text = short(props.unknown.map((n) => n.text).join(', '));
      this.pins.push({
        file,
        line,
        ...site,
        value: {
          kind: 'expression',
          text,
          missing: `${attribute} is not written in this call; it may come from \`${text}\`, which is built outside it`,
        },
      });
    } else if (spec.absentMatters) {
      this.pins.push({ file, line, ...site, value: { kind: 'absent' } });
    }
  }

  /**
   * CDK's logical id starts with the construct id (then a hash); an Aurora writer or reader's
   * with its cluster's id. Non-alphanumerics are dropped, as CDK does. A construct nested in a
   * construct of the program's own has that construct's id first, which this file may not show.
   */
  private logicalId(call: Call, spec: ConstructSpec, id: string | undefined, constructs: Construct[]): string | undefined {
    if (id === undefined) return undefined;
    let logical = id;
    if (spec.clusterMember) {
      const cluster = constructs
        .filter((c) => c.spec.kind === 'cluster' && c.spec.tool === 'cdk' && contains(c.call.node, call.node))
        .sort((a, b) => b.call.node.startIndex - a.call.node.startIndex)[0];
      if (cluster?.id === undefined) return undefined;
      logical = cluster.id + id;
    }
    return logical.replace(/[^A-Za-z0-9]/g, '') || undefined;
  }

  /**
   * CA properties outside a known construct: a props object built apart, a construct of the
   * program's own (a wrapper), an AWS SDK call. `caCertificate` and other CA-named properties
   * count when their value is a `CaCertificate` (or an `rds-ca-…` id); the CA identifier
   * properties count whatever their value. A `CaCertificate` that is no property's value (a
   * library defining the constants, a log line) chooses nothing. Test code is not infrastructure.
   */
  private strayProperties(constructs: Construct[]): void {
    const pulumi = this.lang.imports(this.root).some((i) => PULUMI_IMPORT.test(i));
    const sdk = this.lang.imports(this.root).some((i) => SDK_IMPORT.test(i)) && !this.isIacProgram();
    for (const { name, value } of this.lang.keyed(this.root)) {
      if (this.consumed.has(key(value)) || this.inTest(value)) continue;
      const identifier = CA_PROPERTY_NAMES.some((p) => sameProperty(name, p));
      if (!identifier && !CA_NAMED.test(name)) continue;
      let outcomes = this.evaluate(value, []);
      if (!identifier) outcomes = outcomes.filter((o) => o.ref || (o.value.kind === 'literal' && /^rds-ca-/i.test(o.value.ca)));
      // A collection is no CA: `ca_certificate_identifier=dict(type="str")` describes an option (an Ansible module's argument spec).
      outcomes = outcomes.filter((o) => o.value.kind !== 'expression' || !COLLECTION.test(o.value.text));
      if (!outcomes.length) continue;
      const target = this.target(name, value, constructs, identifier && sdk);
      if (!target) continue;
      const tool = target.sdk ? 'aws-sdk' : sameProperty(name, 'caCertIdentifier') || pulumi ? 'pulumi' : 'cdk';
      for (const outcome of outcomes) {
        this.pin(
          { resource: target.resource, attribute: name, tool, syntax: this.lang.syntax },
          { ...outcome, via: [...outcome.via, ...target.via] },
          target.declaredAt,
        );
      }
    }
  }

  /**
   * What a stray CA property belongs to: the AWS SDK call or request it is a parameter of, the
   * construct around it, or the same-file object it is written in, followed to the call that
   * uses that object. Undefined when only tests use the object.
   */
  private target(
    name: string,
    value: Node,
    constructs: Construct[],
    sdkSpelling: boolean,
  ): { resource: string; via: string[]; declaredAt?: Place; sdk?: true } | undefined {
    const owner = this.lang.owner(value);
    let at = value;
    const via: string[] = [];
    let declaredAt: Place | undefined;
    if (owner?.variable) {
      const uses = this.uses(owner);
      if (uses.length && uses.every((u) => this.inTest(u))) return undefined;
      const use = uses.find((u) => !this.inTest(u));
      if (!use) return { resource: owner.name, via, ...(sdkSpelling ? { sdk: true } : {}) };
      via.push(`${owner.name} (${this.file}:${lineOf(owner.node)})`);
      at = use;
      declaredAt = { file: this.file, line: lineOf(use) };
    }
    const call =
      owner && !owner.variable
        ? owner.name
        : this.calls.filter((c) => contains(c.node, at)).sort((a, b) => b.node.startIndex - a.node.startIndex)[0]?.callee;
    if (call && sdkOperation(call)) return { resource: call.replace(/^&/, ''), via, sdk: true, ...(declaredAt ? { declaredAt } : {}) };
    const resource =
      this.enclosing(at, constructs) ?? (owner && !owner.variable ? owner.name : owner?.name) ?? `${name} (${this.file}:${lineOf(value)})`;
    return { resource, via, ...(sdkSpelling ? { sdk: true } : {}), ...(declaredAt ? { declaredAt } : {}) };
  }

  /** Where a same-file object is used after its declaration (its name, in the scope that sees it). */
  private uses(owner: Owner): Node[] {
    const declared = this.constants
      .all()
      .find((c) => c.name === owner.name && lineOf(c.value) >= lineOf(owner.node) && contains(owner.node, c.value));
    return this.root.descendantsOfType('identifier').filter((n): n is Node => {
      if (!n || n.text !== owner.name || n.startIndex < owner.node.endIndex) return false;
      const seen = this.constants.get(owner.name, n);
      return !declared || seen === declared;
    });
  }

  /** Inside a test, or an assertion's arguments: test code, not infrastructure. */
  private inTest(node: Node): boolean {
    return this.tests.some((t) => t.startIndex <= node.startIndex && node.endIndex <= t.endIndex);
  }

  /** The innermost construct call around a node: a database construct, or any other constructor call. */
  private enclosing(node: Node, constructs: Construct[]): string | undefined {
    const known = new Map(constructs.map((c) => [key(c.call.node), c.resource]));
    const around = this.calls
      .filter((c) => contains(c.node, node) && (known.has(key(c.node)) || (c.isNew && !VALUE_HOLDER.test(c.callee))))
      .sort((a, b) => a.node.endIndex - a.node.startIndex - (b.node.endIndex - b.node.startIndex))[0];
    if (!around) return undefined;
    const named = known.get(key(around.node));
    if (named) return named;
    const id = around.args
      .slice(0, 3)
      .map((a) => (this.lang.literal(a) !== undefined ? a.text : undefined))
      .find((t) => t !== undefined);
    return id ? `${around.callee} ${id}` : around.callee;
  }

  private pin(
    site: Pick<CaPin, 'resource' | 'attribute' | 'tool' | 'syntax'>,
    outcome: Outcome,
    declaredAt?: { file: string; line: number },
  ): void {
    const pin: CaPin = { file: this.file, line: outcome.line, ...site, value: outcome.value };
    if (outcome.via.length) {
      pin.via = outcome.via;
      if (declaredAt) pin.declaredAt = declaredAt;
    }
    this.pins.push(pin);
  }

  /** A string literal, through wrappers such as `jsii.String(…)`: its value and how it is written. */
  private stringOf(node: Node): { value: string; written: string } | undefined {
    let current: Node | undefined = node;
    for (let i = 0; current && i < 4; i++) {
      const value = this.lang.literal(current);
      if (value !== undefined) return { value, written: current.text };
      current = this.lang.wrapped(current) ?? this.lang.unwrap(current);
    }
    return undefined;
  }

  /** The CA a value decides: one outcome per branch of a conditional. */
  private evaluate(node: Node, via: string[], depth = 0): Outcome[] {
    this.consumed.add(key(node));
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
    const method = call?.callee.slice(call.callee.lastIndexOf('.') + 1) ?? '';
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
    const text = node.text.replace(/\s+/g, '');
    if (call) {
      const first = call.args[0] && this.stringOf(call.args[0])?.value;
      const quoted = first === undefined ? '' : ` "${first}"`;
      const method = call.callee.slice(call.callee.lastIndexOf('.') + 1);
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

  private facts(): IacFacts {
    const seen = new Set<string>();
    const pins = this.pins.filter((p) => {
      const id = JSON.stringify([p.line, p.resource, p.attribute, p.value, p.via]);
      return !seen.has(id) && !!seen.add(id);
    });
    pins.sort(
      (a, b) =>
        a.line - b.line ||
        byCodePoint(a.resource, b.resource) ||
        byCodePoint(a.attribute, b.attribute) ||
        byCodePoint(JSON.stringify(a.value), JSON.stringify(b.value)),
    );
    // Calls come in source order (outer before inner); a stable sort by line keeps it within a line.
    const declarations = [...this.declarations].sort((a, b) => a.line - b.line);
    return { pins, declarations, problems: [] };
  }
}

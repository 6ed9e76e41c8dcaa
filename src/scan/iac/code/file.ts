/**
 * One program file being read: its tree, constants, calls and test code, the values read so
 * far, and the pins and declarations found, returned as facts in a stable order.
 */
import { byCodePoint, type CaPin, type Declaration, type IacFacts } from '../../../model/iac.js';
import type { Node } from '../syntax.js';
import { ConstantTable } from './constants.js';
import type { Call, Lang } from './model.js';
import { testCode } from './test-code.js';
import { within } from './tree.js';
import { ValueReader, type Outcome } from './values.js';

/** Imports that make a file a CDK or Pulumi program: only then is a syntax error worth a warning. */
const IAC_IMPORT = /aws-cdk|aws_cdk|awscdk|Amazon\.CDK|pulumi/i;

export class CodeFile {
  readonly constants: ConstantTable;
  readonly calls: Call[];
  readonly values: ValueReader;
  private readonly pins: CaPin[] = [];
  private readonly declarations: Declaration[] = [];
  /** Test functions and blocks, and assertion calls. */
  private readonly tests: Node[];
  /** The modules the file imports, read on first need and kept (several checks ask). */
  private imports?: string[];

  constructor(
    readonly file: string,
    readonly lang: Lang,
    readonly root: Node,
  ) {
    this.constants = new ConstantTable(lang.constants(root), file);
    this.values = new ValueReader(lang, this.constants);
    this.calls = lang.calls(root);
    this.tests = testCode(lang, root);
  }

  /** Whether a module the file imports matches `pattern`. */
  importsMatch(pattern: RegExp): boolean {
    this.imports ??= this.lang.imports(this.root);
    return this.imports.some((i) => pattern.test(i));
  }

  /** A CDK or Pulumi program. */
  isIacProgram(): boolean {
    return this.importsMatch(IAC_IMPORT);
  }

  /** Inside a test, or an assertion's arguments: test code, not infrastructure. */
  inTest(node: Node): boolean {
    return this.tests.some((t) => within(t, node));
  }

  declare(declaration: Declaration): void {
    this.declarations.push(declaration);
  }

  add(pin: CaPin): void {
    this.pins.push(pin);
  }

  /** A pin for an outcome; where it came through same-file objects, where the object is used. */
  pin(
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

  /** The pins (each once, by line, resource, attribute and value) and the declarations (by line). */
  facts(): IacFacts {
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

/**
 * Same-file constants: where each name is declared, and which declaration a use of the name
 * sees (the innermost scope around it; a name declared twice there is not one value).
 */
import { lineOf, type Node } from '../syntax.js';
import { ancestor, field, within } from './tree.js';

/** A same-file constant: its value and the line it is declared on. */
export interface Constant {
  name: string;
  value: Node;
  line: number;
  /** The function or block the name is declared in (none: the whole file). */
  scope?: Node;
}

/** A constant declared at `at`, in the nearest of `scopes` around it (none: the whole file). */
export function declared(name: string, value: Node, at: Node, scopes: string[] = []): Constant {
  const scope = scopes.length ? ancestor(at, scopes) : undefined;
  return { name, value, line: lineOf(at), ...(scope ? { scope } : {}) };
}

/** Constants from declarations (declarators, assignments) whose two given fields hold a plain identifier and its value. */
export function identifierConstants(declarations: Node[], [name, value]: [string, string], scopes: string[]): Constant[] {
  return declarations.flatMap((d) => {
    const left = field(d, name);
    const right = field(d, value);
    return left?.type === 'identifier' && right ? [declared(left.text, right, d, scopes)] : [];
  });
}

export class ConstantTable {
  private readonly byName = new Map<string, Constant[]>();
  constructor(
    constants: Constant[],
    private readonly file: string,
  ) {
    for (const c of constants) this.byName.set(c.name, [...(this.byName.get(c.name) ?? []), c]);
  }
  /**
   * The constant a name refers to at a place: among its declarations in scopes around `at`, the
   * innermost; a name declared twice in that scope is not one value.
   */
  get(name: string, at?: Node): Constant | undefined {
    const declared = this.byName.get(name) ?? [];
    if (!at) return declared.length === 1 ? declared[0] : undefined;
    const visible = declared.filter((c) => !c.scope || within(c.scope, at));
    const size = (c: Constant): number => (c.scope ? c.scope.endIndex - c.scope.startIndex : Infinity);
    const innermost = Math.min(...visible.map(size));
    const found = visible.filter((c) => size(c) === innermost);
    return found.length === 1 ? found[0] : undefined;
  }
  /** Every declaration of every name (for finding a variable's uses). */
  all(): Constant[] {
    return [...this.byName.values()].flat();
  }
  /** How a value travels through the constant: `CA (lib/db.ts:3)`. */
  hop(constant: Constant): string {
    return `${constant.name} (${this.file}:${constant.line})`;
  }
}

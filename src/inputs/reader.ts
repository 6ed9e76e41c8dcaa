/**
 * Reads the inputs by their declared kind, collecting every problem instead of stopping at the
 * first: the user sees them all at once, each naming the input, the value and what is accepted.
 */
import { INPUTS, type ChoiceOf, type InputName, type InputsOfType } from './declaration.js';
import type { InputKind } from './kinds.js';
import { wholeNumber } from '../base/validators.js';

export class InputReader {
  readonly problems: string[] = [];
  /** Whole-number inputs whose value was refused: a relation between two of them is not judged again. */
  readonly refused = new Set<InputName>();

  constructor(private readonly read: (name: InputName) => string | undefined) {}

  /** Whether the input was set to anything but blanks. */
  given(name: InputName): boolean {
    return !!this.read(name)?.trim();
  }

  /** The trimmed value, or the declared default when unset or blank. */
  get(name: InputName): string {
    const value = this.read(name)?.trim();
    return value ? value : INPUTS[name].default;
  }

  problem(text: string): void {
    this.problems.push(text);
  }

  choice<N extends InputsOfType<'choice'>>(name: N): ChoiceOf<N> {
    const { accepted } = kind(name, 'choice');
    const value = this.get(name);
    if (accepted.includes(value)) return value as ChoiceOf<N>;
    this.problem(`Input \`${name}\` is "${value}"; accepted: ${accepted.join(', ')}.`);
    return accepted[0] as ChoiceOf<N>;
  }

  bool(name: InputsOfType<'boolean'>): boolean {
    const value = this.get(name).toLowerCase();
    if (value === 'true' || value === 'false') return value === 'true';
    this.problem(`Input \`${name}\` is "${this.get(name)}"; accepted: true, false.`);
    return false;
  }

  /** A list input's items; an empty item is one problem, naming the input and the value. */
  list(name: InputsOfType<'list'>): string[] {
    const { items, emptyItem } = listItems(this.get(name));
    if (emptyItem)
      this.problem(
        `Input \`${name}\` has an empty item in "${this.get(name)}"; accepted: items separated by one comma or newline, none of them empty.`,
      );
    return items;
  }

  /** One item per line, always: a comma is part of the item. Leading and trailing blanks are not. */
  lines(name: InputsOfType<'lines'>): string[] {
    return this.get(name)
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  /** A whole number within the declared range; the lowest when refused. */
  whole(name: InputsOfType<'whole'>): number {
    const { min, max } = kind(name, 'whole');
    const text = this.get(name);
    const parsed = wholeNumber(min, max).safeParse(text);
    if (parsed.success) return parsed.data;
    this.problem(`Input \`${name}\` is "${text}"; accepted: a whole number in plain decimal digits from ${min} to ${max}.`);
    this.refused.add(name);
    return min;
  }
}

/** The input's declared kind, which the caller's type already promises. */
function kind<T extends InputKind['type']>(name: InputName, type: T): Extract<InputKind, { type: T }> {
  const declared: InputKind = INPUTS[name].kind;
  if (declared.type !== type) throw new Error(`Input ${name} is declared ${declared.type}, read as ${type}`);
  return declared as Extract<InputKind, { type: T }>;
}

/**
 * A list input's items, and whether one is empty (`a,,b`, or a lone comma). A comma at the end
 * of a line (`a,\nb`) and blank lines are layout, not empty items.
 */
function listItems(value: string): { items: string[]; emptyItem: boolean } {
  const items: string[] = [];
  let emptyItem = false;
  for (const line of value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const parts = line
      .replace(/,$/, '')
      .split(',')
      .map((s) => s.trim());
    if (parts.some((p) => !p)) emptyItem = true;
    items.push(...parts.filter(Boolean));
  }
  return { items, emptyItem };
}

/** The vocabulary of the input declaration (src/inputs/declaration.ts): kinds of value and modes. */

export type Mode = 'check' | 'report' | 'rotate' | 'aggregate';

/** The kind of value an input takes, as the parser reads it. */
export type InputKind =
  | { type: 'boolean' }
  | { type: 'text' }
  /** Items separated by commas or newlines; none may be empty. */
  | { type: 'list' }
  /** One item per line, a comma being part of the item (passwords). */
  | { type: 'lines' }
  /** A file path (the parser says relative to what). */
  | { type: 'path' }
  | { type: 'whole'; min: number; max: number }
  /** A plain decimal number above 0 and at most `max`. */
  | { type: 'decimal'; max: number }
  | { type: 'choice'; accepted: readonly string[] };

export interface InputDeclaration {
  /** The value the action gets when the input is unset (action.yml's `default:`). */
  default: string;
  /** What an unset input means, when `default` does not say it (README's default column, action.yml's "Default:"). */
  defaultShown?: string;
  /** Markdown. An input used in one mode only starts with "Report mode: " or "Rotate mode: ". */
  description: string;
  kind: InputKind;
  modes: readonly Mode[];
}

export const ALL_MODES = ['check', 'report', 'rotate'] as const;
export const BOOLEAN = { type: 'boolean' } as const;
export const TEXT = { type: 'text' } as const;
export const LIST = { type: 'list' } as const;
export const LINES = { type: 'lines' } as const;
export const PATH = { type: 'path' } as const;
export const whole = <const Min extends number, const Max extends number>(min: Min, max: Max) => ({ type: 'whole', min, max }) as const;
export const choice = <const T extends readonly string[]>(...accepted: T) => ({ type: 'choice', accepted }) as const;
export const decimal = <const Max extends number>(max: Max) => ({ type: 'decimal', max }) as const;

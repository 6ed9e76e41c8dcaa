/**
 * Every input of the action, declared once: its default, what the user reads about it, the kind
 * of value it takes and the modes that use it. The parser (src/inputs/) reads its kinds, ranges
 * and accepted values from here; `npm run build` writes action.yml's `inputs:` block and the
 * README's inputs table from it (scripts/generate-inputs.mjs), and `npm run check-dist` fails
 * when either is stale. The CLI takes every boolean input as a bare flag.
 */
import type { InputDeclaration, InputKind } from './kinds.js';
import { SCOPE_INPUTS } from './declared-scope.js';
import { FILE_INPUTS } from './declared-files.js';
import { MODE_INPUTS } from './declared-modes.js';
import { ACCOUNT_INPUTS } from './declared-accounts.js';

/** In the order action.yml, the README and the CLI's usage list them. */
export const INPUTS = { ...SCOPE_INPUTS, ...ACCOUNT_INPUTS, ...FILE_INPUTS, ...MODE_INPUTS } as const satisfies Record<
  string,
  InputDeclaration
>;

export type InputName = keyof typeof INPUTS;
type Declared = typeof INPUTS;
/** The inputs whose kind has this type. */
export type InputsOfType<T extends InputKind['type']> = { [N in InputName]: Declared[N]['kind']['type'] extends T ? N : never }[InputName];
/** The values a choice input accepts, as a type. */
export type ChoiceOf<N extends InputName> = Declared[N]['kind'] extends { accepted: readonly (infer T)[] } ? T : never;

/** The inputs the CLI takes as a bare flag (`--probe` for `--probe true`). */
export const BOOLEAN_INPUTS: ReadonlySet<string> = new Set(
  Object.entries(INPUTS as Record<string, InputDeclaration>)
    .filter(([, input]) => input.kind.type === 'boolean')
    .map(([name]) => name),
);

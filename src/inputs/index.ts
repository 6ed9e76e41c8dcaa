/**
 * The action's inputs: declared once (declaration.ts) and parsed into a Config (parse.ts).
 * action.yml's inputs and the README's table are generated from the declaration; the CLI maps
 * its flags onto the same names.
 */
export { INPUTS, BOOLEAN_INPUTS, type InputName } from './declaration.js';
export type { InputDeclaration, InputKind, Mode } from './kinds.js';
export { parseInputs } from './parse.js';

/** The errors a user's own input causes: each says what was wrong and what is accepted, and never shows a stack trace. */

/** Every wrong input at once, each naming the input, the value and what is accepted. */
export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'InputError';
  }
}

/** A problem in the environments file, with file:line for each. */
export class ConfigFileError extends Error {
  override name = 'ConfigFileError';
}

/** A command-line misuse: an unknown flag, a flag without its value. */
export class UsageError extends Error {}

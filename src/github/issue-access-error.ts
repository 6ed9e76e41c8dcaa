/** Why the tracking issue could not be written, in words that say how to fix the workflow. */
export class IssueAccessError extends Error {
  override name = 'IssueAccessError';
  constructor(
    message: string,
    readonly readOnlyToken: boolean,
  ) {
    super(message);
  }
}

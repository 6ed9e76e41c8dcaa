/** Rules for what the scan could not read: each is honest about what was not checked. */
import type { ProblemKind } from '../scan/repository.js';
import type { Rule, Severity } from './rule.js';

function problemRule(kind: ProblemKind, severity: Severity, id: string, title: string, why: string, remediation: string): Rule {
  return {
    id,
    severity,
    title,
    why,
    remediation,
    check(facts) {
      return facts.repository.problems
        .filter((p) => p.kind === kind)
        .map((p) => ({ rule: id, severity, file: p.path, line: p.line, message: `${p.path}${p.line ? `:${p.line}` : ''} was not checked: ${p.reason}.`, remediation }));
    },
  };
}

export const fileUnreadable = problemRule(
  'unreadable', 'warning', 'file-unreadable', 'File could not be read as trust material',
  'A malformed, truncated or locked certificate file may be what a client loads; its certificates were not checked.',
  'Fix or remove the file; for a truststore with another password, add it to truststore-passwords (a secret).',
);

export const fileTooLarge = problemRule(
  'too-large', 'notice', 'file-too-large', 'File over the size cap was skipped',
  'Files over max-file-size-mb are not read, to keep the scan fast; any certificates inside were not checked.',
  'Raise max-file-size-mb, or exclude the file with `exclude` if it holds no trust material.',
);

export const linkOutsideWorkspace = problemRule(
  'link-outside', 'warning', 'link-outside-workspace', 'Link out of the workspace not followed',
  'The scan never reads outside the workspace; whatever the link points to was not checked.',
  'Commit the file itself instead of a link, or exclude the link.',
);

export const pathNotFound = problemRule(
  'not-found', 'error', 'path-not-found', 'A file named in paths is missing',
  'The gate was asked to check this file and could not: it does not pass what it could not see.',
  'Fix the entry in `paths` (paths are relative to the workspace; globs are allowed), or commit the file.',
);

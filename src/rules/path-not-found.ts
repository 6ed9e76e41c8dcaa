import { scanProblemRule } from '../model/scan-problem-rule.js';

export const pathNotFound = scanProblemRule({
  kind: 'not-found',
  severity: 'error',
  id: 'path-not-found',
  title: 'A file named in paths is missing',
  why: 'The gate was asked to check this file and could not: it does not pass what it could not see.',
  remediation: 'Fix the entry in `paths` (paths are relative to the workspace; globs are allowed), or commit the file.',
});

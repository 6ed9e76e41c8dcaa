import { scanProblemRule } from '../model/scan-problem-rule.js';

export const linkOutsideWorkspace = scanProblemRule({
  kind: 'link-outside',
  severity: 'warning',
  id: 'link-outside-workspace',
  title: 'Link out of the workspace not followed',
  why: 'The scan never reads outside the workspace; whatever the link points to was not checked.',
  remediation: 'Commit the file itself instead of a link, or exclude the link.',
});

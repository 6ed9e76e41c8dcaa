import { scanProblemRule } from './scan-problem.js';

export const iacFileNotParsed = scanProblemRule({
  kind: 'not-parsed',
  severity: 'warning',
  id: 'iac-file-not-parsed',
  title: 'Infrastructure code a parser rejected',
  why: 'A CA the file pins after the syntax error may not have been seen; the tool that deploys it would reject (or misread) it too.',
  remediation: 'Fix the syntax error (`terraform validate`, `cfn-lint`, `tsc`, …), or exclude the file if it is not real code (a template with placeholders).',
  lead: (place) => `${place} was judged only up to its syntax error: `,
});

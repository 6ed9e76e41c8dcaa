import { scanProblemRule } from '../model/scan-problem-rule.js';

export const iacFileNotParsed = scanProblemRule({
  kind: 'not-parsed',
  severity: 'warning',
  id: 'iac-file-not-parsed',
  title: 'Infrastructure code that was not (fully) read',
  why: 'A CA the file pins after a syntax error, or in a kind of file no parser here reads, was not seen: the gate cannot say it is approved.',
  remediation:
    'Fix the syntax error (`terraform validate`, `cfn-lint`, `tsc`, …); for a file no parser here reads, move the CA setting into a script or template the gate reads, or exclude the file once you have checked it.',
  lead: (place) => `${place} was not fully read: `,
});

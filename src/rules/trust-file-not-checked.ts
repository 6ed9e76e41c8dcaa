import { scanProblemRule } from '../model/scan-problem-rule.js';

export const trustFileNotChecked = scanProblemRule({
  kind: 'trust-unchecked',
  severity: 'error',
  id: 'trust-file-not-checked',
  title: 'Trust material could not be checked',
  why: 'A file named like a certificate or truststore, or holding PEM armour, may be what clients load; one over max-file-size-mb, or a link out of the workspace, was not read, and a gate that could not look does not pass.',
  remediation:
    "Raise max-file-size-mb above the file's size, commit the file itself instead of a link, or exclude it with `exclude` if no client loads it.",
});

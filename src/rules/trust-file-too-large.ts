import { scanProblemRule } from './scan-problem.js';

export const trustFileTooLarge = scanProblemRule({
  kind: 'trust-too-large',
  severity: 'error',
  id: 'trust-file-too-large',
  title: 'Trust material over the size cap was not read',
  why: 'A file named like a certificate or truststore, or holding PEM armour, may be what clients load; over max-file-size-mb it was not read, and a gate that could not look does not pass.',
  remediation: 'Raise max-file-size-mb above the file\'s size, or exclude the file with `exclude` if no client loads it.',
  lead: (place) => `${place} was not checked: `,
});

import { scanProblemRule } from '../model/scan-problem-rule.js';

export const fileUnreadable = scanProblemRule({
  kind: 'unreadable',
  severity: 'warning',
  id: 'file-unreadable',
  title: 'File could not be read as trust material',
  why: 'A malformed or locked certificate file or truststore may be what a client loads; its certificates were not checked.',
  remediation:
    'Fix or remove the file; for a truststore with another password, add it to truststore-passwords (a secret, one password per line).',
});

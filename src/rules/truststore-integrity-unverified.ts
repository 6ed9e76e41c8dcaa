import { scanProblemRule } from '../model/scan-problem-rule.js';

export const truststoreIntegrityUnverified = scanProblemRule({
  kind: 'integrity-unverified',
  severity: 'notice',
  id: 'truststore-integrity-unverified',
  title: 'Truststore read without verifying its integrity',
  why: "JKS and JCEKS keep trusted certificates in clear: they were read and judged, but no password given verifies the store's checksum, as Java does when it loads the store with its password.",
  remediation: "Add the store's password to truststore-passwords (a secret, one password per line).",
  lead: (place) => `${place}: `,
});

import { scanProblemRule } from '../model/scan-problem-rule.js';

export const certificateBlocksSkipped = scanProblemRule({
  kind: 'blocks-skipped',
  severity: 'warning',
  id: 'certificate-blocks-skipped',
  title: 'Clients skip some certificates of this file',
  why: 'OpenSSL (and so libpq, Python, Node, PHP, Ruby and the mysql clients) loads a PEM block only where its BEGIN line starts a line; an indented block is dropped without a word. The gate judges the file by what clients load.',
  remediation:
    "Remove the indentation (or other text) before each `-----BEGIN CERTIFICATE-----`, or replace the file with AWS's bundle as published; `openssl storeutl -noout -certs FILE` lists what clients load.",
  lead: (place) => `${place}: `,
});

import { scanProblemRule } from './scan-problem.js';

export const bundleNotLoadable = scanProblemRule({
  kind: 'not-loadable',
  severity: 'error',
  id: 'bundle-not-loadable',
  title: 'Clients load no certificate from this trust file',
  why: 'A client pointed at a certificate file or truststore from which its TLS library loads nothing cannot verify any server: with verification on, every connection fails (libpq: "could not read root certificate file").',
  remediation: 'Replace the file with AWS\'s bundle as published (https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem), byte for byte; check it with `openssl storeutl -noout -certs FILE`.',
  lead: (place) => `${place}: `,
});

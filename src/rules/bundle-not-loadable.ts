import { scanProblemRule } from '../model/scan-problem-rule.js';
import { PARTITION_BUNDLES } from '../catalog/urls.js';

export const bundleNotLoadable = scanProblemRule({
  kind: 'not-loadable',
  severity: 'error',
  id: 'bundle-not-loadable',
  title: 'Clients load no certificate from this trust file',
  why: 'A client pointed at a certificate file or truststore from which its TLS library loads nothing cannot verify any server: with verification on, every connection fails (libpq: "could not read root certificate file").',
  remediation: `Replace the file with AWS's bundle for your regions' partition as published (${PARTITION_BUNDLES}), byte for byte; check it with \`openssl storeutl -noout -certs FILE\`.`,
  lead: (place) => `${place}: `,
  // A certificate-named file that nothing marks as RDS trust (an SSH key placeholder named key.pem, a
  // library's test fixture) is worth a warning, not a failed check: no client here is known to load it.
  downgrade: (problem, facts) => {
    if (RDS_TRUST_NAME.test(problem.path)) return undefined;
    const referenced = facts.repository.clients.references.some((r) => r.resolvesTo.kind === 'file' && r.resolvesTo.path === problem.path);
    if (referenced) return undefined;
    return {
      severity: 'warning',
      because: 'neither its name nor a client setting in the repository makes it RDS trust, so this is a warning, not an error',
    };
  },
});

/** Names that say a file is (or holds) RDS trust: AWS's bundle names, and truststores. */
const RDS_TRUST_NAME =
  /(?:^|[/_.-])(?:rds|aws|amazon|global-bundle|[a-z]{2}(?:-gov)?-[a-z]+-\d-bundle|trust-?store|cacerts?|ca-?bundle|ca-?certificates?)(?:[/_.-]|$)/i;

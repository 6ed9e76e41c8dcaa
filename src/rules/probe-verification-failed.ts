import type { Finding } from '../model/finding.js';
import { AMAZON_ROOT_CA_1 } from '../trust/amazon-trust.js';
import type { Rule } from '../model/rule.js';

export const probeVerificationFailed: Rule = {
  id: 'probe-verification-failed',
  severity: 'error',
  title: 'A live handshake does not verify against the bundle',
  why: 'The probe made the TLS handshake the database client makes (sslmode=verify-full, --ssl-verify-server-cert) and the presented chain or host name did not verify against the bundle: clients using that bundle fail to connect.',
  remediation:
    "Deploy a bundle that holds the root of the chain the server presents (AWS's global bundle for RDS), connect by the host name in the certificate, and rotate expired server certificates.",
  check(facts) {
    return (facts.probes?.results ?? []).flatMap((r): Finding[] => {
      if (r.outcome === 'rejected' && r.target.proxy && /unknown issuer/.test(r.reason)) {
        return [
          {
            rule: this.id,
            severity: 'error',
            file: r.bundle,
            resource: r.target.name,
            message: `RDS Proxy endpoint ${r.target.name} (${r.target.host}:${r.target.port}) does not verify against ${r.bundle}: ${r.reason}. A proxy presents an AWS Certificate Manager certificate that chains to Amazon Root CA 1, one of the Amazon Trust Services roots, not to an RDS CA: the bundle its clients use must hold the self-signed Amazon Root CA 1.`,
            remediation: `Append ${AMAZON_ROOT_CA_1.name} (${AMAZON_ROOT_CA_1.url}) to ${r.bundle}, keeping the RDS certificates for direct connections; or have the proxy's clients use the system trust store.`,
          },
        ];
      }
      if (r.outcome === 'rejected') {
        const chain = r.chain.map((c) => `${c.subject} (issuer ${c.issuer}, expires ${c.validTo})`).join(' → ');
        return [
          {
            rule: this.id,
            severity: 'error',
            file: r.bundle,
            resource: r.target.name,
            message: `${r.target.name} (${r.target.host}:${r.target.port}) does not verify against ${r.bundle}: ${r.reason}. Presented chain: ${chain || 'none'}.`,
            remediation: /host-name/.test(r.reason)
              ? `Connect with the host name the certificate names, not ${r.target.host}.`
              : /expired|not yet valid/.test(r.reason)
                ? `Rotate the server certificate of ${r.target.name}.`
                : `Put the root that signed this chain into ${r.bundle} (for RDS: AWS's global bundle).`,
          },
        ];
      }
      if (r.outcome === 'no-tls') {
        return [
          {
            rule: this.id,
            severity: 'error',
            resource: r.target.name,
            message: `${r.target.name} (${r.target.host}:${r.target.port}) offers no TLS: ${r.reason}.`,
            remediation: 'Enable TLS on the server (rds.force_ssl / require_secure_transport), then probe again.',
          },
        ];
      }
      return [];
    });
  },
};

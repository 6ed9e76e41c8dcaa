import type { Rule } from '../model/rule.js';
import { bundleUrlsText, PARTITION_BUNDLES } from '../catalog/urls.js';

export const noRdsBundle: Rule = {
  id: 'no-rds-bundle',
  severity: 'error',
  title: 'No RDS CA bundle in the repository',
  why: 'Without a bundle, applications either use the system trust store (which does not hold the RDS roots) or do not verify the server at all. Set require-bundle: true to make this an error.',
  remediation: `Commit AWS's global bundle for your regions' partition (${PARTITION_BUNDLES}) and point clients at it (e.g. sslrootcert=, --ssl-ca=).`,
  check(facts) {
    if (facts.bundles.length) return [];
    // Clients named a CA file the repository does not provide: client-ca-not-in-repository says so.
    if (facts.repository.clients.references.length && !facts.requireBundle) return [];
    return [
      {
        rule: this.id,
        severity: facts.requireBundle ? 'error' : 'notice',
        message: `No RDS CA bundle was found among ${facts.repository.filesScanned} scanned file(s). Clients either use the system trust store or do not verify the server.`,
        remediation: `Commit AWS's global bundle (${bundleUrlsText(facts.regions)}) and point clients at it (e.g. sslrootcert=, --ssl-ca=).`,
      },
    ];
  },
};

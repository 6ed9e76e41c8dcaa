import { bundleName } from '../trust/bundle-origin.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { bundleUrlsText, PARTITION_BUNDLES } from '../catalog/urls.js';
import { list } from '../base/text.js';
import { firstLine, missingRoots } from '../model/bundle-coverage.js';

export const bundleMissingApprovedRoots: Rule = {
  id: 'bundle-missing-approved-roots',
  severity: 'notice',
  title: 'RDS bundle lacks the roots of other approved CAs',
  why: "A database may use any approved CA. A bundle without that CA's root cannot verify it, so moving a database to it would break clients.",
  remediation: `AWS's global bundle of each partition (${PARTITION_BUNDLES}) holds every approved root of its regions; use it, or remove the CA from approved-ca.`,
  check(facts) {
    const findings: Finding[] = [];
    for (const bundle of facts.bundles) {
      for (const caId of facts.approvedCa.slice(1)) {
        const missing = missingRoots(bundle, facts, caId);
        if (!missing.length) continue;
        findings.push({
          rule: this.id,
          severity: 'notice',
          file: bundle.path,
          line: firstLine(bundle),
          message: `${bundleName(bundle)} does not hold the ${caId} root for ${missing.length} region(s): ${list(missing.map((m) => m.region))}. Databases moved to ${caId} there would not verify.`,
          remediation: `AWS's global bundle (${bundleUrlsText(missing.map((m) => m.region))}) holds every approved root; use it, or remove the CA from approved-ca.`,
        });
      }
    }
    return findings;
  },
};

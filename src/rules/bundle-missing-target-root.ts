import { GLOBAL_BUNDLE_URL, list, shortFingerprint, type Rule } from './rule.js';
import { firstLine, missingRoots } from './served-regions.js';
import { shellQuote } from '../shell-quote.js';

export const bundleMissingTargetRoot: Rule = {
  id: 'bundle-missing-target-root',
  severity: 'error',
  title: 'RDS bundle lacks the target CA root',
  why: 'Clients that verify the server trust only the roots in their bundle. When a database moves to the target CA, clients whose bundle lacks that region\'s root fail to connect.',
  remediation: `Replace the bundle with AWS's current global bundle (${GLOBAL_BUNDLE_URL}), or the region's bundle, before any database rotates.`,
  check(facts) {
    const target = facts.approvedCa[0];
    return facts.bundles.flatMap((bundle) => {
      const missing = missingRoots(bundle, facts, target);
      if (!missing.length) return [];
      const old = bundle.certificates.some((c) => c.classification.kind === 'genuine' && !c.classification.entry.caId.endsWith('-g1'));
      const regions = missing.map((m) => m.region);
      const roots = missing.slice(0, 3).map((m) => `"${m.cn}" (sha256 ${shortFingerprint(m.sha256)})`);
      const single = bundle.serves !== 'all' ? `https://truststore.pki.rds.amazonaws.com/${bundle.serves}/${bundle.serves}-bundle.pem` : GLOBAL_BUNDLE_URL;
      return [{
        rule: this.id,
        severity: 'error' as const,
        file: bundle.path,
        line: firstLine(bundle),
        message: `${bundle.path} does not hold the ${target} root for ${regions.length} region(s) in scope: ${list(regions)}. Missing: ${list(roots, 3)}.` +
          (old ? ' It is an old bundle (rds-ca-2015/rds-ca-2019 era).' : ''),
        remediation: (bundle.format === 'jks' || bundle.format === 'pkcs12'
          ? `Rebuild the truststore ${bundle.path} from AWS's bundle (${single}): split it and \`keytool -importcert\` each certificate.`
          : `Replace ${bundle.path} with AWS's bundle: \`curl -fsSLo ${shellQuote(bundle.path)} ${single}\`.`) +
          ` Deploy it to clients before databases rotate to ${target}.`,
      }];
    });
  },
};

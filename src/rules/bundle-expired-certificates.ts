import { bundleName, replaceForScope } from '../trust/bundle-origin.js';
import type { Rule } from '../model/rule.js';
import { globalBundleUrls, PARTITION_BUNDLES } from '../catalog/urls.js';
import { list } from '../base/text.js';

export const bundleExpiredCertificates: Rule = {
  id: 'bundle-expired-certificates',
  severity: 'error',
  title: 'RDS bundle holds expired certificates',
  why: 'Expired roots such as "Amazon RDS Root 2019 CA" (expired 2024-08-22) verify nothing. A bundle of only expired RDS certificates cannot verify any database.',
  remediation: `Replace the bundle with AWS's current global bundle for your regions' partition (${PARTITION_BUNDLES}).`,
  check(facts) {
    return facts.bundles.flatMap((bundle) => {
      const expired = bundle.certificates.filter((c) => c.cert.notAfter < facts.now);
      if (!expired.length) return [];
      const all = expired.length === bundle.certificates.length;
      const urls = globalBundleUrls(facts.regions);
      // A library's profile keeps old CAs beside current ones; only a profile of nothing but expired CAs matters.
      if (!all && bundle.origin?.kind === 'profile') return [];
      const names = [...new Set(expired.map((c) => `"${c.cert.subjectCn}" (expired ${c.cert.notAfter.slice(0, 10)})`))];
      return [
        {
          rule: this.id,
          severity: all ? ('error' as const) : ('warning' as const),
          file: bundle.path,
          line: expired[0].line,
          message: all
            ? `Every RDS certificate in ${bundleName(bundle)} has expired (${expired.length}): ${list(names, 3)}. It cannot verify any database.`
            : `${bundleName(bundle)} holds ${expired.length} expired RDS certificate(s): ${list(names, 3)}.`,
          remediation: all
            ? replaceForScope(bundle, urls, facts.regions)
            : `Remove the expired certificates, or: ${replaceForScope(bundle, urls, facts.regions)}`,
        },
      ];
    });
  },
};

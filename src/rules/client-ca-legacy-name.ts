import { legacyFileName } from '../trust/published-bundles.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { bundleUrlsText, PARTITION_BUNDLES } from '../catalog/urls.js';

export const clientCaLegacyName: Rule = {
  id: 'client-ca-legacy-name',
  severity: 'error',
  title: "A client trusts a file named as one of AWS's expired CAs",
  why: "A client is told to trust a file that nothing in the repository provides, named as AWS published an expired CA (rds-ca-2019-root.pem, rds-ca-2015-root.pem, a 2015/2019 regional file): the image or host most likely holds that old file, and the client fails on every database with a current certificate. The legacy combined bundle's name is a warning: some teams save today's bundle under it.",
  remediation: `Download AWS's global bundle for your regions' partition (${PARTITION_BUNDLES}) where the client looks, under its own name, and point the setting at it.`,
  check(facts) {
    return facts.repository.clients.references.flatMap((r): Finding[] => {
      if (r.resolvesTo.kind !== 'outside') return [];
      const named = legacyFileName(r.value);
      if (!named) return [];
      const legacy = named.kind === 'expired' ? named.name : undefined;
      return [
        {
          rule: this.id,
          severity: legacy ? 'error' : 'warning',
          file: r.file,
          line: r.line,
          message: legacy
            ? `${r.file}:${r.line}: ${r.setting} names ${r.value}, the name of an expired AWS CA file (${legacy}), and nothing in the repository provides it.`
            : `${r.file}:${r.line}: ${r.setting} names ${r.value}, the name of AWS's legacy combined bundle (rds-ca-2019 era, expired), and nothing in the repository provides it: if it holds that bundle, the client fails.`,
          remediation: `Download AWS's global bundle (${bundleUrlsText(facts.regions)}) where the client looks, under its own name, and point the setting at it.`,
        },
      ];
    });
  },
};

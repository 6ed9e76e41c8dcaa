import { classifyBundleUrl } from '../trust/published-bundles.js';
import { AMAZON_TRUST_URL } from '../trust/amazon-trust.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';
import { bundleUrlsText, PARTITION_BUNDLES } from '../catalog/urls.js';

export const downloadNotJudged: Rule = {
  id: 'download-not-judged',
  severity: 'notice',
  title: 'A downloaded certificate file could not be judged',
  why: "A build or deploy step downloads a certificate file whose contents cannot be known here: a URL built from variables, another AWS partition's bundle, or a file from outside AWS. Its clients' trust was not checked.",
  remediation: `Download AWS's bundle by its literal URL (${PARTITION_BUNDLES}), or commit the file so the gate can read it.`,
  check(facts) {
    return facts.repository.clients.downloads.flatMap((d): Finding[] => {
      // An Amazon Trust Services root is known material: proxy-trust-missing judges where it is written.
      if (new RegExp(`^${AMAZON_TRUST_URL.source}$`).test(d.url)) return [];
      const published = classifyBundleUrl(d.url, facts.catalog);
      if (published.kind === 'aws') return [];
      const what = published.kind === 'other' ? 'a certificate file from outside AWS' : published.describe;
      return [
        {
          rule: this.id,
          severity: 'notice',
          file: d.file,
          line: d.line,
          message: `${d.file}:${d.line} downloads ${d.url}${d.savedAs ? ` (to ${d.savedAs})` : ''}: ${what}, so what its clients trust was not checked.`,
          remediation: `Download AWS's bundle by its literal URL (${bundleUrlsText(facts.regions)}), or commit the file so the gate can read it.`,
        },
      ];
    });
  },
};

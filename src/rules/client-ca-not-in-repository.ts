import { legacyFileName } from '../trust/published-bundles.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';

export const clientCaNotInRepository: Rule = {
  id: 'client-ca-not-in-repository',
  severity: 'notice',
  title: "A client's CA file comes from outside the repository",
  why: 'A client is told to trust a CA file that nothing in the repository provides (no committed file, no download writes it), or whose name is filled in at run time: what it trusts cannot be checked here.',
  remediation:
    "Commit the bundle the client uses (AWS's global bundle) and point the setting at it, or download it in the build from AWS's URL; then the gate judges it.",
  check(facts) {
    return facts.repository.clients.references.flatMap((r): Finding[] => {
      if (r.resolvesTo.kind !== 'outside' && r.resolvesTo.kind !== 'unresolved') return [];
      if (r.resolvesTo.kind === 'outside' && legacyFileName(r.value)) return []; // client-ca-legacy-name says more
      const why =
        r.resolvesTo.kind === 'unresolved'
          ? 'its value is filled in at run time'
          : 'no committed file or download in the repository provides it';
      return [
        {
          rule: this.id,
          severity: 'notice',
          file: r.file,
          line: r.line,
          message: `${r.file}:${r.line}: ${r.setting} names ${r.value}, and ${why}: the CA its client trusts was not checked.`,
          remediation: this.remediation,
        },
      ];
    });
  },
};

import { profileCertificates } from '../trust/client-profiles.js';
import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';

export const clientProfileUnknown: Rule = {
  id: 'client-profile-unknown',
  severity: 'notice',
  title: "A client library's built-in RDS profile could not be judged",
  why: "`ssl: 'Amazon RDS'` makes the client trust its library's own list of RDS CAs; when the library or its version is not one whose list is known here, what it trusts was not checked.",
  remediation:
    "Declare mysql or mysql2 in the package.json beside the code and commit its lock file, or pass `ca:` with AWS's global bundle instead of the profile.",
  check(facts) {
    return facts.repository.clients.profiles.flatMap((use): Finding[] =>
      profileCertificates(use, facts.catalog)
        ? []
        : [
            {
              rule: this.id,
              severity: 'notice',
              file: use.file,
              line: use.line,
              message: `${use.file}:${use.line} uses the "Amazon RDS" SSL profile of ${use.library ?? 'a library this scan cannot tell (neither mysql nor mysql2 is imported or declared)'}${
                use.library
                  ? `, at a version whose list is not known here (${
                      Object.entries(use.versions)
                        .map(([k, v]) => `${k}@${v}`)
                        .join(', ') || 'no lock file'
                    })`
                  : ''
              }.`,
              remediation: this.remediation,
            },
          ],
    );
  },
};

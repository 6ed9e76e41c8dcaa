import type { Finding } from '../model/finding.js';
import type { Rule } from '../model/rule.js';

export const clientConnectionUnverified: Rule = {
  id: 'client-connection-unverified',
  severity: 'notice',
  title: 'A client does not verify the database server',
  why: 'sslmode=require (MySQL REQUIRED, rejectUnauthorized: false…) encrypts the connection but accepts any server certificate: a CA rotation cannot break it, and nothing protects it from an impostor. disable (DISABLED) does not even encrypt.',
  remediation:
    "Use sslmode=verify-full (MySQL VERIFY_IDENTITY) with AWS's bundle as the CA file, so the client authenticates the database.",
  check(facts) {
    return facts.repository.clients.connections.flatMap((c): Finding[] =>
      c.verifies
        ? []
        : [
            {
              rule: this.id,
              severity: 'notice',
              file: c.file,
              line: c.line,
              message: `${c.file}:${c.line}: \`${c.setting}\` ${c.encrypts ? 'encrypts the connection but does not authenticate the server' : 'does not encrypt the connection'}.`,
              remediation: this.remediation,
            },
          ],
    );
  },
};

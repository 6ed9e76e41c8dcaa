/**
 * Files kept encrypted in the repository, by the header each tool writes: what the
 * repository holds is not what the client reads, so nothing in them can be judged here.
 */

import { asBuffer } from './bytes.js';

const TOOLS: Array<{ name: string; test: (head: Buffer) => boolean; check: string }> = [
  {
    name: 'git-crypt',
    test: (h) => h.subarray(0, 10).equals(Buffer.from('\0GITCRYPT\0', 'latin1')),
    check: 'run `git-crypt unlock` (key from a secret) before this step',
  },
  {
    name: 'Ansible Vault',
    test: (h) => h.toString('latin1', 0, 14) === '$ANSIBLE_VAULT',
    check: 'run `ansible-vault decrypt` (password from a secret) before this step',
  },
  {
    name: 'age',
    test: (h) =>
      h.toString('latin1', 0, 21) === 'age-encryption.org/v1' || h.toString('latin1', 0, 34) === '-----BEGIN AGE ENCRYPTED FILE-----',
    check: 'run `age --decrypt` (identity from a secret) before this step',
  },
  {
    name: 'SOPS',
    test: (h) => {
      if (h.indexOf('ENC[AES256_') === -1) return false;
      const text = h.toString('latin1');
      return /ENC\[(?:AES256_GCM|AES256_CBC),data:/.test(text) && /(?:^|\n)sops:|"sops":|sops_version=|sops_mac=/.test(text);
    },
    check: 'run `sops --decrypt` before this step',
  },
];

/** The tool that encrypted the file and how to let the gate read it, or undefined. */
export function encryptedBy(bytes: Uint8Array): { tool: string; check: string } | undefined {
  const head = asBuffer(bytes);
  const found = TOOLS.find((t) => t.test(head));
  return found && { tool: found.name, check: found.check };
}

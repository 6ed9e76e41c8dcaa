import { scanProblemRule } from '../model/scan-problem-rule.js';

export const fileEncrypted = scanProblemRule({
  kind: 'encrypted',
  severity: 'warning',
  id: 'file-encrypted',
  title: 'Encrypted file could not be checked',
  why: 'The repository holds this file encrypted (git-crypt, SOPS, Ansible Vault, age); clients read it decrypted, so the certificates they load were not checked.',
  remediation:
    'Decrypt it in the workflow before this step (the key from a secret), or exclude it with `exclude` if it holds no trust material.',
});

import type { Rule } from '../model/rule.js';

export const scanScopeInvalid: Rule = {
  id: 'scan-scope-invalid',
  severity: 'error',
  title: "The scan's scope cannot be trusted",
  why: 'A glob that cannot be read or that leaves the workspace, a scope that leaves nothing to scan, or an empty workspace would make the gate pass without having looked.',
  remediation: 'Fix `paths` / `exclude` (globs relative to the workspace, e.g. `certs/**`), or check the repository out before this step.',
  check(facts) {
    return facts.repository.scope.map((p) => ({
      rule: this.id,
      severity: 'error' as const,
      message: p.input === 'workspace' ? `The workspace ${p.value} ${p.reason}` : `Input \`${p.input}\` "${p.value}" ${p.reason}.`,
      remediation: this.remediation,
    }));
  },
};

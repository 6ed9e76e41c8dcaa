/** The steps of the plan that change files: trust material (one per file) and infrastructure code (one per file and line). */
import type { Finding } from '../model/finding.js';
import type { IacStep, TrustStep } from './types.js';

/** Rules about what clients trust: bundles, truststores, downloads, client CA settings. */
const TRUST_RULES = new Set([
  'bundle-trusts-database-ca',
  'probe-verification-failed',
  'bundle-missing-target-root',
  'bundle-expired-certificates',
  'lookalike-certificate',
  'unknown-rds-ca',
  'bundle-missing-approved-roots',
  'client-ca-legacy-name',
  'trust-file-not-checked',
  'bundle-not-loadable',
  'certificate-blocks-skipped',
  'file-unreadable',
  'file-encrypted',
  'proxy-trust-missing',
]);

/** Problems that replacing the file with AWS's bundle fixes; the missing-target-root fix names the right bundle (regional or global). */
const REPLACED = ['bundle-missing-target-root', ...TRUST_RULES].filter(
  (r) => !['client-ca-legacy-name', 'trust-file-not-checked', 'file-unreadable', 'file-encrypted', 'proxy-trust-missing'].includes(r),
);

const IAC_RULES = new Set(['iac-ca-not-approved', 'planned-ca-not-approved']);

export function isTrustProblem(f: Finding): boolean {
  return TRUST_RULES.has(f.rule) && f.severity !== 'notice' && f.file !== undefined;
}

export function isIacProblem(f: Finding): boolean {
  return IAC_RULES.has(f.rule) && f.file !== undefined;
}

function groupBy<K>(findings: readonly Finding[], key: (f: Finding) => K): Map<K, Finding[]> {
  const groups = new Map<K, Finding[]>();
  for (const f of findings) {
    const group = groups.get(key(f));
    if (group) group.push(f);
    else groups.set(key(f), [f]);
  }
  return groups;
}

/** One step per file, in the findings' order (worst first); one fix, and the fixes of other kinds of problem in the same file. */
export function trustSteps(findings: readonly Finding[]): TrustStep[] {
  return [...groupBy(findings.filter(isTrustProblem), (f) => f.file!)].map(([file, problems]) => {
    const lead = REPLACED.map((r) => problems.find((f) => f.rule === r)).find((f) => f) ?? problems[0];
    const covered = REPLACED.includes(lead.rule) ? new Set(REPLACED) : new Set([lead.rule]);
    const alsoFix = [...new Set(problems.filter((f) => !covered.has(f.rule)).map((f) => f.remediation))].filter(
      (r) => r !== lead.remediation,
    );
    return { file, problems, worst: problems.some((f) => f.severity === 'error') ? 'error' : 'warning', fix: lead.remediation, alsoFix };
  });
}

/** One step per file and line, in the findings' order; the fix of the first problem there (a pin's before a plan's). */
export function iacSteps(findings: readonly Finding[]): IacStep[] {
  return [...groupBy(findings.filter(isIacProblem), (f) => `${f.file}\0${f.line ?? ''}`).values()].map((problems) => ({
    file: problems[0].file!,
    ...(problems[0].line !== undefined ? { line: problems[0].line } : {}),
    problems,
    fix: problems[0].remediation,
  }));
}

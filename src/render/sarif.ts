/**
 * SARIF 2.1.0 for GitHub code scanning: one result per finding, rules from the registry.
 * Every result has a location (upload-sarif rejects the whole file otherwise): a finding in
 * a file is located there; a live finding (a database, a region) at the workflow file that
 * ran the check, with the resource named in the message. Each result carries a fingerprint
 * made of what identifies it (rule, file, resource), not of where a line happens to be.
 */
import { createHash } from 'node:crypto';
import { RULES } from '../rules/index.js';
import { VERSION } from '../base/version.js';
import type { Finding, Severity } from '../model/finding.js';
import { messageWithAccount } from './accounts.js';

/** GitHub accepts at most 25,000 results per run. */
export const SARIF_MAX_RESULTS = 25000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export interface SarifContext {
  /** GITHUB_WORKFLOW_REF: `owner/repo/.github/workflows/x.yml@refs/heads/main`. */
  workflowRef?: string;
  /** GITHUB_REPOSITORY: `owner/repo`. */
  repository?: string;
  /**
   * Where live findings go without a workflow file (a run outside GitHub Actions): the
   * environments file, which scopes the fleet (default .github/rds-ca-guard.yml).
   */
  fallbackUri?: string;
  /** A run over several accounts: messages and fingerprints name each finding's account (two accounts can share a region or an id). */
  multiAccount?: boolean;
}

/** The workflow file's path in the repository, from GITHUB_WORKFLOW_REF. */
export function workflowPath(workflowRef: string | undefined, repository: string | undefined): string | undefined {
  if (!workflowRef) return undefined;
  const withoutRef = workflowRef.replace(/@[^@]*$/, '');
  const path =
    repository && withoutRef.startsWith(`${repository}/`)
      ? withoutRef.slice(repository.length + 1)
      : withoutRef.split('/').slice(2).join('/');
  return /^\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ? path : undefined;
}

/** A URI reference relative to %SRCROOT%: each path segment percent-encoded. */
function uriOf(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(f: Finding, multiAccount: boolean): string {
  // A region is named by its account too, once there are several (an ARN names its own).
  const account = multiAccount && f.account && !f.resource?.includes(f.account) ? [f.account] : [];
  const about = [f.rule, f.file ?? '', f.resource ?? '', ...account];
  return createHash('sha256').update(JSON.stringify(about)).digest('hex');
}

export function sarifLog(findings: readonly Finding[], context: SarifContext = {}): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const liveUri = workflowPath(context.workflowRef, context.repository) ?? context.fallbackUri ?? '.github/rds-ca-guard.yml';
  const seen = new Map<string, number>();
  const multi = !!context.multiAccount;
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rds-ca-guard',
            version: VERSION,
            informationUri: 'https://github.com/rds-ca-guard/rds-ca-guard',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              help: { text: r.remediation },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        results: findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
          const about = f.file || !f.resource || f.message.includes(f.resource) ? '' : ` (resource: ${f.resource})`;
          // Two findings alike in rule, file and resource still get distinct fingerprints, in a stable order.
          const base = fingerprint(f, multi);
          const n = seen.get(base) ?? 0;
          seen.set(base, n + 1);
          return {
            ruleId: f.rule,
            ruleIndex: ruleIndex.get(f.rule),
            level: LEVEL[f.severity],
            message: { text: `${messageWithAccount(f, multi)}${about} Fix: ${f.remediation}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uriOf(f.file ?? liveUri), uriBaseId: '%SRCROOT%' },
                  ...(f.file && f.line ? { region: { startLine: f.line } } : {}),
                },
                ...(f.file || !f.resource ? {} : { logicalLocations: [{ name: f.resource, kind: 'resource' }] }),
              },
            ],
            partialFingerprints: { 'rdsCaGuardFinding/v1': n ? `${base}:${n}` : base },
            ...(f.account ? { properties: { account: f.account } } : {}),
          };
        }),
      },
    ],
  };
}

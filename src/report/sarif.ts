/** SARIF 2.1.0 for GitHub code scanning: one result per finding, rules from the registry. */
import { RULES } from '../rules/index.js';
import type { Finding, Severity } from '../rules/rule.js';
import { VERSION } from '../version.js';

/** GitHub accepts at most 25,000 results per run. */
export const SARIF_MAX_RESULTS = 25000;

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function sarifLog(findings: readonly Finding[]): object {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
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
      results: findings.slice(0, SARIF_MAX_RESULTS).map((f) => ({
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule),
        level: LEVEL[f.severity],
        message: { text: `${f.message} Fix: ${f.remediation}` },
        ...(f.file
          ? { locations: [{ physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, ...(f.line ? { region: { startLine: f.line } } : {}) } }] }
          : {}),
      })),
    }],
  };
}

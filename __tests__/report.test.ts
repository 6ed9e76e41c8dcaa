import { selectAnnotations } from '../src/render/annotations.js';
import { sarifLog, SARIF_MAX_RESULTS, workflowPath } from '../src/render/sarif.js';
import { validSarif } from './helpers/sarif-schema.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../src/render/summary.js';
import { verdict } from '../src/verdict/verdict.js';
import { RULES } from '../src/rules/index.js';
import { factsFrom } from './helpers/facts.js';
import type { Finding } from '../src/model/finding.js';
import type { CheckOutcome } from '../src/model/outcome.js';

interface SarifResult {
  message: { text: string };
  locations?: { physicalLocation: { artifactLocation: { uri: string } } }[];
  partialFingerprints?: Record<string, string>;
}
interface Sarif {
  version: string;
  runs: { tool: { driver: { rules: { id: string }[] } }; results: SarifResult[] }[];
}

const finding = (over: Partial<Finding> = {}): Finding => ({
  rule: 'bundle-missing-target-root',
  severity: 'error',
  message: 'a | b',
  file: 'certs/x.pem',
  line: 3,
  remediation: 'Replace it',
  ...over,
});

async function outcome(findings: Finding[]): Promise<CheckOutcome> {
  return { facts: await factsFrom({}), findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
}

describe('verdict', () => {
  it('fails on errors; on warnings only with fail-on warning; never fails the job with never', () => {
    expect(verdict([finding({ severity: 'warning' })], 'error')).toMatchObject({
      result: 'pass',
      failJob: false,
      counts: { error: 0, warning: 1, notice: 0 },
    });
    expect(verdict([finding({ severity: 'warning' })], 'warning')).toMatchObject({ result: 'fail', failJob: true });
    expect(verdict([finding()], 'never')).toMatchObject({ result: 'fail', failJob: false });
    expect(verdict([finding({ severity: 'notice' })], 'warning').result).toBe('pass');
  });
});

describe('annotations', () => {
  it('keeps ten per type, the worst rules first', () => {
    const many = [...Array(12)].map((_, i) => finding({ line: i + 1 })).concat([...Array(3)].map(() => finding({ severity: 'notice' })));
    const picked = selectAnnotations(many, (id) => `title of ${id}`);
    expect(picked.filter((a) => a.severity === 'error').map((a) => a.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(picked.filter((a) => a.severity === 'notice')).toHaveLength(3);
    expect(picked[0]).toEqual({
      severity: 'error',
      title: 'title of bundle-missing-target-root',
      message: 'a | b\nFix: Replace it',
      file: 'certs/x.pem',
      startLine: 1,
    });
  });
});

describe('summary', () => {
  it('puts the verdict first, then the trust file to change (all its problems in one row), the rest folded per rule', async () => {
    const md = renderSummary(
      await outcome([
        finding(),
        finding({ rule: 'file-unreadable', severity: 'warning', line: undefined, message: 'cannot read' }),
        finding({ rule: 'bundle-missing-approved-roots', severity: 'notice', message: 'no ecc root' }),
      ]),
      { offline: true, reportFile: '/tmp/r.json' },
    );
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ RDS CA Guard: fail — 1 error, 1 warning, 1 notice');
    expect(lines[2]).toContain('AWS: not inspected (offline: repository only)');
    expect(md).toContain('### 1. Trust material to change (1 file)');
    expect(md).toContain('| certs/x.pem | a &#124; b<br>cannot read | Replace it |');
    expect(md).toContain('<summary>Other findings (1)</summary>');
    expect(md).toContain('#### ℹ️ RDS bundle lacks the roots of other approved CAs (`bundle-missing-approved-roots`, 1 notice)');
    expect(md).toContain('| certs/x.pem | 3 | no ecc root | Replace it |');
    expect(md.indexOf('Trust material')).toBeLessThan(md.indexOf('Other findings'));
    expect(md).toContain('Full report: <code>/tmp/r.json</code>');
  });

  it('says pass plainly when there is nothing to fix', async () => {
    expect(renderSummary(await outcome([]), { offline: true }).split('\n')[0]).toBe(
      '## ✅ RDS CA Guard: pass — 0 errors, 0 warnings, 0 notices',
    );
  });

  it("stays under GitHub's 1 MiB summary limit", async () => {
    const huge = [...Array(5000)].map((_, i) => finding({ file: `certs/x-${i}.pem`, line: i, message: 'x'.repeat(300) }));
    const md = renderSummary(await outcome(huge), { offline: true, reportFile: '/tmp/r.json' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    // The plan keeps its shape with fewer rows, and counts the rest rather than cutting the text.
    expect(md).not.toContain('summary truncated');
    expect(md).toMatch(/\n… and \d+ files more, left out to keep within GitHub's size limit: the run's JSON report has them all\.\n/);
  });
});

describe('sarif', () => {
  const live = finding({
    rule: 'database-ca-not-approved',
    file: undefined,
    line: undefined,
    resource: 'arn:aws:rds:eu-west-1:111122223333:db:orders',
    message: 'orders uses rds-ca-2019.',
  });
  const context = { workflowRef: 'acme/infra/.github/workflows/rds ca.yml@refs/heads/main', repository: 'acme/infra' };

  it('is SARIF 2.1.0 with every rule and a located result per finding, valid against the OASIS schema', () => {
    const log = sarifLog(
      [finding(), finding({ rule: 'no-rds-bundle', severity: 'notice', file: undefined, line: undefined }), live],
      context,
    ) as Sarif;
    expect(validSarif(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.results[0]).toMatchObject({
      ruleId: 'bundle-missing-target-root',
      ruleIndex: RULES.findIndex((r) => r.id === 'bundle-missing-target-root'),
      level: 'error',
      message: { text: 'a | b Fix: Replace it' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'certs/x.pem', uriBaseId: '%SRCROOT%' }, region: { startLine: 3 } } }],
    });
    expect(run.results[1]).toMatchObject({ level: 'note' });
    for (const result of run.results) expect(result.locations?.length).toBeGreaterThan(0);
  });

  it('locates a live finding at the workflow file that ran the check, names the resource, and fingerprints it stably', () => {
    const [result] = (sarifLog([live], context) as Sarif).runs[0].results;
    expect(result.locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: '.github/workflows/rds%20ca.yml', uriBaseId: '%SRCROOT%' } },
        logicalLocations: [{ name: 'arn:aws:rds:eu-west-1:111122223333:db:orders', kind: 'resource' }],
      },
    ]);
    expect(result.message.text).toBe('orders uses rds-ca-2019. (resource: arn:aws:rds:eu-west-1:111122223333:db:orders) Fix: Replace it');
    const again = (sarifLog([{ ...live, message: 'orders uses rds-ca-2019 still.' }], context) as Sarif).runs[0].results[0];
    expect(again.partialFingerprints).toEqual(result.partialFingerprints);
    const other = (sarifLog([{ ...live, resource: 'arn:aws:rds:eu-west-1:111122223333:db:billing' }], context) as Sarif).runs[0].results[0];
    expect(other.partialFingerprints).not.toEqual(result.partialFingerprints);
  });

  it('without a workflow (a run outside Actions) locates live findings at the environments file', () => {
    const log = sarifLog([live], { fallbackUri: '.github/rds-ca-guard.yml' }) as Sarif;
    expect(log.runs[0].results[0].locations?.[0].physicalLocation.artifactLocation.uri).toBe('.github/rds-ca-guard.yml');
    expect(validSarif(log)).toEqual([]);
  });

  it('reads the workflow path from GITHUB_WORKFLOW_REF', () => {
    expect(workflowPath('acme/infra/.github/workflows/nightly.yml@refs/heads/main', 'acme/infra')).toBe('.github/workflows/nightly.yml');
    expect(workflowPath('acme/infra/.github/workflows/pr.yaml@refs/pull/7/merge', undefined)).toBe('.github/workflows/pr.yaml');
    expect(workflowPath(undefined, 'acme/infra')).toBeUndefined();
  });

  it('caps results at 25,000', () => {
    const log = sarifLog([...Array(SARIF_MAX_RESULTS + 5)].map(() => finding())) as Sarif;
    expect(log.runs[0].results).toHaveLength(SARIF_MAX_RESULTS);
  });
});

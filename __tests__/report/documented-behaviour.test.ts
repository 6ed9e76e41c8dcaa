/** Behaviour the docs promise and the code once broke, one test each. */
import { readFileSync } from 'node:fs';
import { catalogRequest } from '../../src/cli-flags.js';
import type { Database, EngineVersionFacts } from '../../src/model/fleet.js';
import { remediationRows } from '../../src/render/remediation.js';
import { renderIssueBody } from '../../src/tracking/issue-body.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/render/summary.js';
import { verdict } from '../../src/verdict/verdict.js';
import { factsFrom } from '../helpers/facts.js';
import type { Finding } from '../../src/model/finding.js';
import { REFRESH_CATALOG } from '../../src/catalog/urls.js';
import type { CheckOutcome } from '../../src/model/outcome.js';

const db = (id: string, version: string): Database => ({
  arn: `arn:aws:rds:eu-west-1:111122223333:db:${id}`,
  account: '111122223333',
  id,
  kind: 'instance',
  region: 'eu-west-1',
  engine: 'mysql',
  engineVersion: version,
  ca: 'rds-ca-2019',
  tags: {},
});

describe('documented behaviour', () => {
  it('the catalog refresh command printed in findings parses as printed (npm appends its arguments to the script)', () => {
    const [npmPart] = REFRESH_CATALOG.split(' && ');
    const m = /^npm run catalog -- (.+)$/.exec(npmPart);
    expect(m).not.toBeNull();
    const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.catalog;
    const [, , command, ...scriptArgs] = script.split(' ');
    expect(command).toBe('catalog');
    expect(catalogRequest([...scriptArgs, ...m![1].split(' ')])).toEqual({
      add: ['https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem'],
      sources: 'data/rds-ca',
      out: 'src/catalog/entries.generated.ts',
    });
    expect(() => catalogRequest(['--colour', 'x'])).toThrow('unknown option --colour');
  });

  it('the remediation table offers no rotate command for an engine version that cannot take the target CA', async () => {
    const versions: Record<string, EngineVersionFacts> = {
      'mysql 5.7.44': { rotatesWithoutRestart: false, supportedCas: ['rds-ca-2019'] },
      'mysql 8.0.36': { rotatesWithoutRestart: false, supportedCas: ['rds-ca-2019', 'rds-ca-rsa2048-g1'] },
    };
    const facts = await factsFrom(
      {},
      {
        aws: {
          account: '111122223333',
          principal: 'p',
          via: 'role',
          failed: [],
          inspected: [
            {
              account: '111122223333',
              region: 'eu-west-1',
              databases: [db('old', '5.7.44'), db('new', '8.0.36')],
              engineVersions: versions,
              skipped: [],
              certificates: [],
            },
          ],
        },
      },
    );
    const rows = Object.fromEntries(remediationRows(facts).map((r) => [r.id, r]));
    expect(rows.old.command).toBeUndefined();
    expect(rows.old.blockedBy).toBe('Upgrade the engine first: mysql 5.7.44 does not support rds-ca-rsa2048-g1 (it supports rds-ca-2019).');
    expect(rows.new.command).toMatch(/^aws rds modify-db-instance --db-instance-identifier new /);
    const findings: Finding[] = [
      { rule: 'database-ca-not-approved', severity: 'error', resource: rows.old.arn, message: 'm', remediation: 'r' },
    ];
    const outcome: CheckOutcome = { facts, findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
    for (const md of [renderSummary(outcome, { offline: false }), renderIssueBody(outcome, 'k', undefined)!]) {
      const oldRow = md.split('\n').find((l) => l.startsWith('| old |'))!;
      expect(oldRow).toContain('Upgrade the engine first');
      expect(oldRow).not.toContain('modify-db-instance');
    }
  });

  it("cuts the summary by bytes, GitHub's limit, even when every character takes several", async () => {
    // Findings no plan step holds (their table is not capped by rows), each a few hundred bytes of three-byte characters.
    const findings: Finding[] = [...Array(4000)].map((_, i) => ({
      rule: 'probe-unreachable',
      severity: 'error',
      resource: `db-€${i}`,
      message: '€'.repeat(200),
      remediation: 'r',
    }));
    const md = renderSummary(
      { facts: await factsFrom({}), findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } },
      { offline: true },
    );
    expect(md.length).toBeLessThan(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(Buffer.byteLength(md)).toBeGreaterThan(SUMMARY_MAX_BYTES - 4096);
    expect(md).not.toContain('\uFFFD');
    expect(md).toMatch(/summary truncated at GitHub's 1 MiB limit/);
  });
});

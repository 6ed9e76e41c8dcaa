import { ISSUE_BODY_MAX, renderIssueBody } from '../../src/tracking/issue-body.js';
import { verdict } from '../../src/verdict/verdict.js';
import type { Database } from '../../src/model/fleet.js';
import { keyMarker, readSince } from '../../src/tracking/marker.js';
import { factsFrom } from '../helpers/facts.js';
import type { Finding } from '../../src/model/finding.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const KEY = 'acme/infra';
const db = (id: string): Database => ({
  arn: `arn:aws:rds:eu-west-1:1:db:${id}`,
  account: '111122223333',
  id,
  kind: 'instance',
  region: 'eu-west-1',
  engine: 'postgres',
  engineVersion: '16.3',
  ca: 'rds-ca-2019',
  tags: {},
});

async function outcome(dbs: Database[], findings: Finding[], now = '2026-11-29T03:00:00Z'): Promise<CheckOutcome> {
  const facts = await factsFrom(
    {},
    {
      now,
      aws: {
        account: '111122223333',
        principal: 'p',
        via: 'role',
        failed: [],
        inspected: [{ account: '111122223333', region: 'eu-west-1', databases: dbs, engineVersions: {}, skipped: [], certificates: [] }],
      },
    },
  );
  return { facts, findings, verdict: verdict(findings, 'never'), timings: { scan: 0, aws: 0, rules: 0 } };
}
const caFinding = (d: Database): Finding => ({
  rule: 'database-ca-not-approved',
  severity: 'error',
  resource: d.arn,
  message: 'm',
  remediation: 'r',
});
const fileFinding: Finding = {
  rule: 'bundle-missing-target-root',
  severity: 'error',
  file: 'certs/rds.pem',
  line: 1,
  message: 'lacks the root',
  remediation: 'replace it',
};

describe('renderIssueBody', () => {
  it('carries the marker, a status line, the headline with the date that matters, and the plan with the date each row was first seen', async () => {
    const body = renderIssueBody(await outcome([db('orders')], [caFinding(db('orders')), fileFinding]), KEY, undefined)!;
    expect(body.startsWith(keyMarker(KEY))).toBe(true);
    expect(body).toContain('**1 database to rotate** · 1 change to the repository · 2 errors, 0 warnings');
    expect(body).toContain('**1 database overdue** since 2024-08-22 (their CA has expired).');
    expect(withoutLinks(body)).toContain(
      '| orders | eu-west-1 | postgres 16.3 | rds-ca-2019 → rds-ca-rsa2048-g1 | yes | **overdue** since 2024-08-22 | — | 2026-11-29 |',
    );
    expect(withoutLinks(body)).toContain('| certs/rds.pem | lacks the root | replace it | 2026-11-29 |');
  });

  it('is the same on the next day for the same fleet: since dates come from the previous body, no run time or link', async () => {
    const first = renderIssueBody(await outcome([db('orders')], [caFinding(db('orders'))]), KEY, undefined)!;
    const next = renderIssueBody(await outcome([db('orders')], [caFinding(db('orders'))], '2026-11-30T03:00:00Z'), KEY, first)!;
    expect(next).toBe(first);
    const more = renderIssueBody(
      await outcome([db('orders'), db('billing')], [caFinding(db('orders')), caFinding(db('billing'))], '2026-11-30T03:00:00Z'),
      KEY,
      first,
    )!;
    expect(readSince(more)).toEqual({
      'db:arn:aws:rds:eu-west-1:1:db:billing': '2026-11-30',
      'db:arn:aws:rds:eu-west-1:1:db:orders': '2026-11-29',
    });
  });

  it('is null when only notices remain', async () => {
    expect(renderIssueBody(await outcome([], [{ ...fileFinding, severity: 'notice' }]), KEY, undefined)).toBeNull();
  });

  it('folds long tables and stays under 65,536 characters, counting what it left out', async () => {
    const dbs = [...Array(3000)].map((_, i) => db(`database-number-${i}`));
    const body = renderIssueBody(await outcome(dbs, dbs.map(caFinding)), KEY, undefined)!;
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    expect(body).toMatch(/<summary>The other \d+ databases of no environment<\/summary>/);
    expect(body).toMatch(/… and \d+ databases more, left out to keep within GitHub's size limit/);
    expect(body).toContain('**3000 databases to rotate**');
  });
});

/**
 * The tracking issue body at its limits (from the second adversarial review of issues 15 and 16): hundreds
 * of accounts keep every section and the since marker; a finding's first-seen date survives unrelated edits.
 */
import { bundle, workspace } from '../helpers/workspace.js';
import { checkOffline, proxyFindings } from '../helpers/cli-check.js';
import { ISSUE_BODY_MAX, renderIssueBody } from '../../src/tracking/issue-body.js';
import { readSince } from '../../src/tracking/marker.js';
import { renderScopeBody } from '../../src/tracking/sectioned-body.js';
import { unitsOf } from '../../src/tracking/units.js';
import { runRules } from '../../src/rules/index.js';
import { verdict } from '../../src/verdict/verdict.js';
import type { Finding } from '../../src/model/finding.js';
import { database, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { threeAccounts } from './fleet-of-accounts.js';

const GLOBAL = bundle('global-bundle.pem');
const HOST = 'app.proxy-abc123xyz.us-east-1.rds.amazonaws.com';

describe('the tracking issue body at its limits', () => {
  it('keeps every section and the since marker for 120 accounts × 3 environments under 65,536 characters, an environment a line', async () => {
    const o = await threeAccounts({ refused: [] });
    const accounts = [...Array(120)].map((_, i) => String(100000000000 + i));
    o.facts.aws!.inspected = accounts.map((account) =>
      regionInventory({
        account,
        databases: ['dev', 'staging', 'prod'].map((e) => database({ account, id: `db-${e}`, ca: 'rds-ca-2019', tags: { Environment: e } })),
      }),
    );
    o.findings = runRules(o.facts);
    const body = renderScopeBody(o, 'acme/infra', unitsOf(o), { open: false })!;
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    const units = unitsOf(o);
    expect(body.split('\n').filter((l) => l.startsWith('## '))).toHaveLength(units.accounts.length + 1); // the repository + every account
    expect(units.accounts.length).toBe(123);
    expect(body).toContain('- **prod**: 1 database (1 with a restart), `mode: rotate` with <code>environment: prod</code>');
    expect(body).toContain('<!-- rds-ca-guard:since ');
  });

  it('past that, keeps the sections that fit whole, counts the others, and always ends with the footer and its marker', async () => {
    const o = await threeAccounts({ refused: [] });
    const accounts = [...Array(600)].map((_, i) => String(100000000000 + i));
    o.facts.aws!.inspected = accounts.map((account) =>
      regionInventory({
        account,
        databases: ['dev', 'prod'].map((e) => database({ account, id: `db-${e}`, ca: 'rds-ca-2019', tags: { Environment: e } })),
      }),
    );
    o.findings = runRules(o.facts);
    const body = renderScopeBody(o, 'acme/infra', unitsOf(o), { open: false })!;
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    const sections = body.split('\n').filter((l) => l.startsWith('## ')).length;
    const dropped = Number(/… and (\d+) sections more, left out to keep within GitHub's 65,536 characters/.exec(body)?.[1]);
    expect(sections + dropped).toBe(unitsOf(o).accounts.length + 1);
    expect(body.trimEnd().split('\n').at(-1)).toMatch(/^<!-- rds-ca-guard:since \{.*\} -->$/);
    // Every section kept is whole: the last one ends with its environments' lines.
    expect(body).toMatch(
      /- \*\*prod\*\*: 1 database \(1 with a restart\), `mode: rotate` with <code>environment: prod<\/code>\n\n… and \d+ sections more/,
    );
  });

  it("keeps a proxy-trust-missing row's first-seen date when an unrelated line is added above the proxy host", async () => {
    const env = (lines: string) =>
      workspace({
        'certs/rds.pem': GLOBAL,
        '.env': `${lines}DATABASE_URL=postgresql://app:pw@${HOST}:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n`,
      });
    const day = async (findings: Finding[], now: string) => {
      const facts = await factsFrom({ 'certs/rds.pem': GLOBAL }, { now });
      return { facts, findings, verdict: verdict(findings, 'never'), timings: { scan: 0, aws: 0, rules: 0 } };
    };
    const before = proxyFindings(checkOffline(env(''))) as unknown as Finding[];
    const after = proxyFindings(checkOffline(env('LOG_LEVEL=info\n'))) as unknown as Finding[];
    expect(before).toHaveLength(1);
    const first = renderIssueBody(await day(before, '2026-11-01T03:17:00Z'), 'k', undefined)!;
    const second = renderIssueBody(await day(after, '2026-11-20T03:17:00Z'), 'k', first)!;
    // Same bundle, same problem, same proxy: first seen on 2026-11-01.
    expect(Object.values(readSince(second))).toEqual(['2026-11-01']);
  });
});

/**
 * The tracking issue body at its limits (from the second adversarial review of issues 15 and 16): hundreds
 * of accounts keep every section and the since marker; a finding's first-seen date survives unrelated edits.
 */
import { ISSUE_BODY_MAX } from '../../src/tracking/issue-body.js';
import { renderScopeBody } from '../../src/tracking/sectioned-body.js';
import { unitsOf } from '../../src/tracking/units.js';
import { runRules } from '../../src/rules/index.js';
import { database, regionInventory } from '../helpers/builders.js';
import { threeAccounts } from './fleet-of-accounts.js';

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
});

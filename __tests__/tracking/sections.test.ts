import { ISSUE_BODY_MAX } from '../../src/tracking/issue-body.js';
import { keyMarker, readSince } from '../../src/tracking/marker.js';
import { renderScopeBody, renderUnitBody } from '../../src/tracking/sectioned-body.js';
import { unitsOf } from '../../src/tracking/units.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { database, regionInventory } from '../helpers/builders.js';
import { A, B, C, REFUSED, threeAccounts } from './fleet-of-accounts.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const KEY = 'acme/infra';
const scopeBody = (o: CheckOutcome, previous?: string, open = true) => renderScopeBody(o, KEY, unitsOf(o), { body: previous, open });
const headings = (body: string) => body.split('\n').filter((l) => l.startsWith('## '));
const sectionOf = (body: string, heading: string) => body.split(`## ${heading}\n`)[1].split(/\n## |\n_Kept by RDS CA Guard/)[0];

describe('the scope issue of a run over several accounts', () => {
  it('shows the repository first, then a section per account in code-point order, the account not inspected saying why', async () => {
    const body = scopeBody(await threeAccounts())!;
    expect(body.startsWith(`${keyMarker(KEY)}\nTarget CA **rds-ca-rsa2048-g1**. **3 accounts** · 1 not inspected in full: ${C}.`)).toBe(
      true,
    );
    expect(headings(body)).toEqual(['## Repository and clients', `## Account ${A}`, `## Account ${B}`, `## Account ${C}`]);
    expect(sectionOf(body, 'Repository and clients')).toContain('| certs/rds.pem | lacks the root | replace it | 2026-11-29 |');
    for (const account of [A, B]) {
      const section = sectionOf(body, `Account ${account}`);
      expect(section).toMatch(
        /^\n\*\*2 databases to rotate\*\* · 2 errors, 0 warnings\n\n\*\*2 databases overdue\*\* since 2024-08-22 \(their CA has expired\)\.\n/,
      );
      // The section is the account: no Account column.
      expect(withoutLinks(section)).toContain('| Database | Region | Engine | CA → target | Restart | Due | AWS rotates on | Since |');
      expect(withoutLinks(section)).toContain('| orders | eu-west-1 | postgres 16.3 | rds-ca-2019 → rds-ca-rsa2048-g1 | yes |');
      expect(withoutLinks(section)).toContain('| billing | us-east-1 |');
    }
    expect(sectionOf(body, `Account ${C}`)).toBe(`\n**Not inspected in this run.**\n\n- ${REFUSED}. Let the hub role assume it.\n`);
    // The inspection gap is said once, by the section, not again as a finding.
    expect(body).not.toContain('account-not-inspected');
  });

  it('orders accounts by code point whatever order they come in, and keeps each account’s first-seen dates apart', async () => {
    const o = await threeAccounts();
    o.facts.aws!.members!.reverse();
    o.facts.aws!.inspected.reverse();
    o.findings.reverse();
    const body = scopeBody(o)!;
    expect(headings(body)).toEqual(['## Repository and clients', `## Account ${A}`, `## Account ${B}`, `## Account ${C}`]);
    const since = readSince(body);
    expect(Object.keys(since)).toEqual([
      `${A}/db:arn:aws:rds:eu-west-1:${A}:db:orders`,
      `${A}/db:arn:aws:rds:us-east-1:${A}:db:billing`,
      `${B}/db:arn:aws:rds:eu-west-1:${B}:db:orders`,
      `${B}/db:arn:aws:rds:us-east-1:${B}:db:billing`,
      'bundle-missing-target-root:certs/rds.pem:',
    ]);
  });

  it('renders the same body run after run for the same findings', async () => {
    const first = scopeBody(await threeAccounts())!;
    expect(scopeBody(await threeAccounts({ now: '2026-11-30T00:00:00Z' }), first)).toBe(first);
  });

  it('keeps what an account showed while the run cannot inspect it, with its dates, and only from an open issue', async () => {
    const first = scopeBody(await threeAccounts({ refused: [] }), undefined)!;
    const refused = await threeAccounts({ refused: [B], now: '2026-12-05T00:00:00Z' });
    const second = scopeBody(refused, first)!;
    const kept = sectionOf(second, `Account ${B}`);
    expect(kept).toContain('**Not inspected in this run.**');
    expect(kept).toContain('_Kept as an earlier run showed it, until the account is inspected in full again:_');
    expect(kept).toContain(sectionOf(first, `Account ${B}`).trim());
    expect(readSince(second)[`${B}/db:arn:aws:rds:eu-west-1:${B}:db:orders`]).toBe('2026-11-29');
    // Still not inspected the next night: the same body, not a note on a note.
    expect(scopeBody(refused, second)).toBe(second);
    // C, inspected now, shows its databases.
    expect(sectionOf(second, `Account ${C}`)).toContain('**2 databases to rotate**');
    // A closed issue's sections are not brought back.
    expect(sectionOf(scopeBody(refused, first, false)!, `Account ${B}`)).not.toContain('_Kept as');
  });

  it('says which regions of an account were not inspected, and shows what the others hold when there is nothing to keep', async () => {
    const body = scopeBody(await threeAccounts({ failedRegions: { [B]: ['us-east-1'] } }))!;
    const section = sectionOf(body, `Account ${B}`);
    expect(section).toContain(
      '**Not all of its regions were inspected in this run.**\n\n- us-east-1: DescribeDBInstances in us-east-1 timed out. Retry.\n',
    );
    expect(section).toContain('_What this run found in the regions it inspected:_\n\n**1 database to rotate**');
    expect(body).toContain(`2 not inspected in full: ${B}, ${C}.`);
  });

  it('is null when nothing is to fix and every account was inspected, and open while one was not', async () => {
    const ca = { [A]: 'rds-ca-rsa2048-g1', [B]: 'rds-ca-rsa2048-g1', [C]: 'rds-ca-rsa2048-g1' };
    expect(scopeBody(await threeAccounts({ ca, refused: [], repositoryFinding: false }))).toBeNull();
    expect(scopeBody(await threeAccounts({ ca, repositoryFinding: false }))).toContain('**Not inspected in this run.**');
  });

  it('folds each account’s long table and stays under 65,536 characters', async () => {
    const o = await threeAccounts({ refused: [] });
    const many = (account: string) => [...Array(1500)].map((_, i) => database({ account, id: `database-number-${i}`, ca: 'rds-ca-2019' }));
    o.facts.aws!.inspected = [A, B, C].map((account) => regionInventory({ account, databases: many(account) }));
    const body = scopeBody(o)!;
    expect(body.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    expect(headings(body)).toHaveLength(4);
    for (const account of [A, B, C])
      expect(sectionOf(body, `Account ${account}`)).toMatch(/… and \d+ databases more, left out to keep within GitHub's size limit/);
  });
});

describe('the issues of issue-scope: account', () => {
  it('holds one section each: the repository’s, or one account’s', async () => {
    const o = await threeAccounts();
    const { repository, accounts } = unitsOf(o);
    const repo = renderUnitBody(o, `${KEY}:repository`, repository, { open: false })!;
    expect(repo.startsWith(`${keyMarker(`${KEY}:repository`)}\nTarget CA **rds-ca-rsa2048-g1**.\n\n## Repository and clients\n`)).toBe(
      true,
    );
    expect(headings(repo)).toEqual(['## Repository and clients']);
    const c = renderUnitBody(o, `${KEY}:account:${C}`, accounts[2], { open: false })!;
    expect(headings(c)).toEqual([`## Account ${C}`]);
    expect(c).toContain(REFUSED);
  });
});

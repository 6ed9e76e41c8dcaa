/**
 * A live multi-account check against the fake AWS endpoint: two member accounts with the same database
 * names, a third whose role the fake refuses. The findings and the outputs a person reads name the
 * account of each; the one not inspected is an error naming the role tried and the hub.
 */
import { FakeAws } from '../support/fake-aws.mjs';
import { accountsSeed, syntheticFleet } from '../support/fleet.mjs';
import { selectAnnotations } from '../../src/render/annotations.js';
import { renderSummary } from '../../src/render/summary.js';
import { byRule, liveCheck } from '../helpers/live.js';
import { workspace } from '../helpers/workspace.js';
import { withoutLinks } from '../helpers/markdown-oracle.js';

const PROD = '222222222222';
const DEV = '333333333333';
const DENIED = '444444444444';
const ROLE = 'rds-ca-guard-read';

let fake: FakeAws;
beforeAll(async () => {
  const member = (account: string) => syntheticFleet(['eu-west-1'], 1, { account });
  fake = await new FakeAws(
    accountsSeed({ roleName: ROLE, members: { [PROD]: member(PROD), [DEV]: member(DEV), [DENIED]: member(DENIED) } }),
  )
    .set({ denyAssume: new Set([DENIED]) })
    .start();
});
afterAll(() => fake.stop());

it('names the account of each finding, and fails the member account whose role could not be assumed', async () => {
  const repo = workspace({}, { git: true });
  const outcome = await liveCheck(fake, repo, {
    regions: 'eu-west-1',
    accounts: [PROD, DEV, DENIED].join(','),
    'member-role': ROLE,
    'fail-on': 'never',
  });
  const [missed] = byRule(outcome, 'account-not-inspected');
  expect(missed).toMatchObject({ severity: 'error', account: DENIED, resource: `arn:aws:iam::${DENIED}:role/${ROLE}` });
  expect(missed.message).toMatch(
    new RegExp(`^Account ${DENIED} was not inspected: could not assume arn:aws:iam::${DENIED}:role/${ROLE} from `),
  );
  const old = byRule(outcome, 'database-ca-not-approved');
  expect(old.map((f) => f.account)).toEqual([PROD, DEV]);
  expect(old[0].message).toBe(old[1].message); // the same name in both accounts

  const md = renderSummary(outcome, { offline: false });
  expect(md).toMatch(
    /AWS hub account \d{12} as <code>[^<]+<\/code> \(\w[^)]*\): 2 member accounts inspected, \*\*1 not inspected\*\*; 2 databases in 1 region/,
  );
  expect(withoutLinks(md)).toContain(`| ${DENIED} | <code>arn:aws:iam::${DENIED}:role/${ROLE}</code> | could not assume `);
  expect(withoutLinks(md)).toContain(`| db-eu-west-1-0 | ${PROD} | eu-west-1 |`);
  expect(withoutLinks(md)).toContain(`| db-eu-west-1-0 | ${DEV} | eu-west-1 |`);
  const messages = selectAnnotations(outcome.findings, (id) => id, { multiAccount: true }).map((a) => a.message);
  expect(messages).toEqual(expect.arrayContaining([`account ${PROD}: ${old[0].message}\nFix: ${old[0].remediation}`]));
});

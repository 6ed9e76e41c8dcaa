/** A run over three accounts for the tracking issue's tests: two inspected with databases to rotate, one whose role was refused. */
import { runRules } from '../../src/rules/index.js';
import { verdict } from '../../src/verdict/verdict.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import type { Finding } from '../../src/model/finding.js';
import { awsFacts, database, regionInventory, type Database } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';

export const A = '111111111111';
export const B = '222222222222';
export const C = '333333333333';
export const REFUSED = `could not assume arn:aws:iam::${C}:role/rds-ca-guard from arn:aws:sts::999999999999:assumed-role/hub/rds-ca-guard: AccessDenied`;

export interface FleetOptions {
  /** CA of each account's databases (default: rds-ca-2019, to rotate). */
  ca?: Partial<Record<string, string>>;
  /** Accounts whose role is refused (default: C). */
  refused?: string[];
  /** Regions that failed, per account. */
  failedRegions?: Partial<Record<string, string[]>>;
  /** A bundle in the repository that lacks the target root (default: yes). */
  repositoryFinding?: boolean;
  now?: string;
}

const dbs = (account: string, ca: string): Database[] => [
  database({ account, id: 'orders', region: 'eu-west-1', ca }),
  database({ account, id: 'billing', region: 'us-east-1', ca }),
];

export async function threeAccounts(options: FleetOptions = {}): Promise<CheckOutcome> {
  const refused = options.refused ?? [C];
  const members = [A, B, C];
  const inspectedAccounts = members.filter((m) => !refused.includes(m));
  const failed = inspectedAccounts.flatMap((account) =>
    (options.failedRegions?.[account] ?? []).map((region) => ({
      account,
      region,
      reason: `DescribeDBInstances in ${region} timed out`,
      remediation: 'Retry.',
    })),
  );
  const inspected = inspectedAccounts.flatMap((account) => {
    const [eu, us] = dbs(account, options.ca?.[account] ?? 'rds-ca-2019');
    return [
      regionInventory({ account, region: 'eu-west-1', databases: [eu] }),
      regionInventory({ account, region: 'us-east-1', databases: [us] }),
    ].filter((i) => !failed.some((f) => f.account === account && f.region === i.region));
  });
  const aws = awsFacts(inspected, failed);
  aws.account = '999999999999';
  aws.members = members.map((account) => ({
    account,
    role: `arn:aws:iam::${account}:role/rds-ca-guard`,
    ...(refused.includes(account)
      ? { notInspected: { reason: REFUSED.replaceAll(C, account), remediation: 'Let the hub role assume it.' } }
      : { principal: `arn:aws:sts::${account}:assumed-role/rds-ca-guard/rds-ca-guard` }),
  }));
  const facts = await factsFrom(
    {},
    {
      aws,
      now: options.now,
      regions: ['eu-west-1', 'us-east-1'],
    },
  );
  // The rule the accounts' inspection adds: one error per account not inspected, naming it.
  const gaps: Finding[] = refused.map((account) => ({
    rule: 'account-not-inspected',
    severity: 'error',
    account,
    message: `Account ${account} was not inspected.`,
    remediation: 'Let the hub role assume it.',
  }));
  const bundle: Finding[] =
    options.repositoryFinding === false
      ? []
      : [
          {
            rule: 'bundle-missing-target-root',
            severity: 'error',
            file: 'certs/rds.pem',
            line: 1,
            message: 'lacks the root',
            remediation: 'replace it',
          },
        ];
  const findings = [...runRules(facts), ...gaps, ...bundle];
  return { facts, findings, verdict: verdict(findings, 'never'), timings: { scan: 0, aws: 0, rules: 0 } };
}

/** The member accounts of a multi-account run, how each is reached, and aggregate mode's shard reports. */
import type { AccountsConfig, Config } from '../config.js';
import { accountId, follows, roleArn } from '../base/validators.js';
import type { InputReader } from './reader.js';

/** An IAM role name, optionally with a path: `rds-ca-guard-read`, `audit/rds-ca-guard-read`. */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const UNIT = /^(?:ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;
const ACCOUNTS_ONLY = ['organizational-units', 'member-role', 'member-external-id'] as const;

/** The role ARN template for `member-role`: a name becomes `arn:<partition>:iam::{account}:role/<name>`, the hub's partition. */
function roleTemplate(r: InputReader, roleToAssume: string | undefined): string | undefined {
  const value = r.get('member-role');
  if (!value) {
    r.problem(
      'Input `accounts` is set but `member-role` is empty; name the role to assume in each member account (e.g. rds-ca-guard-read, or arn:aws:iam::{account}:role/rds-ca-guard-read).',
    );
    return undefined;
  }
  if (value.startsWith('arn:')) {
    if (value.includes('{account}') && follows(roleArn, value.replace('{account}', '123456789012'))) return value;
    r.problem(
      `Input \`member-role\` is "${value}"; accepted: a role name, or a role ARN with {account} where the account id goes, like arn:aws:iam::{account}:role/rds-ca-guard-read.`,
    );
    return undefined;
  }
  if (!ROLE_NAME.test(value)) {
    r.problem(
      `Input \`member-role\` is "${value}"; accepted: an IAM role name (letters, digits and +=,.@_-, up to 64), optionally after a path.`,
    );
    return undefined;
  }
  const partition = /^arn:([\w-]+):/.exec(roleToAssume ?? '')?.[1] ?? 'aws';
  return `arn:${partition}:iam::{account}:role/${value}`;
}

export function accountsOf(r: InputReader, mode: Config['mode'], roleToAssume: string | undefined): AccountsConfig | undefined {
  const listed = r.list('accounts');
  const concurrency = r.whole('account-concurrency');
  if (!listed.length) {
    for (const name of ACCOUNTS_ONLY.filter((n) => r.given(n)))
      r.problem(
        `Input \`${name}\` is set but \`accounts\` is empty; list the member accounts (or \`organization\`), or remove \`${name}\`.`,
      );
    return undefined;
  }
  if (mode === 'aggregate')
    r.problem("Input `accounts` is set in aggregate mode, which reads the shards' reports and calls no AWS API; remove `accounts`.");
  const organization = listed.some((a) => a.toLowerCase() === 'organization');
  if (organization && listed.length > 1)
    r.problem(
      `Input \`accounts\` mixes \`organization\` with account ids (${listed.join(', ')}); accepted: either account ids or \`organization\`.`,
    );
  if (!organization)
    for (const id of listed.filter((a) => !follows(accountId, a)))
      r.problem(`Input \`accounts\` has "${id}"; accepted: 12-digit AWS account ids, or \`organization\`.`);
  const units = r.list('organizational-units');
  if (units.length && !organization)
    r.problem('Input `organizational-units` is set but `accounts` lists account ids; use `accounts: organization` to select by OU.');
  for (const unit of units.filter((u) => !UNIT.test(u)))
    r.problem(`Input \`organizational-units\` has "${unit}"; accepted: OU ids like ou-ab12-cd34ef56 or root ids like r-ab12.`);
  const roleArn = roleTemplate(r, roleToAssume);
  return {
    from: organization ? { organizationUnits: [...new Set(units)].sort() } : { ids: [...new Set(listed)].sort() },
    roleArn: roleArn ?? '',
    externalId: r.get('member-external-id') || undefined,
    concurrency,
  };
}

/** Aggregate mode's inputs: the shard reports (required there) and whether to keep the tracking issue. */
export function aggregateOf(r: InputReader, mode: Config['mode']): Pick<Config, 'reports' | 'issue'> {
  const reports = r.lines('reports');
  if (mode === 'aggregate' && !reports.length)
    r.problem("Input `reports` is empty; aggregate mode needs globs of the shards' JSON reports (e.g. reports/**/rds-ca-guard.json).");
  if (mode !== 'aggregate' && reports.length)
    r.problem('Input `reports` is set but `mode` is not `aggregate`; set `mode: aggregate`, or remove `reports`.');
  return { reports, issue: r.bool('issue') };
}

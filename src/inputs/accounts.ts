/** The member accounts of a multi-account run, how each is reached, and aggregate mode's shard reports. */
import type { AccountsConfig, Config } from '../config.js';
import { accountId, follows } from '../base/validators.js';
import type { InputReader } from './reader.js';

/** An IAM role name, optionally with a path: `rds-ca-guard-read`, `audit/rds-ca-guard-read`. */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
const UNIT = /^(?:ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;
const ACCOUNTS_ONLY = ['organizational-units', 'member-role', 'member-external-id'] as const;

/**
 * The role ARN template for `member-role`: `{account}` where the member's id goes and, for a role
 * given by name, `{partition}` (the hub's, known once its identity is proven: aws, aws-us-gov, aws-cn).
 */
function roleTemplate(r: InputReader): string | undefined {
  const value = r.get('member-role');
  if (!value) {
    r.problem(
      'Input `accounts` is set but `member-role` is empty; name the role to assume in each member account (e.g. rds-ca-guard-read, or arn:aws:iam::{account}:role/rds-ca-guard-read).',
    );
    return undefined;
  }
  if (value.startsWith('arn:')) {
    const name = /^arn:[\w-]+:iam::\{account\}:role\/(.+)$/.exec(value)?.[1];
    if (name && ROLE_NAME.test(name.replaceAll('{account}', '123456789012'))) return value;
    r.problem(
      `Input \`member-role\` is "${value}"; accepted: a role name, or a role ARN with {account} as its account id, like arn:aws:iam::{account}:role/rds-ca-guard-read.`,
    );
    return undefined;
  }
  if (!ROLE_NAME.test(value)) {
    r.problem(
      `Input \`member-role\` is "${value}"; accepted: an IAM role name (letters, digits and +=,.@_-, up to 64), optionally after a path.`,
    );
    return undefined;
  }
  return `arn:{partition}:iam::{account}:role/${value}`;
}

/** STS takes an external id of 2 to 1224 characters from letters, digits and +=,.@:/-_ ; the value itself is never echoed (it is a secret). */
function externalIdOf(r: InputReader): string | undefined {
  const value = r.get('member-external-id');
  if (value && !/^[\w+=,.@:/-]{2,1224}$/.test(value))
    r.problem(
      'Input `member-external-id` is not one STS accepts; accepted: 2 to 1224 letters, digits and +=,.@:/-_ (the value is not shown).',
    );
  return value || undefined;
}

export function accountsOf(r: InputReader): AccountsConfig | undefined {
  const listed = r.list('accounts');
  const concurrency = r.whole('account-concurrency');
  if (!listed.length) {
    for (const name of ACCOUNTS_ONLY.filter((n) => r.given(n)))
      r.problem(
        `Input \`${name}\` is set but \`accounts\` is empty; list the member accounts (or \`organization\`), or remove \`${name}\`.`,
      );
    return undefined;
  }
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
  const roleArn = roleTemplate(r);
  return {
    from: organization ? { organizationUnits: [...new Set(units)].sort() } : { ids: [...new Set(listed)].sort() },
    roleArn: roleArn ?? '',
    externalId: externalIdOf(r),
    concurrency,
  };
}

/** What the shards inspect: set on the shard jobs, meaningless (and silently unapplied) in the aggregate job. */
const SHARD_INPUTS = [
  'offline',
  'regions',
  'role-to-assume',
  'allowed-account-ids',
  'tags',
  'engines',
  'identifiers',
  'exclude-identifiers',
  'accounts',
  'organizational-units',
  'member-role',
  'member-external-id',
  'account-concurrency',
  'probe',
  'probe-targets',
  'probe-bundle',
  'timeout-minutes',
] as const;

/** Aggregate mode's inputs: the shard reports (required there) and whether to keep the tracking issue. */
export function aggregateOf(r: InputReader, mode: Config['mode']): Pick<Config, 'reports' | 'issue'> {
  if (mode === 'aggregate')
    for (const name of SHARD_INPUTS.filter((n) => r.given(n)))
      r.problem(
        `Input \`${name}\` is set in aggregate mode, which judges what the shards inspected and calls no AWS API; set it on the shard jobs, and remove it here.`,
      );
  const reports = r.lines('reports');
  if (mode === 'aggregate' && !reports.length)
    r.problem("Input `reports` is empty; aggregate mode needs globs of the shards' JSON reports (e.g. reports/**/rds-ca-guard.json).");
  if (mode !== 'aggregate' && reports.length)
    r.problem('Input `reports` is set but `mode` is not `aggregate`; set `mode: aggregate`, or remove `reports`.');
  return { reports, issue: r.bool('issue') };
}

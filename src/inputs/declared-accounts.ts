/** The declaration's multi-account part: the member accounts, how each is reached, and merging the shards of a matrix. */
import { BOOLEAN, choice, LINES, LIST, TEXT, whole, type InputDeclaration } from './kinds.js';

const LIVE = ['check', 'report', 'rotate'] as const;

export const ACCOUNT_INPUTS = {
  accounts: {
    default: '',
    description:
      "Member accounts to inspect from the hub identity (the credentials, or `role-to-assume`): 12-digit account ids, comma- or newline-separated, or `organization` (every ACTIVE account of the AWS Organization, from `organizations:ListAccounts`). Each is reached by assuming `member-role`. Empty: the credentials' own account only.",
    kind: LIST,
    modes: LIVE,
  },
  'organizational-units': {
    default: '',
    description:
      'With `accounts: organization`: only the accounts under these OUs (`ou-…`) or roots (`r-…`), nested OUs included, comma- or newline-separated.',
    kind: LIST,
    modes: LIVE,
  },
  'member-role': {
    default: '',
    description:
      'Required with `accounts`: the role assumed in each member account (STS `AssumeRole`, chained from the hub identity): a role name (`rds-ca-guard-read`, or with a path `audit/rds-ca-guard-read`; in the partition of the hub), or an ARN template with `{account}` as its account id (`arn:aws:iam::{account}:role/rds-ca-guard-read`).',
    kind: TEXT,
    modes: LIVE,
  },
  'member-external-id': {
    default: '',
    description:
      "With `accounts`: the `sts:ExternalId` the member role's trust policy requires, if any (masked in the log, never echoed in errors).",
    kind: TEXT,
    modes: LIVE,
  },
  'account-concurrency': {
    default: '8',
    description:
      'With `accounts`: member accounts inspected at a time (1 to 64). Each has its own credentials, clients and retries; its regions are inspected at once.',
    kind: whole(1, 64),
    modes: LIVE,
  },
  reports: {
    default: '',
    description:
      "Aggregate mode: globs of the shards' JSON reports (`report-file` of each matrix job, e.g. downloaded with actions/download-artifact), one per line, relative to the workspace.",
    kind: LINES,
    modes: ['aggregate'],
  },
  issue: {
    default: 'false',
    description: 'Aggregate mode: `true` keeps the tracking issue of the merged result, as report mode does (same `issue-*` inputs).',
    kind: BOOLEAN,
    modes: ['aggregate'],
  },
  'issue-scope': {
    default: 'scope',
    description:
      "Report and aggregate modes: `scope` keeps one tracking issue for the run, a section per account; `account` keeps one issue per AWS account (its databases and regions), and one for the repository's own findings.",
    kind: choice('scope', 'account'),
    modes: ['report', 'aggregate'],
  },
} as const satisfies Record<string, InputDeclaration>;

/** The declaration's first part: the mode, AWS access, and which databases and CAs are judged. */
import { ALL_MODES, BOOLEAN, choice, LIST, TEXT, whole, type InputDeclaration } from './kinds.js';

export const SCOPE_INPUTS = {
  mode: {
    default: 'check',
    description:
      "What to do. `check`: judge the repository (and, unless offline, the databases) and fail per `fail-on`. `report`: the same checks, kept in one tracking issue (for a nightly schedule). `rotate`: move the `environment`'s databases to the target CA (for workflow_dispatch). `aggregate`: merge the JSON reports of a matrix's shards (`reports`) into one verdict, summary, SARIF and (with `issue: true`) tracking issue.",
    kind: choice('check', 'report', 'rotate', 'aggregate'),
    modes: [...ALL_MODES, 'aggregate'],
  },
  offline: {
    default: 'false',
    description:
      '`true` checks the repository alone, with no AWS access (forks, fresh machines). Without it the action needs AWS credentials, and fails closed without them.',
    kind: BOOLEAN,
    modes: ['check', 'report'],
  },
  regions: {
    default: '',
    defaultShown: '`AWS_REGION` / `AWS_DEFAULT_REGION`',
    description:
      "Regions in scope, comma- or newline-separated, or `all` (the account's enabled regions, from EC2 `DescribeRegions`; regions not opted in are skipped). Offline with `all` or no region at all, every commercial region of the embedded catalog.",
    kind: LIST,
    modes: ALL_MODES,
  },
  'role-to-assume': {
    default: '',
    description:
      "ARN of the IAM role to assume through GitHub OIDC (needs `permissions: id-token: write`). Without it, the AWS SDK's default credential chain (e.g. a configure-aws-credentials step).",
    kind: TEXT,
    modes: ALL_MODES,
  },
  'role-session-name': {
    default: 'rds-ca-guard',
    description: 'Session name for the assumed role (shows in CloudTrail).',
    kind: TEXT,
    modes: ALL_MODES,
  },
  'role-duration-seconds': {
    default: '3600',
    description: "Lifetime of the assumed role's credentials, 900 to 43200 seconds.",
    kind: whole(900, 43200),
    modes: ALL_MODES,
  },
  audience: {
    default: '',
    defaultShown: "`sts.amazonaws.com`; `sts.amazonaws.com.cn` when the role is in the China regions' partition (`arn:aws-cn:`)",
    description:
      "Audience of the GitHub OIDC token, as the IAM OIDC provider's client ID (audience) list names it, and as the role's trust policy condition `token.actions.githubusercontent.com:aud` expects it.",
    kind: TEXT,
    modes: ALL_MODES,
  },
  'allowed-account-ids': {
    default: '',
    description: '12-digit AWS account ids the credentials may belong to; any other account is refused before anything is inspected.',
    kind: LIST,
    modes: ALL_MODES,
  },
  tags: {
    default: '',
    description: 'Only databases carrying every one of these tags, e.g. `Environment=prod` (comma- or newline-separated, ANDed).',
    kind: LIST,
    modes: ALL_MODES,
  },
  engines: {
    default: 'mysql,mariadb,postgres,oracle,sqlserver,db2,aurora,docdb',
    description:
      'Engines in scope; an entry matches an engine of that name or its editions (`oracle` matches `oracle-ee`, `aurora` matches `aurora-postgresql`). Neptune cannot be listed: its clients verify Amazon Trust Services roots, not the RDS CAs.',
    kind: LIST,
    modes: ALL_MODES,
  },
  identifiers: {
    default: '*',
    description: 'Globs of database (or Multi-AZ DB cluster) identifiers in scope.',
    kind: LIST,
    modes: ALL_MODES,
  },
  'exclude-identifiers': { default: '', description: 'Globs of database identifiers out of scope.', kind: LIST, modes: ALL_MODES },
  'expiry-warning-days': {
    default: '180',
    description:
      "A database's CA (or, where it cannot rotate without a restart, its server certificate) expiring within this many days is a warning.",
    kind: whole(0, 36500),
    modes: ALL_MODES,
  },
  'expiry-error-days': {
    default: '30',
    description: 'Within this many days (at most `expiry-warning-days`), an error.',
    kind: whole(0, 36500),
    modes: ALL_MODES,
  },
  'approved-ca': {
    default: 'rds-ca-rsa2048-g1,rds-ca-rsa4096-g1,rds-ca-ecc384-g1',
    description:
      'CA identifiers databases may use. The first is the target: databases elsewhere move to it, and every RDS bundle must hold its root for every region in scope that it serves.',
    kind: LIST,
    modes: ALL_MODES,
  },
} as const satisfies Record<string, InputDeclaration>;

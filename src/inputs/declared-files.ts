/** The declaration's second part: what is scanned, where the results go, probing and time limits. */
import { ALL_MODES, BOOLEAN, choice, decimal, LINES, LIST, PATH, whole, type InputDeclaration } from './kinds.js';

export const FILE_INPUTS = {
  paths: {
    default: '**',
    description:
      'Globs (relative to the workspace) of files to scan. A path without glob characters names a file or a directory and must exist (and not be excluded), or the gate fails.',
    kind: LIST,
    modes: ALL_MODES,
  },
  exclude: { default: '', description: 'Globs of files not to scan (test fixtures, vendored code).', kind: LIST, modes: ALL_MODES },
  'terraform-plan': {
    default: '',
    description:
      'Globs (relative to the workspace) of `terraform show -json` plan files: the CA each planned `aws_db_instance`, `aws_rds_cluster_instance`, `aws_docdb_cluster_instance` and `aws_rds_cluster` will have, with variables, modules and registry defaults resolved by Terraform. A glob that matches no file is an error.',
    kind: LIST,
    modes: ALL_MODES,
  },
  'truststore-passwords': {
    default: '',
    description:
      'Extra passwords to try on JKS/PKCS#12 truststores (after `changeit`), one per line; a comma is part of a password. Pass them from a secret; they are masked.',
    kind: LINES,
    modes: ALL_MODES,
  },
  'require-bundle': {
    default: 'false',
    description: '`true` makes "no RDS bundle in the repository" an error instead of a notice.',
    kind: BOOLEAN,
    modes: ALL_MODES,
  },
  'fail-on': {
    default: '',
    defaultShown: '`error` (check), `never` (report)',
    description: 'Lowest severity that fails the job: `error`, `warning`, or `never` (in report mode the issue carries the news).',
    kind: choice('error', 'warning', 'never'),
    modes: ['check', 'report'],
  },
  'report-file': {
    default: '',
    defaultShown: '`$RUNNER_TEMP/rds-ca-guard-report.json`',
    description:
      'Where to write the JSON report (always written): inside `$RUNNER_TEMP` or the workspace, and never onto a file git tracks.',
    kind: PATH,
    modes: ALL_MODES,
  },
  'sarif-file': {
    default: '',
    description:
      'Where to write a SARIF 2.1.0 file for `github/codeql-action/upload-sarif`: inside `$RUNNER_TEMP` or the workspace, and never onto a file git tracks.',
    kind: PATH,
    modes: ALL_MODES,
  },
  'max-file-size-mb': {
    default: '5',
    description:
      'Files larger than this many megabytes (a plain decimal number above 0 and at most 1024, e.g. 0.5) are not read: a notice, or an error when the file looks like trust material.',
    kind: decimal(1024),
    modes: ALL_MODES,
  },
  probe: {
    default: 'false',
    description:
      '`true` makes the TLS handshake with every database endpoint in scope (from a runner that can reach them) and verifies what it presents against the bundle.',
    kind: BOOLEAN,
    modes: ALL_MODES,
  },
  'probe-targets': {
    default: '',
    description:
      'Extra endpoints to probe, also offline: `postgres://host:port`, `mysql://host:port`, `tls://host:port` (proxies, tunnels, databases outside AWS).',
    kind: LIST,
    modes: ALL_MODES,
  },
  'probe-bundle': {
    default: '',
    defaultShown: 'each RDS bundle found in the repository',
    description: 'The bundle (a path in the repository) the application uses.',
    kind: PATH,
    modes: ALL_MODES,
  },
  'timeout-minutes': {
    default: '10',
    description:
      'Minutes the whole AWS inspection may take (1 to 360). Regions not inspected by then are `region-not-inspected` errors naming the call AWS did not answer; each call is also bounded (5 s to connect, 30 s to answer, per attempt).',
    kind: whole(1, 360),
    modes: ALL_MODES,
  },
  'probe-timeout-seconds': {
    default: '5',
    description: 'Seconds each probe may take before the endpoint counts as unreachable (1 to 120).',
    kind: whole(1, 120),
    modes: ALL_MODES,
  },
} as const satisfies Record<string, InputDeclaration>;

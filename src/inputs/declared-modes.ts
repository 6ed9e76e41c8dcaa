/** The declaration's last part: the environment, report mode's tracking issue and rotate mode. */
import { ALL_MODES, BOOLEAN, choice, LIST, PATH, TEXT, whole, type InputDeclaration } from './kinds.js';

const REPORT = ['report'] as const;
const ROTATE = ['rotate'] as const;

export const MODE_INPUTS = {
  'github-token': {
    default: '${{ github.token }}',
    description: 'Report mode: token for the tracking issue (needs `permissions: issues: write`); GITHUB_TOKEN when empty.',
    kind: TEXT,
    modes: REPORT,
  },
  environment: {
    default: '',
    description:
      "The environment this run covers, in every mode (required in rotate mode): its databases are the environments file's entry for it, else those tagged `<environment-tag>=<name>`. Report mode keeps one issue per repository and environment.",
    kind: TEXT,
    modes: ALL_MODES,
  },
  'issue-key': {
    default: '',
    description: 'Report mode: an explicit key for the tracking issue, instead of the repository and environment.',
    kind: TEXT,
    modes: REPORT,
  },
  'issue-labels': {
    default: 'rds-ca',
    description:
      'Report mode: labels of the tracking issue (created when missing). Any of them finds the issue again (by its hidden marker).',
    kind: LIST,
    modes: REPORT,
  },
  'issue-assignees': {
    default: '',
    description: 'Report mode: users assigned to the tracking issue when it is created.',
    kind: LIST,
    modes: REPORT,
  },
  config: {
    default: '.github/rds-ca-guard.yml',
    description:
      'Environments file inside the workspace: per environment, its regions, tags, identifiers, exclude-identifiers, role-to-assume and protected (which can add protection, never lift what `protected-environments` sets). Without it, environment X means tag `<environment-tag>=X` within `regions`.',
    kind: PATH,
    modes: ALL_MODES,
  },
  'environment-tag': {
    default: 'Environment',
    description: "Tag key that names a database's environment when the environments file does not define it.",
    kind: TEXT,
    modes: ALL_MODES,
  },
  'dry-run': {
    default: 'true',
    description: 'Rotate mode: `true` writes the plan and changes nothing; `false` applies it.',
    kind: BOOLEAN,
    modes: ROTATE,
  },
  apply: {
    default: 'immediately',
    description: 'Rotate mode: `immediately`, or `next-maintenance-window`.',
    kind: choice('immediately', 'next-maintenance-window'),
    modes: ROTATE,
  },
  'allow-restart': {
    default: 'false',
    description: 'Rotate mode: `true` allows changes that restart a database (engine versions that cannot rotate without one).',
    kind: BOOLEAN,
    modes: ROTATE,
  },
  'skip-trust-check': {
    default: 'false',
    description:
      "Rotate mode: `true` rotates even when the repository's bundles do not yet trust the target root (clients may fail to connect).",
    kind: BOOLEAN,
    modes: ROTATE,
  },
  'max-databases': {
    default: '10',
    description: 'Rotate mode: the most databases one run may change (1 to 10000).',
    kind: whole(1, 10000),
    modes: ROTATE,
  },
  'protected-environments': {
    default: 'prod,production',
    description: "Rotate mode: environments that need `confirm` equal to their name (names compare case-insensitively, as GitHub's do).",
    kind: LIST,
    modes: ROTATE,
  },
  confirm: {
    default: '',
    description: "Rotate mode: the environment's name, to rotate a protected environment.",
    kind: TEXT,
    modes: ROTATE,
  },
  concurrency: { default: '2', description: 'Rotate mode: databases changed at a time (1 to 50).', kind: whole(1, 50), modes: ROTATE },
  'wait-timeout-minutes': {
    default: '60',
    description: 'Rotate mode: how long to wait for each database to be available again on the target CA (apply: immediately).',
    kind: whole(1, 1440),
    modes: ROTATE,
  },
  'wait-poll-seconds': {
    default: '30',
    description: 'Rotate mode: seconds between status polls while waiting.',
    kind: whole(1, 600),
    modes: ROTATE,
  },
  'continue-on-error': {
    default: 'false',
    description: 'Rotate mode: `true` keeps starting changes after one fails.',
    kind: BOOLEAN,
    modes: ROTATE,
  },
  'issue-title': {
    default: '',
    defaultShown: '`RDS CA rotation: <repository>[ (<environment>)]`',
    description: 'Report mode: title of the tracking issue.',
    kind: TEXT,
    modes: REPORT,
  },
} as const satisfies Record<string, InputDeclaration>;

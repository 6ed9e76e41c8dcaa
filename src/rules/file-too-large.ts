import { scanProblemRule } from '../model/scan-problem-rule.js';

export const fileTooLarge = scanProblemRule({
  kind: 'too-large',
  severity: 'notice',
  id: 'file-too-large',
  title: 'File over the size cap was skipped',
  why: 'Files over max-file-size-mb are not read, to keep the scan fast; any certificates inside were not checked.',
  remediation: 'Raise max-file-size-mb, or exclude the file with `exclude` if it holds no trust material.',
});

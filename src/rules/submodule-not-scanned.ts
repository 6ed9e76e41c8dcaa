import { scanProblemRule } from '../model/scan-problem-rule.js';

export const submoduleNotScanned = scanProblemRule({
  kind: 'submodule',
  severity: 'notice',
  id: 'submodule-not-scanned',
  title: 'Git submodule not checked out',
  why: 'Checked-out submodules are scanned as part of the repository; one that is not checked out holds nothing the scan can read.',
  remediation: 'Check submodules out before this step (`actions/checkout` with `submodules: true`, or `recursive`), or exclude the path.',
});

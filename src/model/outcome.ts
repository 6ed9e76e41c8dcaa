/** What a check comes to: the facts, the findings, the verdict. What every renderer reads. */
import type { Facts } from './facts.js';
import type { Finding, Severity } from './finding.js';

export interface Verdict {
  /** `fail` when a finding reaches the fail-on threshold (error, for `never`). */
  result: 'pass' | 'fail';
  /** Whether the job step fails: `fail` and fail-on is not `never`. */
  failJob: boolean;
  counts: Record<Severity, number>;
}

export interface CheckOutcome {
  facts: Facts;
  findings: Finding[];
  verdict: Verdict;
  /** Milliseconds each phase took (the scan and the AWS inspection run at once; loading the SDK is not counted). */
  timings: { scan: number; aws: number; rules: number };
}

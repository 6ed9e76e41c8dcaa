/** A finding: one thing wrong (or worth knowing), and how severe. */
export type Severity = 'error' | 'warning' | 'notice';

/** Worst first: the order every output lists severities in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'notice'];

/** One thing wrong (or worth knowing), with everything a renderer needs. */
export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  /** The database, IaC resource or region concerned. */
  resource?: string;
  /** The AWS account of the database or region concerned. */
  account?: string;
  remediation: string;
}

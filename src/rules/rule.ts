import type { Catalog } from '../catalog/catalog.js';
import type { AwsFacts } from '../fleet/inventory.js';
import type { ProbeRun } from '../probe/run.js';
import type { RepositoryFacts } from '../scan/repository.js';
import type { PlanFacts } from '../scan/terraform-plan.js';
import type { RdsBundle } from '../trust/bundles.js';

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
  remediation: string;
}

/** What the rules judge: plain data gathered before any rule runs. */
export interface Facts {
  /** Regions in scope. */
  regions: readonly string[];
  /** Approved CA identifiers; the first is the target. */
  approvedCa: readonly string[];
  requireBundle: boolean;
  /** ISO-8601 instant the verdict is for. */
  now: string;
  catalog: Catalog;
  repository: RepositoryFacts;
  bundles: readonly RdsBundle[];
  /** Why AWS was not inspected, when it was not and should have been. */
  awsNotInspected?: string;
  /** What to do about it, when the cause tells (an IAM statement, a proxy setting, waiting out AWS). */
  awsNotInspectedRemediation?: string;
  /** The live fleet, when AWS was inspected. */
  aws?: AwsFacts;
  expiryWarningDays: number;
  expiryErrorDays: number;
  /** Terraform plans (terraform-plan), when given. */
  plans?: PlanFacts;
  /** Live handshakes, when probes were asked for. */
  probes?: ProbeRun;
}

export interface Rule {
  /** Stable id: used in SARIF, the JSON report and the docs. */
  id: string;
  /** The most severe level this rule reports. */
  severity: Severity;
  title: string;
  /** Why it matters, for the docs and SARIF help. */
  why: string;
  /** General fix; each finding carries its specific one. */
  remediation: string;
  check(facts: Facts): Finding[];
}

export const GLOBAL_BUNDLE_URL = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';
export const REFRESH_CATALOG = `npm run catalog -- ${GLOBAL_BUNDLE_URL} && npm run build`;

export function shortFingerprint(sha256: string): string {
  return `${sha256.slice(0, 16)}…`;
}

export function list(items: readonly string[], max = 6): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

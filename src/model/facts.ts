/** The facts: everything gathered before any rule runs. */
import type { Catalog } from '../catalog/catalog.js';
import type { AwsFacts } from './fleet.js';
import type { RepositoryFacts } from './repository.js';
import type { RdsBundle } from '../trust/bundles.js';
import type { PlanFacts } from './plan.js';
import type { ProbeRun } from './probe.js';
import type { ShardFacts } from './shards.js';

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
  /** Aggregate mode: the shard reports merged into `aws` (and `probes`), and those refused. */
  shards?: ShardFacts;
}

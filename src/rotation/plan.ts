/**
 * The rotation plan, and the gates before any change. Pure: the check's facts in, what
 * would be done (and why not) out. Every refusal names its reason and the input that
 * overrides it.
 */
import { restartNeeded, type Database, type RegionInventory } from '../model/fleet.js';
import { sameEnvironment } from '../model/scope.js';
import type { RotateConfig } from '../config.js';
import type { Facts } from '../model/facts.js';
import { fleet } from '../model/fleet-walk.js';
import { needsMove, targetUnsupported } from '../model/database-ca.js';
import { modifyCommand, restartText } from '../model/commands.js';
import { bundleHoldsRoot, bundlesServing } from '../model/bundle-coverage.js';

export interface PlannedChange {
  db: Database;
  inventory: RegionInventory;
  from: string;
  to: string;
  restart: boolean;
  restartText: string;
  immediately: boolean;
  command: string;
}

export interface Refusal {
  reason: string;
  /** The input that overrides it, and how. */
  override: string;
  /** No input overrides it: the run cannot plan at all (even a dry run fails). */
  fatal?: boolean;
}

export interface RotationPlan {
  environment: string;
  target: string;
  changes: PlannedChange[];
  /** In scope but not to be changed, with why (unsupported version, already moving). */
  skipped: { db: Database; reason: string }[];
  /** Databases in scope already on an approved CA. */
  unchanged: Database[];
  refusals: Refusal[];
}

/** Which bundles fail to trust the target root in a region. */
function untrusted(facts: Facts, inventory: RegionInventory, target: string): string[] {
  const serving = bundlesServing(facts, inventory.region);
  if (!serving.length) return ['(no RDS bundle in the repository serves it)'];
  return serving.filter((b) => bundleHoldsRoot(b, facts, inventory, target) !== true).map((b) => b.path);
}

/** `scopeHint` says how the environment selects databases, for the message when none matches. */
export function planRotation(facts: Facts, options: RotateConfig, environment: string, scopeHint?: string): RotationPlan {
  const target = facts.approvedCa[0];
  const plan: RotationPlan = { environment, target, changes: [], skipped: [], unchanged: [], refusals: [] };
  if (!facts.aws) {
    plan.refusals.push({
      reason: `AWS was not inspected (${facts.awsNotInspected ?? 'offline'}): nothing can be planned.`,
      override: 'none: give the job AWS access',
      fatal: true,
    });
    return plan;
  }
  for (const { db, inventory } of fleet(facts)) {
    if (!needsMove(db, facts)) {
      if (facts.approvedCa.includes(db.ca ?? '')) plan.unchanged.push(db);
      else plan.skipped.push({ db, reason: `already moving to ${db.pendingCa} (pending modification)` });
      continue;
    }
    if (targetUnsupported(db, inventory, target)) {
      plan.skipped.push({ db, reason: `${db.engine} ${db.engineVersion} does not support ${target}: upgrade the engine first` });
      continue;
    }
    plan.changes.push({
      db,
      inventory,
      from: db.ca ?? 'unknown',
      to: target,
      restart: restartNeeded(db, inventory),
      restartText: restartText(db, inventory),
      immediately: options.applyImmediately,
      command: modifyCommand(db, inventory, target, options.applyImmediately),
    });
  }

  const accountsMissed = (facts.aws.members ?? []).filter((m) => m.notInspected);
  if (accountsMissed.length) {
    plan.refusals.push({
      reason: `Account(s) not inspected: ${accountsMissed.map((m) => `${m.account} (${m.notInspected!.reason})`).join('; ')}. The environment cannot be rotated from a partial view.`,
      override: 'none: fix access, or remove those accounts from `accounts`',
      fatal: true,
    });
  }
  const multi = !!facts.aws.members;
  if (facts.aws.failed.length) {
    plan.refusals.push({
      reason: `Region(s) not inspected: ${facts.aws.failed.map((f) => `${multi ? `${f.account} ` : ''}${f.region} (${f.reason})`).join('; ')}. The environment cannot be rotated from a partial view.`,
      override: 'none: fix access, or remove those regions from the environment',
      fatal: true,
    });
  } else if (!accountsMissed.length && !plan.changes.length && !plan.skipped.length && !plan.unchanged.length) {
    // A typo in the environment's name must not pass green as "nothing to do".
    plan.refusals.push({
      reason: `No database in ${facts.aws.inspected.map((i) => i.region).join(', ') || 'the regions in scope'} belongs to environment "${environment}"${scopeHint ? ` (${scopeHint})` : ''}. Check its name (compared case-insensitively), the databases' tags and the environments file.`,
      override: 'none: name an environment that has databases',
      fatal: true,
    });
  }
  if (!options.skipTrustCheck) {
    const missing = [...new Map(plan.changes.map((c) => [c.inventory.region, c.inventory])).values()]
      .map((inv) => ({ region: inv.region, bundles: untrusted(facts, inv, target) }))
      .filter((m) => m.bundles.length);
    if (missing.length) {
      plan.refusals.push({
        reason: `Clients first: the repository's bundles do not trust the ${target} root in ${missing.map((m) => `${m.region} (${m.bundles.join(', ')})`).join('; ')}. Deploy AWS's bundle to the clients before rotating.`,
        override: '`skip-trust-check: true`',
      });
    }
  }
  const restarting = plan.changes.filter((c) => c.restart);
  if (restarting.length && !options.allowRestart) {
    plan.refusals.push({
      reason: `${restarting.length} change(s) restart the database: ${restarting.map((c) => c.db.id).join(', ')}.`,
      override: '`allow-restart: true`',
    });
  }
  if (plan.changes.length > options.maxDatabases) {
    plan.refusals.push({
      reason: `${plan.changes.length} databases to change is more than max-databases (${options.maxDatabases}) for one run.`,
      override: `\`max-databases: ${plan.changes.length}\``,
    });
  }
  // GitHub environment names are case-insensitive: `Prod` is `prod`, and so is `confirm: PROD`.
  if (
    plan.changes.length &&
    options.protectedEnvironments.some((p) => sameEnvironment(p, environment)) &&
    !sameEnvironment(options.confirm, environment)
  ) {
    plan.refusals.push({
      reason: `${environment} is a protected environment: confirm its name to rotate it.`,
      override: `\`confirm: ${environment}\``,
    });
  }
  return plan;
}

/**
 * The plan a person acts on, in the order to act: the trust material to change (clients first),
 * the databases to rotate by environment (dev, staging, others, prod, then those without one),
 * the infrastructure code to change; the dates that matter, the picture's counts, and the
 * findings no step holds. Pure: facts and the rules' ordered findings in, plain data out.
 */
import { movingToApprovedCa, onApprovedCa } from '../model/database-ca.js';
import type { Facts } from '../model/facts.js';
import type { Finding } from '../model/finding.js';
import { fleet, type FleetEntry } from '../model/fleet-walk.js';
import { byCodePoint } from '../model/iac.js';
import { databaseDates, eventsAhead, eventsOf, headline } from './dates.js';
import { byRotationOrder, environmentKind, environmentOf, spellings, type Membership } from './environments.js';
import { remediationRows } from './remediation-rows.js';
import { iacSteps, trustSteps } from './steps.js';
import type { ActionPlan, EnvironmentGroup, PlannedDatabase, PlanOptions, PlanPicture, RotateCall } from './types.js';

export type * from './types.js';

/** How the plan finds a database's environment when the run says nothing: the `Environment` tag, no environments file. */
export const DEFAULT_PLAN_OPTIONS: PlanOptions = { environmentTag: 'Environment' };

/** Database findings the rotation groups hold: the database's row and dates say what they say. */
const PLACED_WITH_DATABASE = new Set(['database-ca-not-approved', 'target-ca-unsupported', 'pending-ca-rotation']);

function rotateCall(name: string, databases: readonly PlannedDatabase[]): RotateCall {
  return {
    mode: 'rotate',
    environment: name,
    'dry-run': 'false',
    ...(databases.some((d) => d.row.restart && d.row.command) ? { 'allow-restart': 'true' } : {}),
  };
}

function group(name: string | undefined, databases: PlannedDatabase[], blockedByTrust: boolean): EnvironmentGroup {
  const accounts = [...new Set(databases.map((d) => d.row.account))].sort(byCodePoint);
  return {
    ...(name !== undefined ? { name } : {}),
    kind: environmentKind(name),
    databases,
    counts: {
      databases: databases.length,
      restart: databases.filter((d) => d.row.restart).length,
      blocked: databases.filter((d) => !d.row.command).length,
      accounts: accounts.length,
    },
    accounts,
    ...(name !== undefined ? { call: rotateCall(name, databases) } : {}),
    blockedByTrust,
  };
}

function picture(entries: ReadonlyArray<FleetEntry & { env?: string }>, facts: Facts): PlanPicture['environments'] {
  const by = new Map<string | undefined, PlanPicture['environments'][number]>();
  for (const { db, env } of entries) {
    const counts = by.get(env) ?? {
      ...(env !== undefined ? { name: env } : {}),
      kind: environmentKind(env),
      approved: 0,
      moving: 0,
      toRotate: 0,
      unknownCa: 0,
    };
    if (onApprovedCa(db, facts)) counts.approved++;
    else if (movingToApprovedCa(db, facts)) counts.moving++;
    else if (db.ca) counts.toRotate++;
    else counts.unknownCa++;
    by.set(env, counts);
  }
  return [...by.values()].sort((a, b) => byRotationOrder(a.name, b.name));
}

export function actionPlan(facts: Facts, findings: readonly Finding[], options: PlanOptions): ActionPlan {
  const trust = trustSteps(findings);
  const iac = iacSteps(findings);
  const entries = fleet(facts);
  const memberships = new Map<string, Membership>(entries.map(({ db }) => [db.arn, environmentOf(db, options)]));
  const spelled = spellings(
    [...memberships.values()].flatMap((m) => (m.name ? [m.name] : [])),
    options,
  );
  const envOf = (arn: string): string | undefined => {
    const name = memberships.get(arn)?.name;
    return name === undefined ? undefined : spelled.get(name.toLowerCase());
  };
  const byArn = new Map(entries.map((e) => [e.db.arn, e]));
  const groups = new Map<string | undefined, PlannedDatabase[]>();
  for (const row of remediationRows(facts)) {
    const m = memberships.get(row.arn)!;
    const planned: PlannedDatabase = {
      row,
      dates: databaseDates(byArn.get(row.arn)!, facts),
      environmentFrom: m.from,
      ...(m.taggedOutside ? { taggedOutside: m.taggedOutside } : {}),
    };
    const env = envOf(row.arn);
    const group = groups.get(env);
    if (group) group.push(planned);
    else groups.set(env, [planned]);
  }
  const rotate = [...groups].sort(([a], [b]) => byRotationOrder(a, b)).map(([name, databases]) => group(name, databases, trust.length > 0));
  const events = entries.flatMap((e) => eventsOf(e, databaseDates(e, facts), envOf(e.db.arn)));
  const rotating = new Set(rotate.flatMap((g) => g.databases.map((d) => d.row.arn)));
  const placed = new Set([...trust.flatMap((s) => s.problems), ...iac.flatMap((s) => s.problems)]);
  const rest = findings.filter((f) => !placed.has(f) && !(PLACED_WITH_DATABASE.has(f.rule) && rotating.has(f.resource ?? '')));
  return {
    trust,
    rotate,
    iac,
    ...headline(events, facts.now),
    picture: {
      environments: picture(
        entries.map((e) => ({ ...e, env: envOf(e.db.arn) })),
        facts,
      ),
      events: eventsAhead(events, facts.now),
    },
    rest,
  };
}

/**
 * A run over several accounts, cut into what the tracking issue shows apart: the repository (the
 * findings without an account: trust material, infrastructure code, probes) and each AWS account
 * of the run (its databases' and regions' findings), with why an account was not inspected, or
 * not all of its regions. Pure: the outcome in, the parts out, accounts in code-point order.
 */
import { tracked } from './issue-tables.js';
import type { Facts } from '../model/facts.js';
import { byCodePoint } from '../model/iac.js';
import type { Finding } from '../model/finding.js';
import type { CheckOutcome } from '../model/outcome.js';
import { actionPlan, DEFAULT_PLAN_OPTIONS, type ActionPlan, type PlanOptions } from '../plan/action-plan.js';

/** Why part of an account was not seen, and what to do. */
export interface Missed {
  /** The region, or undefined for the whole account. */
  region?: string;
  reason: string;
  remediation?: string;
}

export interface Unit {
  /** The account, or undefined for the repository. */
  account?: string;
  heading: string;
  /** First-seen dates are kept under keys with this prefix: an account's region finding is not another's. */
  prefix: string;
  /** Errors and warnings (inspection gaps are said by `missed`, not listed as findings). */
  open: Finding[];
  /** The unit's plan: the repository's files and code, or the account's databases by environment. */
  plan: ActionPlan;
  /** What this run could not inspect of the account; empty when all of it was. */
  missed: Missed[];
}

/** Said by a unit's `missed`: listed as findings they would repeat it. */
const INSPECTION_GAPS = new Set(['account-not-inspected', 'region-not-inspected']);

export const REPOSITORY_HEADING = 'Repository and clients';
export const accountHeading = (account: string) => `Account ${account}`;

/** The accounts of the run: its members, and every account inspected, failed or named by a finding. */
export function accountsOf(outcome: CheckOutcome): string[] {
  const aws = outcome.facts.aws;
  const all = [
    ...(aws?.members ?? []).map((m) => m.account),
    ...(aws?.inspected ?? []).map((i) => i.account),
    ...(aws?.failed ?? []).map((f) => f.account),
    ...outcome.findings.flatMap((f) => (f.account ? [f.account] : [])),
  ];
  return [...new Set(all)].sort(byCodePoint);
}

/** The facts of one account's regions only (none: the repository's part). */
function factsOf(facts: Facts, account: string | undefined): Facts {
  if (!facts.aws) return facts;
  return { ...facts, aws: { ...facts.aws, inspected: facts.aws.inspected.filter((i) => account !== undefined && i.account === account) } };
}

/**
 * The repository first (clients first), then each account, each with its plan (an account's databases wait for the
 * repository's trust material), and the whole run's plan for the picture above the sections.
 */
export function unitsOf(
  outcome: CheckOutcome,
  options: PlanOptions = DEFAULT_PLAN_OPTIONS,
): { repository: Unit; accounts: Unit[]; whole: ActionPlan } {
  const { facts } = outcome;
  const open = tracked(outcome.findings).filter((f) => !INSPECTION_GAPS.has(f.rule));
  const planOf = (account: string | undefined, mine: Finding[], clientsFirst: boolean): ActionPlan => {
    const plan = actionPlan(factsOf(facts, account), mine, options);
    return { ...plan, rotate: plan.rotate.map((g) => ({ ...g, blockedByTrust: clientsFirst })) };
  };
  const repositoryOpen = open.filter((f) => !f.account);
  const repositoryPlan = planOf(undefined, repositoryOpen, false);
  const clientsFirst = repositoryPlan.trust.length > 0;
  const repository: Unit = { heading: REPOSITORY_HEADING, prefix: '', open: repositoryOpen, plan: repositoryPlan, missed: [] };
  const accounts = accountsOf(outcome).map((account): Unit => {
    const mine = open.filter((f) => f.account === account);
    return {
      account,
      heading: accountHeading(account),
      prefix: `${account}/`,
      open: mine,
      plan: planOf(account, mine, clientsFirst),
      missed: missedOf(outcome, account),
    };
  });
  return { repository, accounts, whole: actionPlan(facts, open, options) };
}

function missedOf(outcome: CheckOutcome, account: string): Missed[] {
  const aws = outcome.facts.aws;
  const member = aws?.members?.find((m) => m.account === account)?.notInspected;
  if (member) return [{ reason: member.reason, remediation: member.remediation }];
  return (aws?.failed ?? [])
    .filter((f) => f.account === account)
    .sort((a, b) => byCodePoint(a.region, b.region))
    .map((f) => ({ region: f.region, reason: f.reason, remediation: f.remediation }));
}

/** Why AWS was not inspected at all: then no issue of the run is written (the same for the one issue). */
export function awsNotInspected(outcome: CheckOutcome): string | undefined {
  return outcome.facts.awsNotInspected ? `AWS was not inspected (${outcome.facts.awsNotInspected})` : undefined;
}

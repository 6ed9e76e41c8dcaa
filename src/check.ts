/**
 * The gate: inputs → facts (repository scan, and AWS when not offline) → rules → findings.
 * Shells (action, CLI) render the result; nothing here writes output.
 */
import { awsNotInspectedReason } from './aws-credentials.js';
import { embeddedCatalog, type Catalog } from './catalog/catalog.js';
import type { Config } from './inputs.js';
import { runRules } from './rules/index.js';
import type { Facts, Finding } from './rules/rule.js';
import { scanRepository } from './scan/repository.js';
import { rdsBundles } from './trust/bundles.js';
import { verdict, type Verdict } from './report/verdict.js';

export interface CheckOutcome {
  facts: Facts;
  findings: Finding[];
  verdict: Verdict;
}

export interface CheckDeps {
  catalog?: Catalog;
  now?: Date;
  env?: NodeJS.ProcessEnv;
}

export async function runCheck(config: Config, deps: CheckDeps = {}): Promise<CheckOutcome> {
  const catalog = deps.catalog ?? embeddedCatalog();
  const repository = await scanRepository(config.workspace, {
    paths: config.paths,
    exclude: config.exclude,
    truststorePasswords: config.truststorePasswords,
    maxFileBytes: config.maxFileBytes,
    known: (sha256) => catalog.bySha256(sha256),
  });
  const facts: Facts = {
    regions: config.regions,
    approvedCa: config.approvedCa,
    requireBundle: config.requireBundle,
    now: (deps.now ?? new Date()).toISOString(),
    catalog,
    repository,
    bundles: rdsBundles(repository.certificateFiles, catalog),
    awsNotInspected: awsNotInspectedReason(config.offline, deps.env ?? process.env),
  };
  const findings = runRules(facts);
  return { facts, findings, verdict: verdict(findings, config.failOn) };
}

/** A fleet for the plan's tests: databases across environments, an old bundle, a Terraform pin. */
import { runRules } from '../../src/rules/index.js';
import type { Facts } from '../../src/model/facts.js';
import { awsFacts, caInRegion, database, inDays, pendingRotationOf, regionInventory, type Database } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle } from '../helpers/workspace.js';

export const env = (name: string): Record<string, string> => ({ Environment: name });

/** On rds-ca-2019 (expired 2024-08-22) unless said otherwise. */
export function old(id: string, over: Partial<Database> = {}): Database {
  return database({ id, ca: 'rds-ca-2019', ...over });
}

export const DATABASES: Database[] = [
  old('orders-prod', { tags: env('prod') }),
  old('orders-dev', { tags: env('dev') }),
  old('billing-Dev', { tags: env('DEV') }),
  old('reports-uat', { tags: env('uat') }),
  old('search', { tags: env('analytics') }),
  old('legacy'),
  old('cache-live', { tags: env('Live') }),
  database({ id: 'fresh', tags: env('dev') }),
];

export async function fleetFacts(databases: Database[] = DATABASES, files: Record<string, string> = {}, over = {}): Promise<Facts> {
  const inventory = regionInventory({
    databases,
    certificates: [caInRegion('rds-ca-rsa2048-g1', { validTill: '2061-05-20T00:00:00Z' })],
    pending: Object.assign(
      {},
      ...databases
        .filter((d) => d.id === 'orders-prod')
        .map((d) => pendingRotationOf(d, { forcedApply: inDays(80), autoAppliedAfter: inDays(50) })),
    ),
  });
  return factsFrom(files, { regions: ['eu-west-1'], aws: awsFacts([inventory]), ...over });
}

export async function planInput(databases?: Database[], files?: Record<string, string>, over = {}) {
  const facts = await fleetFacts(databases, files, over);
  return { facts, findings: runRules(facts) };
}

export const OLD_BUNDLE = { 'config/rds-combined-ca-bundle.pem': bundle('rds-combined-ca-bundle.pem') };

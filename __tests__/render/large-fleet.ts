/** A large fleet for the plan's scale tests: `n` databases on the expired CA, a quarter each in dev, staging, prod and none, two regions, one old bundle. */
import { runRules } from '../../src/rules/index.js';
import { verdict } from '../../src/verdict/verdict.js';
import { awsFacts, caInRegion, database, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle } from '../helpers/workspace.js';
import type { CheckOutcome } from '../../src/model/outcome.js';

/** A fleet of `n` databases on the expired CA, a quarter each in dev, staging, prod and none, with one old bundle. */
export async function largeFleet(n: number): Promise<CheckOutcome> {
  const envs = ['dev', 'staging', 'prod', undefined];
  const databases = Array.from({ length: n }, (_, i) =>
    database({
      id: `database-number-${String(i).padStart(5, '0')}`,
      region: i % 3 ? 'eu-west-1' : 'us-east-1',
      ca: 'rds-ca-2019',
      tags: envs[i % 4] ? { Environment: envs[i % 4]! } : {},
    }),
  );
  const certificates = [caInRegion('rds-ca-rsa2048-g1', { validTill: '2061-05-20T00:00:00Z' })];
  const facts = await factsFrom(
    { 'config/rds-combined-ca-bundle.pem': bundle('rds-combined-ca-bundle.pem') },
    {
      regions: ['eu-west-1', 'us-east-1'],
      aws: awsFacts(
        ['eu-west-1', 'us-east-1'].map((region) =>
          regionInventory({ region, databases: databases.filter((d) => d.region === region), certificates }),
        ),
      ),
    },
  );
  const findings = runRules(facts);
  return { facts, findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
}

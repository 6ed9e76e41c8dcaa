/**
 * The 12-database fleet of issue 15: dev, staging and prod tags and untagged databases in two
 * regions, most on rds-ca-2019 (expired 2024-08-22: overdue), one with AWS's forced rotation
 * pending, with the 2019 bundle committed and a Terraform pin to rds-ca-2019.
 */
import type { Database } from '../../src/model/fleet.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { runRules } from '../../src/rules/index.js';
import { verdict } from '../../src/verdict/verdict.js';
import { awsFacts, caInRegion, database, declaration, pendingRotationOf, regionInventory } from '../helpers/builders.js';
import { factsFrom } from '../helpers/facts.js';
import { bundle } from '../helpers/workspace.js';

const tag = (name: string): Record<string, string> => ({ Environment: name });
const old = (id: string, region: string, over: Partial<Database> = {}): Database => database({ id, region, ca: 'rds-ca-2019', ...over });

export const FLEET_12: Database[] = [
  old('orders-dev', 'eu-west-1', { tags: tag('dev') }),
  old('billing-dev', 'eu-west-1', { tags: tag('dev'), engine: 'mysql', engineVersion: '8.0.36' }),
  old('search-dev', 'us-east-1', { tags: tag('dev') }),
  database({ id: 'cache-dev', region: 'us-east-1', tags: tag('dev') }),
  old('orders-staging', 'eu-west-1', { tags: tag('staging') }),
  old('billing-staging', 'us-east-1', { tags: tag('staging'), engine: 'mysql', engineVersion: '8.0.36' }),
  old('orders', 'eu-west-1', { tags: tag('prod') }),
  old('billing-prod', 'eu-west-1', { tags: tag('prod'), engine: 'mysql', engineVersion: '8.0.36' }),
  old('search-prod', 'us-east-1', { tags: tag('prod') }),
  database({ id: 'cache-prod', region: 'us-east-1', tags: tag('prod') }),
  old('legacy-reports', 'eu-west-1'),
  old('scratch', 'us-east-1'),
];

/** AWS's forced ca-certificate-rotation for `search-prod`. */
export const FORCED = '2027-02-15T00:00:00Z';

/** The fleet's outcome as of `now` (the golden files' date by default). */
export async function fleet12Outcome(now?: string): Promise<CheckOutcome> {
  const certificates = [caInRegion('rds-ca-rsa2048-g1', { validTill: '2061-05-20T00:00:00Z' })];
  const inventories = ['eu-west-1', 'us-east-1'].map((region) =>
    regionInventory({
      region,
      databases: FLEET_12.filter((d) => d.region === region),
      certificates,
      pending:
        region === 'us-east-1'
          ? pendingRotationOf(
              FLEET_12.find((d) => d.id === 'search-prod')!,
              { forcedApply: FORCED },
            )
          : {},
    }),
  );
  const facts = await factsFrom(
    { 'config/rds-combined-ca-bundle.pem': bundle('rds-combined-ca-bundle.pem') },
    {
      regions: ['eu-west-1', 'us-east-1'],
      ...(now ? { now } : {}),
      aws: awsFacts(inventories),
      pins: [
        {
          file: 'infra/main.tf',
          line: 14,
          resource: 'aws_db_instance.orders',
          attribute: 'ca_cert_identifier',
          tool: 'terraform',
          syntax: 'hcl',
          value: { kind: 'literal', ca: 'rds-ca-2019' },
        } as never,
      ],
      declarations: [declaration({ line: 12 })],
    },
  );
  const findings = runRules(facts);
  return { facts, findings, verdict: verdict(findings, 'error'), timings: { scan: 0, aws: 0, rules: 0 } };
}

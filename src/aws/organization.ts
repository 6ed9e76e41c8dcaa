/**
 * `accounts: organization`: the organization's ACTIVE accounts, from the hub (the management
 * account or a delegated administrator). With organizational units, only the accounts under
 * them, nested OUs included. Every listing is paginated with the SDK's paginators.
 */
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { Agent } from 'node:http';
import type { CallContext } from './aws-problem.js';
import { organizationsClient } from './clients.js';
import { awsCall } from './errors.js';
import { collectPages } from './pages.js';
import { partitionOf } from '../base/partition.js';

/** Organizations answers in one region per partition, its global region: us-east-1, us-gov-west-1, cn-northwest-1. */
export const organizationsRegion = (home: string): string => partitionOf(home).globalRegion;

interface OrgAccount {
  Id?: string;
  Status?: string;
  State?: string;
}

/** ACTIVE by the current `State` field, or the older `Status` when State is absent. */
const active = (a: OrgAccount): boolean => (a.State ?? a.Status) === 'ACTIVE';

export async function organizationAccounts(
  units: readonly string[],
  home: string,
  context: CallContext,
  options: { credentials?: AwsCredentialIdentity; agent?: Agent },
): Promise<string[]> {
  const sdk = await import('@aws-sdk/client-organizations');
  const region = organizationsRegion(home);
  const client = await organizationsClient(region, { ...options, bounds: context.bounds });
  const send = { abortSignal: context.deadline };
  const call = (action: string) => ({ service: 'Organizations' as const, action, region });
  let accounts: OrgAccount[];
  if (!units.length) {
    accounts = await awsCall(call('ListAccounts'), context, () =>
      collectPages(sdk.paginateListAccounts({ client }, {}, send), (p) => p.Accounts),
    );
  } else {
    accounts = [];
    const seen = new Set<string>();
    const queue = [...units];
    while (queue.length) {
      const parent = queue.shift()!;
      if (seen.has(parent)) continue;
      seen.add(parent);
      const [direct, children] = await Promise.all([
        awsCall(call('ListAccountsForParent'), context, () =>
          collectPages(sdk.paginateListAccountsForParent({ client }, { ParentId: parent }, send), (p) => p.Accounts),
        ),
        awsCall(call('ListOrganizationalUnitsForParent'), context, () =>
          collectPages(sdk.paginateListOrganizationalUnitsForParent({ client }, { ParentId: parent }, send), (p) => p.OrganizationalUnits),
        ),
      ]);
      accounts.push(...direct);
      queue.push(...children.map((ou) => ou.Id!).filter(Boolean));
    }
  }
  return [
    ...new Set(
      accounts
        .filter(active)
        .map((a) => a.Id!)
        .filter(Boolean),
    ),
  ].sort();
}

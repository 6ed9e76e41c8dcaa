export type Seed = Record<string, any>;
export function instance(region: string, id: string, options?: Record<string, unknown>): Seed;
export function multiAzCluster(region: string, id: string, options?: Record<string, unknown>): Seed;
export function auroraCluster(region: string, id: string, options?: Record<string, unknown>): Seed;
export function certificates(region: string, thumbprint?: (caId: string, region: string) => string | undefined): Seed[];
export function engineVersions(list: [string, string, boolean | undefined, string[]?][]): Seed[];
export function pendingRotation(arn: string, days?: number): Seed;
export function syntheticFleet(
  regions: string[],
  perRegion: number,
  options?: { oldEvery?: number; thumbprint?: (caId: string, region: string) => string | undefined; account?: string; prefix?: string },
): Seed;
export interface MemberSeed {
  regions: Record<string, Seed>;
  enabledRegions?: { regionName: string; optInStatus: string }[];
  /** AssumeRole refuses a RoleArn whose role name differs. */
  roleName?: string;
  /** AssumeRole refuses a call whose ExternalId differs or is missing. */
  externalId?: string;
}
export interface OrganizationAccount {
  Id: string;
  Name: string;
  Email?: string;
  Status?: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  State?: 'PENDING_ACTIVATION' | 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE' | 'CLOSED';
  JoinedMethod?: 'INVITED' | 'CREATED';
  JoinedTimestamp?: Date;
}
export interface OrganizationSeed {
  accounts: OrganizationAccount[];
  /** Root or OU id → its direct accounts and child OUs (and, for an OU, its name). */
  parents: Record<string, { accounts?: string[]; children?: string[]; name?: string }>;
}
export function accountsSeed(options: {
  hub?: Seed;
  members?: Record<string, Partial<MemberSeed>>;
  roleName?: string;
  externalId?: string;
  organization?: OrganizationSeed;
}): Seed & { accounts: Record<string, MemberSeed>; organization?: OrganizationSeed };
export function organizationSeed(options: {
  root?: string;
  accounts?: Record<string, string | Omit<OrganizationAccount, 'Id'>>;
  ous?: Record<string, { parent: string; name?: string; accounts?: string[] }>;
}): OrganizationSeed;

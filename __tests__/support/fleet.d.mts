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
  options?: { oldEvery?: number; thumbprint?: (caId: string, region: string) => string | undefined },
): Seed;

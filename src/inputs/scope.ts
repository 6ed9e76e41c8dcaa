/** Which CAs are approved and which regions are in scope. */
import type { Catalog } from '../catalog/catalog.js';
import type { Config } from '../config.js';
import type { InputReader } from './reader.js';
import { caId, follows, regionName } from '../base/validators.js';

export function approvedCaOf(r: InputReader, catalog: Catalog): string[] {
  const known = catalog.caIds();
  const approvedCa = r.list('approved-ca');
  if (!approvedCa.length)
    r.problem(`Input \`approved-ca\` is empty; accepted: one or more of ${known.join(', ')} (the first is the target).`);
  for (const ca of approvedCa.filter((id) => !follows(caId(known), id))) {
    r.problem(`Input \`approved-ca\` has unknown CA identifier "${ca}"; accepted: ${known.join(', ')} (the first is the target).`);
  }
  return approvedCa;
}

/**
 * The regions in scope: as given, `all` (the account's, or offline the catalog's), else AWS_REGION /
 * AWS_DEFAULT_REGION, else offline the catalog's. A named environment may give them later, from its file.
 */
export function regionsOf(
  r: InputReader,
  env: NodeJS.ProcessEnv,
  catalog: Catalog,
  offline: boolean,
  target: string | undefined,
  mode?: Config['mode'],
): { regions: string[]; allRegions: boolean } {
  let regions = r.list('regions');
  const allRegions = regions.length === 1 && regions[0] === 'all';
  if (allRegions) regions = offline ? catalog.regions(target) : [];
  else if (!regions.length) {
    const fromEnv = env.AWS_REGION || env.AWS_DEFAULT_REGION;
    if (fromEnv) regions = [fromEnv];
    else if (offline) regions = catalog.regions(target);
    // Aggregate mode's regions are the shards'.
    else if (!r.get('environment') && mode !== 'aggregate')
      r.problem(
        'Input `regions` is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set; give regions (e.g. "us-east-1,eu-west-1") or set `offline: true`.',
      );
  }
  for (const region of regions.filter((name) => !follows(regionName, name) && !(name === 'all' && allRegions))) {
    r.problem(
      `Input \`regions\` has invalid region name "${region}"; accepted: names like us-east-1, eu-west-2, us-gov-west-1, cn-north-1, or \`all\` alone.`,
    );
  }
  return { regions: [...new Set(regions)], allRegions };
}

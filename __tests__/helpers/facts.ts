/** Facts for rule tests, built from in-memory files without touching the filesystem. */
import { embeddedCatalog } from '../../src/catalog/catalog.js';
import { readCertificates } from '../../src/certs/read.js';
import type { AwsFacts } from '../../src/model/fleet.js';
import type { CaPin } from '../../src/model/iac.js';
import type { RepositoryFacts, ScanProblem } from '../../src/model/repository.js';
import { record } from '../../src/scan/record.js';
import { rdsBundles } from '../../src/trust/bundles.js';
import type { Facts } from '../../src/model/facts.js';

export const catalog = embeddedCatalog();
export const G1 = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'];
export const NOW = '2026-11-29T00:00:00Z';

export interface FactsOptions {
  regions?: string[];
  approvedCa?: string[];
  requireBundle?: boolean;
  now?: string;
  pins?: CaPin[];
  problems?: ScanProblem[];
  awsNotInspected?: string;
  aws?: AwsFacts;
  expiryWarningDays?: number;
  expiryErrorDays?: number;
  /** Where clients get trust besides committed files (builders in helpers/builders.ts). */
  clients?: Partial<RepositoryFacts['clients']>;
  scope?: RepositoryFacts['scope'];
  declarations?: RepositoryFacts['declarations'];
  probes?: Facts['probes'];
}

export async function factsFrom(files: Record<string, string | Uint8Array>, options: FactsOptions = {}): Promise<Facts> {
  const repository: RepositoryFacts = {
    root: '/repo',
    scope: options.scope ?? [],
    clients: { downloads: [], references: [], connections: [], profiles: [], ...options.clients },
    listedBy: 'git',
    filesScanned: Object.keys(files).length,
    certificateFiles: [],
    pins: options.pins ?? [],
    declarations: options.declarations ?? [],
    problems: options.problems ?? [],
  };
  for (const [path, content] of Object.entries(files)) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    record(repository, path, await readCertificates(path, bytes, { passwords: ['changeit'], known: (s) => catalog.bySha256(s) }));
  }
  const approvedCa = options.approvedCa ?? G1;
  return {
    regions: options.regions ?? catalog.regions(approvedCa[0]),
    approvedCa,
    requireBundle: options.requireBundle ?? false,
    now: options.now ?? NOW,
    catalog,
    repository,
    bundles: rdsBundles(repository.certificateFiles, catalog),
    awsNotInspected: options.awsNotInspected,
    aws: options.aws,
    expiryWarningDays: options.expiryWarningDays ?? 180,
    expiryErrorDays: options.expiryErrorDays ?? 30,
    probes: options.probes,
  };
}

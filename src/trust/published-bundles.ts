/**
 * AWS's published bundle URLs, old and new, and what a client that downloads one gets: the
 * catalog's certificates as AWS published them at that URL. Pure: a URL in, a description out.
 */
import { embeddedCatalog, type Catalog } from '../catalog/catalog.js';
import {
  GLOBAL_BUNDLE_URL,
  globalBundleUrl,
  parseTrustStoreUrl,
  partitionName,
  regionalBundleUrl,
  trustStoreOf,
  type TrustStoreUrl,
} from '../catalog/urls.js';
import { partitionOf } from '../base/partition.js';
import type { CatalogEntry } from '../catalog/entry.js';

export type PublishedBundle =
  | {
      kind: 'aws';
      /** What AWS publishes there, in words. */
      describe: string;
      /** Whether AWS still publishes it as the current trust store. */
      current: boolean;
      /** The certificates a download gets. */
      entries: (catalog: Catalog) => CatalogEntry[];
      /** The URL to use instead (today's bundle for the same regions). */
      replacement: string;
    }
  | { kind: 'other-partition'; describe: string }
  | { kind: 'unknown-aws'; describe: string }
  | { kind: 'unresolved'; describe: string }
  | { kind: 'other' };

const OTHER_PARTITION = /^https?:\/\/truststore\.pki\.((?:us-gov|cn|us-iso[a-z]?)-[a-z]+-\d)\.rds\.amazonaws\.com(?:\.cn)?\//;
const LEGACY =
  /^https?:\/\/(?:s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com\/rds-downloads|rds-downloads\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com)\/([^/?#]+)$/;
/** Text in a URL that a shell, template or program fills in: the URL cannot be known here. */
const VARIABLE = /\$\{?[A-Za-z_]|\{\{|%s|\{[a-z_]+\}|<[a-z_-]+>/i;

const g1 = (id: string): boolean => id.endsWith('-g1');

/** The G1 roots of the regions of `partition` that the catalog holds. */
function partitionRoots(catalog: Catalog, partition: string): CatalogEntry[] {
  return catalog.entries.filter((e) => g1(e.caId) && e.role === 'root' && e.region !== null && partitionOf(e.region).name === partition);
}

/** A current trust-store URL: the global or a regional bundle of the partition the host serves. */
function current(url: TrustStoreUrl, catalog: Catalog): PublishedBundle {
  const { partition, label, dir, name } = url;
  if (!partitionRoots(catalog, partition).length) {
    return {
      kind: 'other-partition',
      describe: `AWS's bundle for the ${partition} (${label}) partition, whose roots the embedded catalog does not hold`,
    };
  }
  if (dir === 'global' && name === 'global') {
    const region = partition === 'aws' ? 'us-east-1' : partition === 'aws-us-gov' ? 'us-gov-west-1' : 'cn-north-1';
    return {
      kind: 'aws',
      describe: `AWS's ${partition === 'aws' ? '' : `${label} `}global bundle (the G1 roots of every ${label} region)`,
      current: true,
      entries: (c) => partitionRoots(c, partition),
      replacement: globalBundleUrl(region) ?? GLOBAL_BUNDLE_URL,
    };
  }
  if (dir === name && partitionOf(dir).name === partition) {
    return {
      kind: 'aws',
      describe: `AWS's ${dir} bundle (that region's G1 roots)`,
      current: true,
      entries: (c) => partitionRoots(c, partition).filter((e) => e.region === dir),
      replacement: regionalBundleUrl(dir)!,
    };
  }
  return unknownPath(partition, label);
}

/** A path AWS does not publish on the trust store of a partition the catalog holds (or could hold). */
const unknownPath = (partition: string, label: string): PublishedBundle => ({
  kind: 'unknown-aws',
  describe: `a URL on AWS's RDS trust store for the ${partition} (${label}) partition that AWS does not publish`,
});

/** A trust-store host this build does not know, named for a region: that region's partition, held by the catalog or not. */
function otherHost(region: string, catalog: Catalog): PublishedBundle {
  const name = partitionName(region);
  if (partitionRoots(catalog, partitionOf(region).name).length) {
    return { kind: 'unknown-aws', describe: `a trust-store host of the ${name} partition that AWS does not publish bundles on` };
  }
  return { kind: 'other-partition', describe: `AWS's bundle for the ${name} partition, whose roots the embedded catalog does not hold` };
}

/** What a download of `url` gets, judged against the catalog (which partitions' roots it holds). */
export function classifyBundleUrl(url: string, catalog: Catalog = embeddedCatalog()): PublishedBundle {
  if (VARIABLE.test(url)) return { kind: 'unresolved', describe: 'a URL built from variables' };
  const store = parseTrustStoreUrl(url);
  if (store) return current(store, catalog);
  const host = trustStoreOf(url);
  if (host) return unknownPath(host.partition, host.label);
  const region = OTHER_PARTITION.exec(url)?.[1];
  if (region) return otherHost(region, catalog);
  const legacy = LEGACY.exec(url);
  if (!legacy) return { kind: 'other' };
  const file = legacy[1];
  const old = (describe: string, entries: (catalog: Catalog) => CatalogEntry[], replacement = GLOBAL_BUNDLE_URL): PublishedBundle => ({
    kind: 'aws',
    describe,
    current: false,
    entries,
    replacement,
  });
  if (file === 'rds-combined-ca-bundle.pem' || file === 'rds-combined-ca-bundle.p7b') {
    return old('the legacy combined bundle (rds-ca-2019 and the 2019-era regional roots, all expired; no G1 root)', (c) =>
      c.entries.filter((e) => e.caId === 'rds-ca-2019'),
    );
  }
  if (file === 'rds-ca-2019-root.pem' || file === 'rds-ca-2019-root.p7b')
    return old('the rds-ca-2019 root (expired 2024-08-22)', (c) =>
      c.entries.filter((e) => e.caId === 'rds-ca-2019' && e.role === 'root' && e.region === null),
    );
  if (file === 'rds-ca-2015-root.pem' || file === 'rds-ca-2015-root.p7b')
    return old('the rds-ca-2015 root (expired 2020-03-05)', (c) => c.entries.filter((e) => e.caId === 'rds-ca-2015' && e.role === 'root'));
  if (file === 'mysql-ssl-ca-cert.pem')
    return old('the 2010 root (expired 2015-04-04)', (c) => c.entries.filter((e) => e.caId === 'rds-ca-2010'));
  const perRegion = /^rds-ca-(2015|2019)-([a-z]{2}(?:-[a-z]+)+-\d+)\.(?:pem|p7b)$/.exec(file);
  if (perRegion) {
    const [, era, region] = perRegion;
    return old(
      `the rds-ca-${era} ${region} bundle (expired)`,
      (c) => c.entries.filter((e) => e.caId === `rds-ca-${era}` && (e.region === region || e.region === null)),
      regionalBundleUrl(region),
    );
  }
  return { kind: 'unknown-aws', describe: 'an rds-downloads object this build does not know' };
}

/** File names AWS published its expired CAs under. */
const EXPIRED_NAME =
  /(?:^|[\\/])(rds-ca-(?:2015|2019)-root\.pem|rds-ca-(?:2015|2019)-[a-z]{2}(?:-[a-z]+)+-\d\.pem|mysql-ssl-ca-cert\.pem)$/;
const COMBINED_NAME = /(?:^|[\\/])(rds-combined-ca-bundle\.pem)$/;

/**
 * Whether a path bears the name AWS published an expired CA under (`expired`), or the legacy
 * combined bundle's name (`combined`: some teams save today's bundle under it).
 */
export function legacyFileName(path: string): { kind: 'expired' | 'combined'; name: string } | undefined {
  const expired = EXPIRED_NAME.exec(path)?.[1];
  if (expired) return { kind: 'expired', name: expired };
  const combined = COMBINED_NAME.exec(path)?.[1];
  return combined ? { kind: 'combined', name: combined } : undefined;
}

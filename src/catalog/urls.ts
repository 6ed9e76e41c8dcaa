/** Where AWS publishes its RDS CA bundles, and the command that refreshes the embedded catalog from them. */
export const GLOBAL_BUNDLE_URL = 'https://truststore.pki.rds.amazonaws.com/global/global-bundle.pem';
export const REFRESH_CATALOG = `npm run catalog -- ${GLOBAL_BUNDLE_URL} && npm run build`;

/** AWS's bundle for one region, as published. */
export const regionalBundleUrl = (region: string): string => `https://truststore.pki.rds.amazonaws.com/${region}/${region}-bundle.pem`;

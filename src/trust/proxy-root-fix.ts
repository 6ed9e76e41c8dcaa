/**
 * How to add Amazon Root CA 1 to a trust file, by the file's format: appending PEM text works only
 * for PEM text; a PKCS#7 is rebuilt, a DER certificate converted, a truststore imported into, and a
 * YAML or JSON value or a source string edited where the certificates stand.
 */
import { shellQuote } from '../base/shell-quote.js';
import type { CertificateFile, TrustOrigin } from '../model/repository.js';
import { AMAZON_ROOT_CA_1 } from './amazon-trust.js';

const URL = AMAZON_ROOT_CA_1.url;
const NAME = AMAZON_ROOT_CA_1.name;
const FETCH = `curl -fsSLO ${URL}`;

export interface FixTarget {
  path: string;
  format: CertificateFile['format'];
  origin?: TrustOrigin;
  /** Whether the file is binary (a DER PKCS#7) rather than PEM text. */
  binary?: boolean;
  /** The keys of a manifest that hold the certificates (a ConfigMap's `rds.pem`). */
  keys?: readonly string[];
}

export function proxyRootFix({ path, format, origin, binary, keys = [] }: FixTarget): string {
  const q = shellQuote(path);
  if (origin?.kind === 'download')
    return `In ${path}, after line ${origin.line}, append ${NAME} to the file the bundle is saved as${origin.savedAs ? ` (\`curl -fsSL ${URL} >> ${shellQuote(origin.savedAs)}\`)` : ''}.`;
  if (origin?.kind === 'profile')
    return `At ${path}:${origin.line}, pass \`ca:\` with AWS's global bundle followed by ${NAME} (${URL}) instead of \`ssl: 'Amazon RDS'\`.`;
  if (format === 'jks' || format === 'jceks' || format === 'pkcs12')
    return `Import ${NAME} into ${path}: \`${FETCH} && keytool -importcert -noprompt -alias amazon-root-ca-1 -file AmazonRootCA1.pem -keystore ${q}\`.`;
  if (format === 'pkcs7') {
    const inform = binary ? 'DER' : 'PEM';
    return (
      `Rebuild ${path} with ${NAME} (PEM text appended to a PKCS#7 file is not read): ` +
      `\`${FETCH} && openssl pkcs7 -inform ${inform} -in ${q} -print_certs -out rds-bundle.pem && ` +
      `openssl crl2pkcs7 -nocrl -certfile rds-bundle.pem -certfile AmazonRootCA1.pem -outform ${inform} -out ${q}\`; ` +
      `or point the clients at a PEM bundle (\`cat rds-bundle.pem AmazonRootCA1.pem\`).`
    );
  }
  if (format === 'der')
    return (
      `${path} is one DER certificate, which cannot hold a second: give the clients a PEM bundle instead, ` +
      `\`openssl x509 -inform DER -in ${q} -out rds-bundle.pem && curl -fsSL ${URL} >> rds-bundle.pem\`, and point them at it.`
    );
  if (format === 'document') {
    const key = keys.length ? `the value of ${keys.map((k) => `\`${k}\``).join(', ')}` : 'the value that holds the certificates';
    return (
      `In ${path}, add ${NAME}'s PEM block (${URL}) to ${key}, indented like the certificates already there ` +
      `(a base64 value such as a Secret's \`data\`: re-encode it with the block added). Appending to the file would break the manifest.`
    );
  }
  if (format === 'source') return `In ${path}, add ${NAME}'s PEM block (${URL}) to the string that holds the RDS certificates.`;
  return `Append ${NAME} to ${path}, keeping the RDS certificates for direct connections: \`curl -fsSL ${URL} >> ${q}\`.`;
}

/**
 * Where a client is told which CA file to trust, and how it verifies the server: libpq
 * (`sslrootcert=`, `PGSSLROOTCERT`), MySQL/MariaDB (`--ssl-ca`, `ssl-ca=`, `ssl_ca`, `sslca`),
 * JDBC and Java (`trustStore=`, `-Djavax.net.ssl.trustStore`, `serverSslCert=`), Node
 * (`NODE_EXTRA_CA_CERTS`, `ca: fs.readFileSync(…)`), Python (`cafile=`, `load_verify_locations`),
 * MongoDB/DocumentDB (`tlsCAFile`), in code, config files, connection strings, Dockerfile `ENV` and
 * Kubernetes env alike. Pure: text in, references out.
 */

export interface CaReference {
  file: string;
  line: number;
  /** The setting as written (`sslrootcert`, `PGSSLROOTCERT`, …). */
  setting: string;
  /** The path it names, as written. */
  value: string;
  /** The value is filled in at run time (a variable, an environment lookup): it cannot be followed here. */
  unresolved: boolean;
}

export interface ConnectionMode {
  file: string;
  line: number;
  /** As written: `sslmode=require`, `rejectUnauthorized: false`, … */
  setting: string;
  verifies: boolean;
  encrypts: boolean;
}

const VALUE = String.raw`['"]?([^\s'"&;,)}\]]+)`;
const SETTINGS: Array<{ setting: string; pattern: RegExp }> = [
  { setting: 'sslrootcert', pattern: new RegExp(String.raw`\bsslrootcert['"]?\s*[=:]\s*${VALUE}`, 'gi') },
  { setting: 'PGSSLROOTCERT', pattern: new RegExp(String.raw`\bPGSSLROOTCERT['"]?(?:\s*[=:]\s*|\s+)${VALUE}`, 'g') },
  { setting: '--ssl-ca', pattern: new RegExp(String.raw`--ssl-ca(?:=|\s+)${VALUE}`, 'g') },
  { setting: 'ssl-ca', pattern: new RegExp(String.raw`(?<![-\w])ssl[-_]ca['"]?\s*[=:]\s*${VALUE}`, 'gi') },
  { setting: 'sslca', pattern: new RegExp(String.raw`\bsslca['"]?\s*[=:]\s*${VALUE}`, 'gi') },
  { setting: 'trustStore', pattern: new RegExp(String.raw`\btrustStore['"]?\s*[=:]\s*${VALUE}`, 'g') },
  { setting: 'serverSslCert', pattern: new RegExp(String.raw`\bserverSslCert\s*=\s*${VALUE}`, 'g') },
  { setting: 'NODE_EXTRA_CA_CERTS', pattern: new RegExp(String.raw`\bNODE_EXTRA_CA_CERTS['"]?(?:\s*[=:]\s*|\s+)${VALUE}`, 'g') },
  { setting: 'ca: readFileSync', pattern: /\bca\s*:\s*\[?\s*(?:fs\.|await\s+fs\.(?:promises\.)?)?readFile(?:Sync)?\(\s*['"`]([^'"`]+)['"`]/g },
  { setting: 'cafile', pattern: /\bcafile\s*=\s*['"]([^'"]+)['"]/g },
  { setting: 'load_verify_locations', pattern: /\bload_verify_locations\(\s*(?:cafile\s*=\s*)?['"]([^'"]+)['"]/g },
  { setting: 'tlsCAFile', pattern: new RegExp(String.raw`(?:--)?\btls-?CA-?File['"]?(?:\s*[=:]\s*|\s+)${VALUE}`, 'gi') },
];

/** What a program fills in at run time: an environment variable, a template, a format string. */
const VARIABLE = /\$|\{\{|<%|%[(s]|process\.env|os\.environ|getenv|System\.get/;

/** A Kubernetes or compose env entry names the variable on one line and its value on the next. */
const ENV_NAME = /^\s*-?\s*name:\s*['"]?(PGSSLROOTCERT|NODE_EXTRA_CA_CERTS)['"]?\s*$/;
const ENV_VALUE = /^\s*value:\s*['"]?([^\s'"]+)/;

export function findCaReferences(file: string, text: string): CaReference[] {
  const out: CaReference[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const env = ENV_NAME.exec(line);
    const value = env && ENV_VALUE.exec(lines[i + 1] ?? '');
    if (env && value) out.push({ file, line: i + 2, setting: env[1], value: value[1], unresolved: VARIABLE.test(value[1]) });
    for (const { setting, pattern } of SETTINGS) {
      pattern.lastIndex = 0;
      for (const m of line.matchAll(pattern)) {
        const value = m[1].replace(/[.,:]+$/, '');
        if (!value || /^(?:true|false|none|null|required|verify[-_]\w+)$/i.test(value)) continue;
        out.push({ file, line: i + 1, setting, value, unresolved: VARIABLE.test(value) });
      }
    }
  });
  return out;
}

const MODES: Array<{ pattern: RegExp; verifies: (v: string) => boolean; encrypts: (v: string) => boolean }> = [
  { pattern: /\bsslmode\s*[=:]\s*['"]?(disable|allow|prefer|require|verify-ca|verify-full)\b/gi, verifies: (v) => v.toLowerCase().startsWith('verify'), encrypts: (v) => v.toLowerCase() !== 'disable' },
  { pattern: /\bssl[-_]?mode\s*[=:]\s*['"]?(disabled|preferred|required|verify_ca|verify_identity)\b/gi, verifies: (v) => v.toLowerCase().startsWith('verify'), encrypts: (v) => v.toLowerCase() !== 'disabled' },
  { pattern: /\b(rejectUnauthorized\s*:\s*false)\b/g, verifies: () => false, encrypts: () => true },
  { pattern: /\b(verifyServerCertificate\s*=\s*false)\b/g, verifies: () => false, encrypts: () => true },
  { pattern: /\b(tlsAllowInvalidCertificates\s*=\s*true)\b/gi, verifies: () => false, encrypts: () => true },
];

/** Connection settings that say how a client checks the server. */
export function findConnectionModes(file: string, text: string): ConnectionMode[] {
  const out: ConnectionMode[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { pattern, verifies, encrypts } of MODES) {
      pattern.lastIndex = 0;
      for (const m of line.matchAll(pattern)) {
        const value = m[1];
        out.push({ file, line: i + 1, setting: m[0], verifies: verifies(value), encrypts: encrypts(value) });
      }
    }
  });
  return out;
}

/**
 * Where a client is told which CA file to trust, and how it verifies the server: libpq
 * (`sslrootcert=`, `PGSSLROOTCERT`), MySQL/MariaDB (`--ssl-ca`, `ssl-ca=`, `ssl_ca`, `sslca`),
 * JDBC and Java (`trustStore=`, `-Djavax.net.ssl.trustStore`, `serverSslCert=`), Node
 * (`NODE_EXTRA_CA_CERTS`, `ca: fs.readFileSync(…)`), Python (`cafile=`, `load_verify_locations`),
 * MongoDB/DocumentDB (`tlsCAFile`), in code, config files, connection strings, Dockerfile `ENV` and
 * Kubernetes env alike. Pure: text in, references out.
 */

import { lineIndex } from '../certs/line-index.js';
import type { CaReference, ConnectionMode } from '../model/clients.js';
import { byCodePoint } from '../model/iac.js';

const VALUE = String.raw`['"]?([^\s'"&;,)}\]]+)`;
/** Each setting, with the text (lower-case) a file must contain for its pattern to be worth running. */
const SETTINGS: Array<{ setting: string; needle: string; pattern: RegExp }> = [
  { setting: 'sslrootcert', needle: 'sslrootcert', pattern: new RegExp(String.raw`\bsslrootcert['"]?\s*[=:]\s*${VALUE}`, 'gi') },
  {
    setting: 'PGSSLROOTCERT',
    needle: 'pgsslrootcert',
    pattern: new RegExp(String.raw`\bPGSSLROOTCERT['"]?(?:\s*[=:]\s*|[ \t]+)${VALUE}`, 'g'),
  },
  { setting: '--ssl-ca', needle: '--ssl-ca', pattern: new RegExp(String.raw`--ssl-ca(?:=|[ \t]+)${VALUE}`, 'g') },
  { setting: 'ssl-ca', needle: 'ssl', pattern: new RegExp(String.raw`(?<![-\w])ssl[-_]ca['"]?[ \t]*[=:][ \t]*${VALUE}`, 'gi') },
  { setting: 'sslca', needle: 'sslca', pattern: new RegExp(String.raw`\bsslca['"]?[ \t]*[=:][ \t]*${VALUE}`, 'gi') },
  { setting: 'trustStore', needle: 'truststore', pattern: new RegExp(String.raw`\btrustStore['"]?[ \t]*[=:][ \t]*${VALUE}`, 'g') },
  { setting: 'serverSslCert', needle: 'serversslcert', pattern: new RegExp(String.raw`\bserverSslCert[ \t]*=[ \t]*${VALUE}`, 'g') },
  {
    setting: 'NODE_EXTRA_CA_CERTS',
    needle: 'node_extra_ca_certs',
    pattern: new RegExp(String.raw`\bNODE_EXTRA_CA_CERTS['"]?(?:[ \t]*[=:][ \t]*|[ \t]+)${VALUE}`, 'g'),
  },
  {
    setting: 'ca: readFileSync',
    needle: 'readfile',
    pattern: /\bca[ \t]*:[ \t]*\[?[ \t]*(?:fs\.|await[ \t]+fs\.(?:promises\.)?)?readFile(?:Sync)?\([ \t]*['"`]([^'"`\n]+)['"`]/g,
  },
  { setting: 'cafile', needle: 'cafile', pattern: /\bcafile[ \t]*=[ \t]*['"]([^'"\n]+)['"]/g },
  {
    setting: 'load_verify_locations',
    needle: 'load_verify_locations',
    pattern: /\bload_verify_locations\([ \t]*(?:cafile[ \t]*=[ \t]*)?['"]([^'"\n]+)['"]/g,
  },
  {
    setting: 'tlsCAFile',
    needle: 'cafile',
    pattern: new RegExp(String.raw`(?:--)?\btls-?CA-?File['"]?(?:[ \t]*[=:][ \t]*|[ \t]+)${VALUE}`, 'gi'),
  },
];

/** What a program fills in at run time: an environment variable, a template, a format string. */
const VARIABLE = /\$|\{\{|<%|%[(s]|process\.env|os\.environ|getenv|System\.get/;

/** A Kubernetes or compose env entry names the variable on one line and its value on the next. */
const ENV_NAME = /^\s*-?\s*name:\s*['"]?(PGSSLROOTCERT|NODE_EXTRA_CA_CERTS)['"]?\s*$/;
const ENV_VALUE = /^\s*value:\s*['"]?([^\s'"]+)/;

export function findCaReferences(file: string, text: string): CaReference[] {
  const lower = text.toLowerCase();
  const settings = SETTINGS.filter((x) => lower.includes(x.needle));
  const env = lower.includes('name:') && (lower.includes('pgsslrootcert') || lower.includes('node_extra_ca_certs'));
  if (!settings.length && !env) return [];
  const lineOf = lineIndex(text);
  const out: CaReference[] = [];
  if (env) {
    const lines = text.split('\n');
    lines.forEach((line, i) => {
      const name = ENV_NAME.exec(line);
      const value = name && ENV_VALUE.exec(lines[i + 1] ?? '');
      if (name && value) out.push({ file, line: i + 2, setting: name[1], value: value[1], unresolved: VARIABLE.test(value[1]) });
    });
  }
  for (const { setting, pattern } of settings) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const value = m[1].replace(/[.,:]+$/, '');
      // Not a file: a flag, or prose quoting the setting (`sslrootcert=`).
      if (!/[A-Za-z0-9]/.test(value) || /^[`<(]/.test(value) || /^(?:true|false|none|null|required|verify[-_]\w+)$/i.test(value)) continue;
      out.push({ file, line: lineOf(m.index), setting, value, unresolved: VARIABLE.test(value) });
    }
  }
  return out.sort((a, b) => a.line - b.line || byCodePoint(a.setting, b.setting));
}

const MODES: Array<{ pattern: RegExp; verifies: (v: string) => boolean; encrypts: (v: string) => boolean }> = [
  {
    pattern: /\bsslmode\s*[=:]\s*['"]?(disable|allow|prefer|require|verify-ca|verify-full)\b/gi,
    verifies: (v) => v.toLowerCase().startsWith('verify'),
    encrypts: (v) => v.toLowerCase() !== 'disable',
  },
  {
    pattern: /\bssl[-_]?mode\s*[=:]\s*['"]?(disabled|preferred|required|verify_ca|verify_identity)\b/gi,
    verifies: (v) => v.toLowerCase().startsWith('verify'),
    encrypts: (v) => v.toLowerCase() !== 'disabled',
  },
  { pattern: /\b(rejectUnauthorized\s*:\s*false)\b/g, verifies: () => false, encrypts: () => true },
  { pattern: /\b(verifyServerCertificate\s*=\s*false)\b/g, verifies: () => false, encrypts: () => true },
  { pattern: /\b(tlsAllowInvalidCertificates\s*=\s*true)\b/gi, verifies: () => false, encrypts: () => true },
];

/**
 * libpq's `sslmode=require` with a root CA file behaves as verify-ca (it checks the chain): a connection
 * URI (`postgres://…?sslmode=require&sslrootcert=…`) or keyword string (`sslmode=require sslrootcert=…`)
 * naming a file on the same line.
 */
const LIBPQ_ROOT = /\bsslrootcert\s*=\s*['"]?(?!system\b)[^\s'"&;,)}\]]+/i;
const libpqVerifies = (line: string, setting: string): boolean =>
  /^sslmode\s*=\s*['"]?require$/i.test(setting) && LIBPQ_ROOT.test(line) && (/postgres(?:ql)?:\/\//i.test(line) || !/:\/\//.test(line));

/** Connection settings that say how a client checks the server. */
export function findConnectionModes(file: string, text: string): ConnectionMode[] {
  const lower = text.toLowerCase();
  if (!/sslmode|ssl[-_]mode|rejectunauthorized|verifyservercertificate|tlsallowinvalid/.test(lower)) return [];
  const lineOf = lineIndex(text);
  const out: ConnectionMode[] = [];
  const lines = text.split('\n');
  for (const { pattern, verifies, encrypts } of MODES) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const line = lineOf(m.index);
      const verified = verifies(m[1]) || libpqVerifies(lines[line - 1] ?? '', m[0]);
      out.push({ file, line, setting: m[0], verifies: verified, encrypts: encrypts(m[1]) });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

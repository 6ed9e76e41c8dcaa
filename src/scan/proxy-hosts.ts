/**
 * Client settings that name an RDS host (connection strings, environment, config): an RDS Proxy
 * endpoint's, or a database's own (an instance or cluster endpoint), which tells whose trust a CA
 * setting on the same line serves. Pure: text in.
 */
import { lineIndex } from '../certs/line-index.js';
import { PROXY_HOST, type ProxyHost } from '../model/proxies.js';

/** `<name>.<id>.<region>.rds.amazonaws.com` (and `.com.cn`): an instance's or cluster's endpoint, or a proxy's. */
const RDS_HOST = /\b[a-z0-9][a-z0-9.-]*\.([a-z]{2}(?:-[a-z]+)+-\d+)\.rds\.amazonaws\.com(?:\.cn)?\b/gi;

function hosts(file: string, text: string, pattern: RegExp, keep: (host: string) => boolean): ProxyHost[] {
  const lineOf = lineIndex(text);
  const out: ProxyHost[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) {
    const host = m[0].toLowerCase();
    const line = lineOf(m.index);
    if (!keep(host) || seen.has(`${line} ${host}`)) continue;
    seen.add(`${line} ${host}`);
    out.push({ file, line, host, region: m[m.length - 1].toLowerCase() });
  }
  return out;
}

export function findProxyHosts(file: string, text: string): ProxyHost[] {
  return /\.proxy-/i.test(text) ? hosts(file, text, PROXY_HOST, () => true) : [];
}

/** Database endpoints that are not a proxy's (AWS's truststore host is not a database). */
export function findDatabaseHosts(file: string, text: string): ProxyHost[] {
  if (!text.includes('.rds.amazonaws.com')) return [];
  return hosts(file, text, RDS_HOST, (h) => !/\.proxy-[a-z0-9]+\./.test(h) && !h.startsWith('truststore.'));
}

/** Client settings that name an RDS Proxy endpoint's host (connection strings, environment, config). Pure: text in. */
import { lineIndex } from '../certs/line-index.js';
import { PROXY_HOST, type ProxyHost } from '../model/proxies.js';

export function findProxyHosts(file: string, text: string): ProxyHost[] {
  if (!text.includes('.proxy-')) return [];
  const lineOf = lineIndex(text);
  const out: ProxyHost[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(new RegExp(PROXY_HOST.source, 'gi'))) {
    const host = m[0].toLowerCase();
    const line = lineOf(m.index);
    if (seen.has(`${line} ${host}`)) continue;
    seen.add(`${line} ${host}`);
    out.push({ file, line, host, region: m[2].toLowerCase() });
  }
  return out;
}

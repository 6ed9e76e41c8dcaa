/**
 * Maintainers' refresh of the embedded catalog: add AWS bundle files or URLs to
 * data/rds-ca/, then regenerate src/catalog/entries.generated.ts from every file there.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readCertificates } from '../certs/read.js';
import { buildCatalogEntries, renderCatalogModule, type CatalogSource } from './build.js';

async function fetchInto(url: string, dir: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const name = basename(new URL(url).pathname);
  writeFileSync(join(dir, name), Buffer.from(await response.arrayBuffer()));
  return name;
}

export async function refreshCatalog(add: readonly string[], sourcesDir: string, outFile: string): Promise<string> {
  for (const item of add) {
    if (/^https?:\/\//.test(item)) await fetchInto(item, sourcesDir);
    else copyFileSync(item, join(sourcesDir, basename(item)));
  }
  const sources: CatalogSource[] = [];
  for (const file of readdirSync(sourcesDir)
    .filter((f) => /\.(pem|p7b)$/.test(f))
    .sort()) {
    const bytes = readFileSync(join(sourcesDir, file));
    const found = await readCertificates(file, bytes, { passwords: [], known: () => undefined });
    if (found.problem || !found.certificates.length) {
      throw new Error(`${file}: not a certificate bundle (${found.problem?.reason ?? 'no certificates'})`);
    }
    sources.push({ file, sha256: createHash('sha256').update(bytes).digest('hex'), certificates: found.certificates.map((c) => c.cert) });
  }
  const entries = buildCatalogEntries(sources);
  writeFileSync(outFile, renderCatalogModule(sources, entries));
  return `${entries.length} certificates from ${sources.length} file(s) written to ${outFile}`;
}

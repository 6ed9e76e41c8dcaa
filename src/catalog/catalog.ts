import { isCommercialRegion } from './names.js';
import type { CatalogEntry } from './entry.js';
import { CATALOG_ENTRIES } from './entries.generated.js';

/** The embedded list of every genuine RDS CA certificate, indexed for the rules. */
export class Catalog {
  private readonly bySha = new Map<string, CatalogEntry>();
  private readonly bySubjectDn = new Map<string, CatalogEntry[]>();
  private readonly roots = new Map<string, CatalogEntry>();

  constructor(readonly entries: readonly CatalogEntry[]) {
    for (const e of entries) {
      this.bySha.set(e.sha256, e);
      const same = this.bySubjectDn.get(e.subject) ?? [];
      same.push(e);
      this.bySubjectDn.set(e.subject, same);
      if (e.role === 'root' && e.region) this.roots.set(`${e.caId} ${e.region}`, e);
    }
  }

  bySha256(sha256: string): CatalogEntry | undefined {
    return this.bySha.get(sha256);
  }

  bySubject(subject: string): readonly CatalogEntry[] {
    return this.bySubjectDn.get(subject) ?? [];
  }

  /** The root of CA `caId` in `region`, if the catalog has it. */
  root(caId: string, region: string): CatalogEntry | undefined {
    return this.roots.get(`${caId} ${region}`);
  }

  caIds(): string[] {
    return [...new Set(this.entries.map((e) => e.caId))].sort();
  }

  /**
   * When CA `caId` stops working: its global root's expiry where it has one (rds-ca-2015,
   * rds-ca-2019), else its latest regional root's. Undefined for a CA the catalog lacks.
   */
  validTill(caId: string): string | undefined {
    const roots = this.entries.filter((e) => e.caId === caId && e.role === 'root');
    const global = roots.find((e) => e.region === null);
    if (global) return global.notAfter;
    return roots.reduce<string | undefined>((last, e) => (!last || e.notAfter > last ? e.notAfter : last), undefined);
  }

  /** Commercial regions with a root of `caId` (all current CAs when omitted). */
  regions(caId?: string): string[] {
    const found = new Set<string>();
    for (const e of this.roots.values()) {
      if (e.region && isCommercialRegion(e.region) && (caId ? e.caId === caId : e.caId.endsWith('-g1'))) found.add(e.region);
    }
    return [...found].sort();
  }
}

let embedded: Catalog | undefined;

/** The catalog compiled into this build (see `npm run catalog`). */
export function embeddedCatalog(): Catalog {
  embedded ??= new Catalog(CATALOG_ENTRIES);
  return embedded;
}

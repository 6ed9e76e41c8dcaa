/**
 * Whether a shard judged the repository the aggregate job scanned: their rendered `repository`
 * sections compared (how the files were listed aside), and what differs, briefly.
 */
import { list } from '../base/text.js';

interface Section {
  listedBy?: unknown;
  filesScanned?: unknown;
  bundles?: Array<{ path?: unknown }>;
  pins?: unknown[];
}

/** The section as compared: git's listing and a directory walk may judge the same files. */
export function comparable(section: object): string {
  const { listedBy: _listing, ...rest } = section as Section;
  return JSON.stringify(rest);
}

function bundleDifference(there: Section['bundles'] = [], here: Section['bundles'] = []): string | undefined {
  const byPath = (bundles: NonNullable<Section['bundles']>) => new Map(bundles.map((b) => [String(b.path), JSON.stringify(b)]));
  const [a, b] = [byPath(there), byPath(here)];
  const onlyThere = [...a.keys()].filter((p) => !b.has(p));
  const onlyHere = [...b.keys()].filter((p) => !a.has(p));
  const changed = [...a.keys()].filter((p) => b.has(p) && a.get(p) !== b.get(p));
  const parts = [
    onlyThere.length ? `bundles only in the shard's scan: ${list(onlyThere, 3)}` : '',
    onlyHere.length ? `bundles only in this job's scan: ${list(onlyHere, 3)}` : '',
    changed.length ? `bundles that differ: ${list(changed, 3)}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('; ') : undefined;
}

/** What differs between the shard's section and this job's (`ownComparable` is comparable(own)), or undefined when nothing does. */
export function repositoryDifference(shard: object, own: object, ownComparable: string): string | undefined {
  if (comparable(shard) === ownComparable) return undefined;
  const [there, here] = [shard as Section, own as Section];
  const parts: string[] = [];
  if (there.filesScanned !== here.filesScanned)
    parts.push(`${String(there.filesScanned)} files scanned in the shard, ${String(here.filesScanned)} here`);
  const bundles = bundleDifference(there.bundles, here.bundles);
  if (bundles) parts.push(bundles);
  if (JSON.stringify(there.pins) !== JSON.stringify(here.pins))
    parts.push(`CA pins in infrastructure code differ (${there.pins?.length ?? 0} in the shard, ${here.pins?.length ?? 0} here)`);
  return parts.length ? parts.join('; ') : "the shard's repository section differs from this job's scan";
}

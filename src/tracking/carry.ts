/**
 * What an account's section keeps from the previous body when this run could not inspect all of
 * the account: the section as it was (a partial view must not drop the databases it did not see,
 * nor close anything as fixed), and the first-seen dates under the account's prefix.
 *
 * Sections are found by their level-2 heading (`## Account 222222222222`). No value from the
 * repository or AWS can render as a heading or as one of the fixed lines below: the renderers escape
 * `#`, `*` and `_` in every value (render/markdown.ts), and table rows start with `|`.
 */
import { readSince, type Since } from './marker.js';

/** The first line of an account's section when the run did not inspect it, or not all of its regions. */
export const NOT_INSPECTED = '**Not inspected in this run.**';
export const NOT_ALL_REGIONS = '**Not all of its regions were inspected in this run.**';
/** Before what the section keeps from the previous body. */
export const KEPT = '_Kept as an earlier run showed it, until the account is inspected in full again:_';
/** Before what this run found in the regions it did inspect, when there was nothing to keep. */
export const FRESH = '_What this run found in the regions it inspected:_';
/** The footer's first line (issue-tables.ts): where the last section ends. */
const FOOTER = '_Kept by RDS CA Guard:';

const trimBlank = (lines: string[]) => {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start].trim()) start++;
  while (end > start && !lines[end - 1].trim()) end--;
  return lines.slice(start, end);
};

/** The lines under `## heading` in `body`, up to the next section or the footer; undefined when it has none. */
function section(body: string, heading: string): string[] | undefined {
  const lines = body.split(/\r?\n/).map((l) => l.trimEnd());
  const start = lines.indexOf(`## ${heading}`);
  if (start < 0) return undefined;
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## ') || l.startsWith(FOOTER));
  return trimBlank(end < 0 ? rest : rest.slice(0, end));
}

/**
 * What the section under `heading` showed in the previous body: all of it, or, when that run did not
 * inspect the account in full either, what it kept or found below its note. Empty when there is nothing.
 */
export function carriedLines(previousBody: string | undefined, heading: string): string[] {
  const lines = previousBody === undefined ? undefined : section(previousBody, heading);
  if (!lines?.length) return [];
  if (lines[0] !== NOT_INSPECTED && lines[0] !== NOT_ALL_REGIONS) return lines;
  const below = lines.findIndex((l) => l === KEPT || l === FRESH);
  return below < 0 ? [] : trimBlank(lines.slice(below + 1));
}

/** The previous body's first-seen dates under `prefix` (an account's), kept with its section. */
export function carriedSince(previousBody: string | undefined, prefix: string): Since {
  return Object.fromEntries(Object.entries(readSince(previousBody)).filter(([k]) => k.startsWith(prefix)));
}

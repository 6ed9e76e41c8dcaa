/**
 * Aggregate mode's AWS facts: the shard reports the `reports` globs match, read, checked and
 * merged (see merge.ts); whatever is refused is named, with why, for the shard-report-refused rule.
 */
import type { Facts } from '../model/facts.js';
import type { Finding } from '../model/finding.js';
import type { ShardRefusal } from '../model/shards.js';
import { repositorySection } from '../render/json.js';
import { RULES } from '../rules/index.js';
import { orderFindings } from '../verdict/order.js';
import { mergeShards, type MergedFacts } from './merge.js';
import { readShard, type Shard } from './read-shard.js';

export { exactGlob, findReports } from './find-reports.js';

/** What findReports found: the files (relative to the workspace, sorted) and the globs that match none. */
export interface FoundReports {
  files: string[];
  refused: ShardRefusal[];
}

/** The shards read and merged; `facts` holds this job's own repository scan, which every shard must have judged. */
export function gatherShards(workspace: string, found: FoundReports, facts: Facts): MergedFacts {
  const shards: Shard[] = [];
  const refused = [...found.refused];
  for (const file of found.files) {
    const read = readShard(workspace, file);
    if ('shard' in read) shards.push(read.shard);
    else refused.push(read.refusal);
  }
  return mergeShards(shards, repositorySection(facts), refused);
}

/** The rules' findings with the shards' carried ones, each once, in the one order every output shares. */
export function withCarried(findings: readonly Finding[], carried: readonly Finding[] = []): Finding[] {
  if (!carried.length) return [...findings];
  const key = (f: Finding) => JSON.stringify([f.rule, f.severity, f.message, f.file, f.line, f.resource, f.account, f.remediation]);
  const seen = new Set(findings.map(key));
  return orderFindings(
    [...findings, ...carried.filter((f) => !seen.has(key(f)))],
    RULES.map((r) => r.id),
  );
}

/** Aggregate mode: the shard reports merged into this run's facts, those refused and why, and what they carry over. */
import type { Finding } from './finding.js';

/** A shard report merged: its file (relative to the workspace) and what it covered. */
export interface MergedShard {
  file: string;
  generatedAt: string;
  /** The AWS accounts it inspected or tried, sorted. */
  accounts: string[];
  regions: string[];
}

/** A report (or a `reports` glob) that was not merged: nothing of it is in the verdict. */
export interface ShardRefusal {
  /** The report file, relative to the workspace, or (glob) the `reports` glob that matched none. */
  file: string;
  glob?: boolean;
  /** Why, naming what was wrong: a clause, without the file's name. */
  reason: string;
  remediation: string;
}

export interface ShardFacts {
  merged: MergedShard[];
  refused: ShardRefusal[];
  /** Findings the aggregate cannot judge again from its own facts (Terraform plans are read by each shard), verbatim, without repeats. */
  carried: Finding[];
}

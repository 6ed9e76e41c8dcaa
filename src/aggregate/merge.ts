/**
 * The shards merged into one view of the fleet, as one run over all their accounts would have
 * gathered it: inventories and failed regions by account, then region; member accounts; the
 * regions in scope; probe results. A shard that judged another repository, or covers an
 * (account, region) an earlier shard covers, is refused and merged not at all. Pure.
 */
import type { AwsFacts, MemberAccount } from '../model/fleet.js';
import type { Finding } from '../model/finding.js';
import type { ProbeRun } from '../model/probe.js';
import type { ShardFacts, ShardRefusal } from '../model/shards.js';
import type { Shard } from './read-shard.js';
import { comparable, repositoryDifference } from './repository-difference.js';

/** Rules that read the Terraform plans, which each shard reads itself: their findings are carried over as they are. */
const CARRIED_RULES = new Set(['planned-ca-change', 'planned-ca-not-approved', 'terraform-plan-not-read']);

export interface MergedFacts {
  aws: AwsFacts;
  regions: string[];
  probes?: ProbeRun;
  shards: ShardFacts;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Every account a shard covers, region by region (`account region`), and those it covers whole (members it could not reach). */
function coverage(shard: Shard): { regions: string[]; whole: string[] } {
  return {
    regions: [...shard.aws.inventories, ...shard.aws.failed].map((r) => `${r.account} ${r.region}`),
    whole: (shard.aws.members ?? []).filter((m) => m.notInspected).map((m) => m.account),
  };
}

/** The accounts a shard inspected or tried, sorted: a single-account shard's own, even with nothing in it. */
function accountsOf(shard: Shard): string[] {
  const { regions, whole } = coverage(shard);
  const own = !shard.aws.members && shard.aws.account ? [shard.aws.account] : [];
  return [...new Set([...regions.map((k) => k.split(' ')[0]), ...whole, ...own])].sort(byText);
}

/** Tracks what the merged shards cover, and names the first overlap of a new one. */
class Coverage {
  private readonly regions = new Map<string, string>();
  private readonly accounts = new Map<string, string>();
  private readonly whole = new Map<string, string>();

  overlap(shard: Shard): string | undefined {
    const { regions, whole } = coverage(shard);
    for (const key of regions) {
      const [account, region] = key.split(' ');
      const other = this.regions.get(key) ?? this.whole.get(account);
      if (other) return `it covers account ${account} in ${region}, as ${other} does`;
    }
    for (const account of whole) {
      const other = this.accounts.get(account);
      if (other) return `it covers account ${account}, as ${other} does`;
    }
    return undefined;
  }

  add(shard: Shard): void {
    const { regions, whole } = coverage(shard);
    for (const key of regions) {
      this.regions.set(key, shard.file);
      this.accounts.set(key.split(' ')[0], shard.file);
    }
    for (const account of whole) {
      this.whole.set(account, shard.file);
      this.accounts.set(account, shard.file);
    }
  }
}

/** The one value every shard agrees on, else undefined. */
function agreed<T>(values: readonly T[]): T | undefined {
  return values.length && values.every((v) => v === values[0]) ? values[0] : undefined;
}

function unique<T>(items: Iterable<T>): T[] {
  const seen = new Map<string, T>();
  for (const item of items) {
    const key = JSON.stringify(item);
    if (!seen.has(key)) seen.set(key, item);
  }
  return [...seen.values()];
}

function mergeProbes(shards: readonly Shard[]): ProbeRun | undefined {
  const runs = shards.flatMap((s) => (s.probes ? [s.probes] : []));
  if (!runs.length) return undefined;
  const notRun = runs.find((r) => r.notRun)?.notRun;
  return { results: unique(runs.flatMap((r) => r.results)), ...(notRun ? { notRun } : {}) };
}

/**
 * `shards` in the order to merge them (by file); `own` is this job's rendered repository section.
 * `refused` are the refusals found before (globs, unreadable files); the merge adds its own.
 */
export function mergeShards(shards: readonly Shard[], own: object, refused: readonly ShardRefusal[]): MergedFacts {
  const ownComparable = comparable(own);
  const covered = new Coverage();
  const merged: Shard[] = [];
  const out: ShardRefusal[] = [...refused];
  for (const shard of shards) {
    const difference = repositoryDifference(shard.repository, own, ownComparable);
    const overlap = difference ? undefined : covered.overlap(shard);
    if (difference)
      out.push({
        file: shard.file,
        reason: `it judged another repository than this job's scan (${difference})`,
        remediation:
          'Check out the same commit in the shards and the aggregate job, with the same `paths`, `exclude` and `max-file-bytes`, so that every database is judged against the trust material the shards saw.',
      });
    else if (overlap)
      out.push({
        file: shard.file,
        reason: `${overlap}: a shard counted twice (a matrix entry repeated, or the reports of two attempts downloaded together)`,
        remediation: "Give each account and region to one shard of the matrix, and download each shard's report once.",
      });
    else {
      covered.add(shard);
      merged.push(shard);
    }
  }
  const regions = [...new Set(merged.flatMap((s) => s.regions))];
  const regionRank = new Map(regions.map((r, i) => [r, i]));
  const byPlace = (a: { account: string; region: string }, b: { account: string; region: string }) =>
    byText(a.account, b.account) ||
    (regionRank.get(a.region) ?? Infinity) - (regionRank.get(b.region) ?? Infinity) ||
    byText(a.region, b.region);
  const members = merged.flatMap((s) => s.aws.members ?? []);
  const aws: AwsFacts = {
    account: agreed(merged.map((s) => s.aws.account)),
    principal: agreed(merged.map((s) => s.aws.principal)),
    via: agreed(merged.map((s) => s.aws.via)) ?? 'role',
    inspected: merged.flatMap((s) => s.aws.inventories).sort(byPlace),
    failed: merged.flatMap((s) => s.aws.failed).sort(byPlace),
    ...(members.length ? { members: unique<MemberAccount>(members).sort((a, b) => byText(a.account, b.account)) } : {}),
  };
  const carried: Finding[] = unique(merged.flatMap((s) => s.findings.filter((f) => CARRIED_RULES.has(f.rule))));
  const probes = mergeProbes(merged);
  return {
    aws,
    regions,
    ...(probes ? { probes } : {}),
    shards: {
      merged: merged.map((s) => ({
        file: s.file,
        generatedAt: s.generatedAt,
        accounts: accountsOf(s),
        regions: s.regions,
      })),
      refused: out,
      carried,
    },
  };
}

import type { Rule } from '../model/rule.js';

export const shardReportRefused: Rule = {
  id: 'shard-report-refused',
  severity: 'error',
  title: 'A shard report was not merged',
  why: 'Aggregate mode judges the databases the shards of a matrix inspected. A shard whose report is missing, unreadable, of another version, counted twice, without AWS facts or about another repository would leave accounts out of the verdict, or count them twice: the gate does not pass on such a view.',
  remediation:
    'Make every shard upload its `report-file` (same action version, same commit), download each once into the workspace, and match them with `reports`.',
  check(facts) {
    return (facts.shards?.refused ?? []).map((r) => ({
      rule: this.id,
      severity: 'error' as const,
      resource: r.file,
      message: r.glob
        ? `Input \`reports\` "${r.file}" matched no shard report, so the accounts of the shards it stands for are not in this verdict: ${r.reason}.`
        : `Shard report ${r.file} was not merged (nothing of it is in this verdict): ${r.reason}.`,
      remediation: r.remediation,
    }));
  },
};

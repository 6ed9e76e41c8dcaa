import { sortedList } from '../verdict/order.js';
import type { Rule } from '../model/rule.js';

export const probeUnreachable: Rule = {
  id: 'probe-unreachable',
  severity: 'error',
  title: 'Endpoints the probe could not reach',
  why: 'Their handshake was not checked. A GitHub-hosted runner usually cannot reach a private database: probes belong on a self-hosted runner inside the VPC (or through probe-targets to a tunnel).',
  remediation: 'Run the probe from a self-hosted runner that can reach the databases, or drop probe: true on hosted runners.',
  check(facts) {
    const run = facts.probes;
    if (!run) return [];
    if (run.notRun)
      return [
        {
          rule: this.id,
          severity: 'error',
          message: `No probe ran: ${run.notRun}.`,
          remediation: "Give probe-bundle (the bundle the application uses), or commit AWS's bundle.",
        },
      ];
    const unreachable = new Map<string, string>();
    for (const r of run.results)
      if (r.outcome === 'unreachable') unreachable.set(`${r.target.name} (${r.target.host}:${r.target.port})`, r.reason);
    if (!unreachable.size) return [];
    return [
      {
        rule: this.id,
        severity: 'warning',
        message: `${unreachable.size} endpoint(s) could not be reached, so their handshake was not checked: ${sortedList([...unreachable].map(([t, why]) => `${t}: ${why}`)).join('; ')}. A GitHub-hosted runner usually cannot reach a private database.`,
        remediation: this.remediation,
      },
    ];
  },
};

/** The live handshake: whether to probe the databases, which other endpoints, against which bundle. */
import type { ProbeConfig, ProbeTarget } from '../config.js';
import { parseProbeTarget } from '../probe/probe-all.js';
import type { InputReader } from './reader.js';

export function probeOf(r: InputReader): ProbeConfig {
  const targets: ProbeTarget[] = [];
  for (const entry of r.list('probe-targets')) {
    const target = parseProbeTarget(entry);
    if (typeof target === 'string') r.problem(`Input \`probe-targets\`: ${target}.`);
    else targets.push(target);
  }
  return {
    enabled: r.bool('probe'),
    targets,
    bundle: r.get('probe-bundle').replace(/^\.\//, '') || undefined,
    timeoutSeconds: r.whole('probe-timeout-seconds'),
  };
}

/** The mode, and what the modes need: rotate mode's inputs and its requirements. */
import type { Config, RotateConfig } from '../config.js';
import type { InputReader } from './reader.js';

export function modeOf(r: InputReader): { mode: Config['mode']; offline: boolean } {
  return { mode: r.choice('mode'), offline: r.bool('offline') };
}

/** Rotate mode changes one environment's databases in AWS. */
export function rotateRequirements(r: InputReader, mode: Config['mode'], offline: boolean): void {
  if (mode === 'rotate' && !r.get('environment'))
    r.problem('Input `environment` is required in rotate mode: name the environment to rotate (e.g. dev).');
  if (mode === 'rotate' && offline) r.problem('Input `offline` is true, but rotate mode changes databases in AWS; remove `offline`.');
}

export function rotateOf(r: InputReader): RotateConfig {
  return {
    dryRun: r.bool('dry-run'),
    applyImmediately: r.choice('apply') === 'immediately',
    allowRestart: r.bool('allow-restart'),
    skipTrustCheck: r.bool('skip-trust-check'),
    maxDatabases: r.whole('max-databases'),
    protectedEnvironments: r.list('protected-environments'),
    confirm: r.get('confirm') || undefined,
    concurrency: r.whole('concurrency'),
    waitTimeoutMinutes: r.whole('wait-timeout-minutes'),
    waitPollSeconds: r.whole('wait-poll-seconds'),
    continueOnError: r.bool('continue-on-error'),
  };
}

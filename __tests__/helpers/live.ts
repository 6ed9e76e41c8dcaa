/** In-process live runs against the fake AWS endpoint. */
import { certificates, engineVersions, type Seed } from '../support/fleet.mjs';
import { embeddedCatalog } from '../../src/catalog/catalog.js';
import { runCheck, type CheckDeps } from '../../src/modes/check.js';
import { applyEnvironment } from '../../src/environment.js';
import { parseInputs, type InputName } from '../../src/inputs/index.js';
import { runRotation } from '../../src/modes/rotate.js';
import type { FakeAws } from '../support/fake-aws.mjs';
import type { Config } from '../../src/config.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import type { RotationOutcome } from '../../src/rotation/outcome.js';

export const catalog = embeddedCatalog();
export const thumbprint = (caId: string, region: string): string | undefined => catalog.root(caId, region)?.sha1;

/**
 * A region of the fake AWS: these databases on PostgreSQL 16.3 (rotates without a restart) and the
 * `otherEngines` versions, AWS's real CA thumbprints, nothing pending.
 */
export function postgresRegion(region: string, instances: Seed[], otherEngines: Parameters<typeof engineVersions>[0] = []): Seed {
  return {
    instances,
    clusters: [],
    certificates: certificates(region, thumbprint),
    defaultCa: 'rds-ca-rsa2048-g1',
    pending: [],
    engineVersions: engineVersions([['postgres', '16.3', true], ...otherEngines]),
  };
}

/** Runs `work` with the parsed config while process.env points the SDK at the fake endpoint ('' unsets a variable). */
export async function withFake<T>(
  fake: FakeAws,
  workspace: string,
  inputs: Partial<Record<InputName, string>>,
  env: Record<string, string>,
  work: (config: Config, deps: CheckDeps) => Promise<T>,
  extra: Partial<CheckDeps> = {},
): Promise<T> {
  const saved = { ...process.env };
  const merged = { ...fake.env(), ...env };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_') || key.startsWith('ACTIONS_')) delete process.env[key];
  Object.assign(process.env, merged);
  for (const [key, value] of Object.entries(merged)) if (value === '') delete process.env[key];
  try {
    const config = await applyEnvironment(parseInputs((name) => inputs[name], process.env, catalog, workspace));
    return await work(config, {
      env: process.env,
      getIdToken: async (audience) => {
        const response = await fetch(`${process.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${audience}`, {
          headers: { authorization: `Bearer ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` },
        });
        if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
        return ((await response.json()) as { value: string }).value;
      },
      mask: () => undefined,
      ...extra,
    });
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

/** `extra` adds to or replaces the deps (e.g. shorter `awsBounds`). */
export function liveCheck(
  fake: FakeAws,
  workspace: string,
  inputs: Partial<Record<InputName, string>>,
  env: Record<string, string> = {},
  extra: Partial<CheckDeps> = {},
): Promise<CheckOutcome> {
  return withFake(fake, workspace, inputs, env, (config, deps) => runCheck(config, deps), extra);
}

export function liveRotate(
  fake: FakeAws,
  workspace: string,
  inputs: Partial<Record<InputName, string>>,
  env: Record<string, string> = {},
): Promise<RotationOutcome> {
  return withFake(fake, workspace, { mode: 'rotate', 'wait-poll-seconds': '1', ...inputs }, env, (config, deps) =>
    runRotation(config, deps, () => undefined),
  );
}

export function byRule(outcome: CheckOutcome, rule: string) {
  return outcome.findings.filter((f) => f.rule === rule);
}

/** In-process live checks against the fake AWS endpoint. */
import { embeddedCatalog } from '../../src/catalog/catalog.js';
import { runCheck, type CheckOutcome } from '../../src/check.js';
import { parseInputs, type InputName } from '../../src/inputs.js';
import type { FakeAws } from '../support/fake-aws.mjs';

export const catalog = embeddedCatalog();
export const thumbprint = (caId: string, region: string): string | undefined => catalog.root(caId, region)?.sha1;

/** Runs the gate with `inputs` while process.env points the SDK at the fake endpoint. */
export async function liveCheck(fake: FakeAws, workspace: string, inputs: Partial<Record<InputName, string>>, env: Record<string, string> = {}): Promise<CheckOutcome> {
  const saved = { ...process.env };
  const merged = { ...fake.env(), ...env };
  for (const key of Object.keys(process.env)) if (key.startsWith('AWS_') || key.startsWith('ACTIONS_')) delete process.env[key];
  Object.assign(process.env, merged);
  for (const [key, value] of Object.entries(merged)) if (value === '') delete process.env[key]; // '' unsets
  try {
    const config = parseInputs((name) => inputs[name], process.env, catalog, workspace);
    return await runCheck(config, {
      env: process.env,
      getIdToken: async (audience) => {
        const response = await fetch(`${process.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${audience}`, { headers: { authorization: `Bearer ${process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } });
        if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
        return ((await response.json()) as { value: string }).value;
      },
      mask: () => undefined,
    });
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

export function byRule(outcome: CheckOutcome, rule: string) {
  return outcome.findings.filter((f) => f.rule === rule);
}

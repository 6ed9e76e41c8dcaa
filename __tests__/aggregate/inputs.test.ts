/** Aggregate mode calls no AWS API: it needs no region of its own (its regions are the shards'). */
import { embeddedCatalog } from '../../src/catalog/catalog.js';
import { applyEnvironment } from '../../src/environment.js';
import { parseInputs } from '../../src/inputs/index.js';

const catalog = embeddedCatalog();

describe('aggregate mode inputs', () => {
  it('need no regions, AWS_REGION or environment', async () => {
    const inputs: Record<string, string> = { mode: 'aggregate', reports: 'shards/*.json' };
    const parsed = await applyEnvironment(parseInputs((name) => inputs[name], {}, catalog, '/tmp'));
    expect(parsed).toMatchObject({ mode: 'aggregate', reports: ['shards/*.json'], regions: [] });
  });

  it('still need regions in the other modes', () => {
    expect(() => parseInputs(() => undefined, {}, catalog, '/tmp')).toThrow(/Input `regions` is empty/);
  });
});

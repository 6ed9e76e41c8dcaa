/** Aggregate mode with `issue: true` keeps the tracking issue as report mode does, and leaves it alone on a partial view. */
import { parseInputs } from '../../src/inputs/index.js';
import { runMode } from '../../src/modes/run-mode.js';
import { MemoryTracker } from '../helpers/memory-tracker.js';
import { bundle, workspace } from '../helpers/workspace.js';
import { accountFacts, catalog, NOW, writeRaw, writeShard } from './shards.js';

const [A, B] = ['111111111111', '222222222222'];
const env = { GITHUB_REPOSITORY: 'acme/infra', GITHUB_TOKEN: 'token' };

async function aggregateWithIssue(ws: string, tracker: MemoryTracker) {
  const inputs: Record<string, string> = { mode: 'aggregate', reports: 'shards/*.json', issue: 'true' };
  const config = parseInputs((name) => inputs[name], env, catalog, ws);
  return runMode(config, { env, confined: undefined, log: () => undefined, now: NOW, trackingIssues: async () => tracker });
}

describe('aggregate mode with issue: true', () => {
  it("opens the tracking issue with every shard's databases", async () => {
    const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    await writeShard(ws, 'shards/a.json', accountFacts(A));
    await writeShard(ws, 'shards/b.json', accountFacts(B));
    const tracker = new MemoryTracker();
    const run = await aggregateWithIssue(ws, tracker);
    expect(run.mode).toBe('aggregate');
    expect(run.mode !== 'rotate' && run.tracking).toMatchObject({ kind: 'kept', result: { action: 'created' } });
    expect(tracker.issues).toHaveLength(1);
    // One section per shard's account, each with its own databases to rotate.
    for (const account of [A, B]) {
      expect(tracker.issues[0].body).toMatch(new RegExp(`## Account ${account}\\n\\n\\*\\*2 databases to rotate\\*\\*`));
      expect(tracker.issues[0].body).toContain(`"${account}/db:arn:aws:rds:us-east-1:${account}:db:orders"`);
    }
  });

  it('leaves the issue as it was when a shard was refused: the aggregate sees part of the fleet', async () => {
    const ws = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    await writeShard(ws, 'shards/a.json', accountFacts(A));
    writeRaw(ws, 'shards/b.json', 'not json');
    const tracker = new MemoryTracker();
    const kept = tracker.add({ body: '<!-- rds-ca-guard:key=acme/infra -->\nold body' });
    const run = await aggregateWithIssue(ws, tracker);
    expect(run.mode !== 'rotate' && run.tracking).toMatchObject({
      kind: 'kept',
      result: {
        action: 'left-as-it-was',
        issue: { number: kept.number, url: kept.url },
        closedDuplicates: [],
        reason: 'AWS was not inspected (1 shard report was not merged: shards/b.json)',
      },
    });
    expect(tracker.writes).toEqual([]);
    // The verdict itself stays the aggregate's: the refusal is an error, the merged shard's findings stand.
    expect(run.mode !== 'rotate' && run.check.facts.awsNotInspected).toBeUndefined();
  });
});

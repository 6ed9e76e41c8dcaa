import { keyMarker } from '../../src/tracking/marker.js';
import { syncTrackingIssue, type SyncRequest } from '../../src/tracking/sync.js';
import { MemoryTracker } from '../helpers/memory-tracker.js';

const KEY = 'acme/infra:prod';
const request = (body: string | null, over: Partial<SyncRequest> = {}): SyncRequest => ({
  key: KEY,
  title: 'RDS CA rotation: acme/infra (prod)',
  labels: ['rds-ca', 'infra'],
  assignees: ['ops'],
  runUrl: 'https://github.example/acme/infra/actions/runs/1',
  render: () => (body === null ? null : `${keyMarker(KEY)}\n${body}`),
  ...over,
});

describe('syncTrackingIssue', () => {
  it('creates the issue (and its labels) on the first findings, then makes no write while nothing changes', async () => {
    const t = new MemoryTracker();
    expect(await syncTrackingIssue(t, request('3 databases'))).toMatchObject({ action: 'created', issue: { number: 1 } });
    expect(t.writes).toEqual(['label rds-ca', 'label infra', 'create']);
    for (let i = 0; i < 9; i++) expect((await syncTrackingIssue(t, request('3 databases'))).action).toBe('unchanged');
    expect(t.writes).toHaveLength(3);
  });

  it('updates the body only when it changed', async () => {
    const t = new MemoryTracker();
    await syncTrackingIssue(t, request('3 databases'));
    expect((await syncTrackingIssue(t, request('2 databases'))).action).toBe('updated');
    expect(t.issues[0].body).toContain('2 databases');
    expect(t.writes.at(-1)).toBe('update #1 body,title');
  });

  it('says all clear with the run link and closes it; reopens the same issue on a regression', async () => {
    const t = new MemoryTracker();
    await syncTrackingIssue(t, request('3 databases'));
    expect(await syncTrackingIssue(t, request(null))).toMatchObject({ action: 'closed', issue: { number: 1 } });
    expect(t.comments.at(-1)!.body).toBe('All clear: no findings in this run. Closing. https://github.example/acme/infra/actions/runs/1');
    expect(t.issues[0].state).toBe('closed');
    expect((await syncTrackingIssue(t, request(null))).action).toBe('none');
    expect(await syncTrackingIssue(t, request('1 database'))).toMatchObject({ action: 'reopened', issue: { number: 1 } });
    expect(t.issues).toHaveLength(1);
    expect(t.issues[0].state).toBe('open');
    expect(t.comments.at(-1)!.body).toMatch(/^Findings are back; reopening\. https:/);
  });

  it('keeps the oldest of duplicates and closes the others with a pointer to it', async () => {
    const t = new MemoryTracker();
    t.add({ body: `${keyMarker(KEY)}\nold` });
    t.add({ body: `${keyMarker('acme/infra:dev')}\nanother scope` });
    t.add({ body: `${keyMarker(KEY)}\nraced` });
    const result = await syncTrackingIssue(t, request('old'));
    expect(result).toMatchObject({ action: 'updated', issue: { number: 1 }, closedDuplicates: [3] });
    expect(t.comments).toEqual([
      { number: 3, body: 'Duplicate of #1 (two runs raced); closing. https://github.example/acme/infra/actions/runs/1' },
    ]);
    expect(t.issues.map((i) => i.state)).toEqual(['open', 'open', 'closed']);
  });

  it('never creates an issue when all is clear', async () => {
    const t = new MemoryTracker();
    expect((await syncTrackingIssue(t, request(null))).action).toBe('none');
    expect(t.writes).toEqual([]);
  });

  it('finds its issue by the marker when the first label was removed from it, and does not open a second one', async () => {
    const t = new MemoryTracker();
    t.add({ body: `${keyMarker(KEY)}\n3 databases`, labels: ['infra'] });
    expect(await syncTrackingIssue(t, request('2 databases'))).toMatchObject({ action: 'updated', issue: { number: 1 } });
    expect(t.writes).toEqual(['update #1 body,title']);
    expect(t.issues).toHaveLength(1);
  });

  it('leaves the issue as it was when the inspection was incomplete: no all clear, no close, no edit', async () => {
    const t = new MemoryTracker();
    await syncTrackingIssue(t, request('3 databases'));
    const writes = t.writes.length;
    const incomplete = '1 region was not inspected (eu-west-1)';
    expect(await syncTrackingIssue(t, request(null, { incomplete }))).toEqual({
      action: 'left-as-it-was',
      issue: { number: 1, url: 'https://github.example/acme/infra/issues/1' },
      closedDuplicates: [],
      reason: incomplete,
    });
    expect(await syncTrackingIssue(t, request('1 database', { incomplete }))).toMatchObject({ action: 'left-as-it-was' });
    expect(t.writes).toHaveLength(writes);
    expect(t.issues[0]).toMatchObject({ state: 'open', body: expect.stringContaining('3 databases') });
    expect(t.comments).toEqual([]);
  });
});

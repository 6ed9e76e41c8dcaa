/**
 * The tracking issue as the plan (issue 15): the 12-database fleet's body against a golden file
 * reviewed by eye, read back as GitHub would with the same shape as the job summary (the order to
 * act, each database and file once outside the folds, the rotate calls, the dates, the picture
 * through Mermaid's own parser), and a large fleet in the same shape under GitHub's 65,536 characters.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_BODY_MAX, renderIssueBody } from '../../src/tracking/issue-body.js';
import { renderSummary, SUMMARY_MAX_BYTES } from '../../src/render/summary.js';
import { parseMarkdown } from '../helpers/markdown-oracle.js';
import { mermaidFences, parseMermaid } from '../helpers/mermaid-oracle.js';
import { expectFleet12Plan } from '../helpers/plan-shape.js';
import { fleet12Outcome } from '../render/fleet-12.js';
import { largeFleet } from '../render/large-fleet.js';

const GOLDEN = join(process.cwd(), '__tests__', 'render', 'golden', 'issue-12.md');
const KEY = 'acme/infra';

const levelled = (md: string) =>
  parseMarkdown(md)
    .headings.filter((h) => h.level >= 3)
    .map((h) => h.text.replace(/ \(.*\)$/, ''));

describe('the tracking issue as the plan', () => {
  it('renders the 12-database fleet as its golden file (review a change by eye)', async () => {
    const md = renderIssueBody(await fleet12Outcome(), KEY, undefined)!;
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('has the job summary’s shape: the order to act, each database and file once, the calls, the dates, a Since column', async () => {
    const outcome = await fleet12Outcome();
    const md = renderIssueBody(outcome, KEY, undefined)!;
    const doc = expectFleet12Plan(md);
    expect(levelled(md)).toEqual(levelled(renderSummary(outcome, { offline: false })));
    for (const t of doc.tables.filter((x) => x.header[0] !== 'Severity')) expect(t.header.at(-1)).toBe('Since');
    expect(doc.paragraphs[0]).toBe(
      'Target CA rds-ca-rsa2048-g1. 10 databases to rotate · 2 changes to the repository · 13 errors, 0 warnings',
    );
  });

  it('draws the summary’s picture, which Mermaid parses, without marking today', async () => {
    const outcome = await fleet12Outcome();
    const md = renderIssueBody(outcome, KEY, undefined)!;
    const summary = mermaidFences(renderSummary(outcome, { offline: false }));
    expect(mermaidFences(md).slice(0, 4)).toEqual(summary.slice(0, 4));
    const seen = await Promise.all(mermaidFences(md).map(parseMermaid));
    expect(seen.map((s) => s.type)).toEqual(['pie', 'pie', 'pie', 'pie', 'gantt']);
    expect(seen[4].gantt!.tasks.map((t) => [t.section, t.name, t.date])).toEqual([
      ['AWS forced rotations', 'AWS rotates prod (1 database)', '2027-02-15'],
      ['CA expiries', 'CA rds-ca-rsa2048-g1 expires (2 databases)', '2061-05-20'],
    ]);
  });

  it('is the same body the next night for the same fleet: the picture does not mark today, the dates come from the last body', async () => {
    const first = renderIssueBody(await fleet12Outcome(), KEY, undefined)!;
    const outcome = await fleet12Outcome('2026-12-15T03:00:00Z');
    expect(outcome.facts.now).toBe('2026-12-15T03:00:00Z');
    expect(renderIssueBody(outcome, KEY, first)).toBe(first);
    // The summary marks today.
    expect(renderSummary(outcome, { offline: false })).toContain('title Dates ahead, as of 2026-12-15');
  });

  it('keeps a 5,000-database fleet in the same shape under 65,536 characters, counting what it leaves out', async () => {
    const md = renderIssueBody(await largeFleet(5000), KEY, undefined)!;
    expect(md.length).toBeLessThanOrEqual(ISSUE_BODY_MAX);
    expect(levelled(md)).toEqual(['1. Trust material to change', '2. Databases to rotate', 'dev', 'staging', 'prod', 'no environment']);
    const doc = parseMarkdown(md);
    expect(doc.paragraphs[0]).toContain('5000 databases to rotate');
    expect(doc.paragraphs.filter((p) => p.startsWith('… and ')).length).toBe(4);
    expect(doc.paragraphs.filter((p) => p.startsWith('By region: '))).toHaveLength(4);
    // A pie per environment; no gantt: nothing is dated ahead (the CA expired in 2024).
    expect(mermaidFences(md)).toHaveLength(4);
  });

  it('keeps the job summary of a 5,000-database fleet in the same shape within GitHub’s 1 MiB, counting what it leaves out', async () => {
    const md = renderSummary(await largeFleet(5000), { offline: false });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).not.toContain('summary truncated');
    expect(levelled(md)).toEqual(['1. Trust material to change', '2. Databases to rotate', 'dev', 'staging', 'prod', 'no environment']);
    expect(parseMarkdown(md).paragraphs.filter((p) => p.startsWith('… and ') && p.includes('databases more'))).toHaveLength(4);
  });
});

/**
 * The job summary as the plan (issue 15): the 12-database fleet's summary against a golden file
 * reviewed by eye, its structure read back as GitHub would (headings, tables, folds) and every
 * Mermaid block through Mermaid's own parser; a 500-database fleet within one screen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSummary } from '../../src/render/summary.js';
import { parseMarkdown } from '../helpers/markdown-oracle.js';
import { expectFleet12Plan, screenLines } from '../helpers/plan-shape.js';
import { mermaidFences, parseMermaid } from '../helpers/mermaid-oracle.js';
import { fleet12Outcome } from './fleet-12.js';
import { largeFleet } from './large-fleet.js';

const GOLDEN = join(process.cwd(), '__tests__', 'render', 'golden', 'summary-12.md');
const OPTIONS = { offline: false, reportFile: 'rds-ca-guard-report.json' };

/** The bound: ≤ 90 lines, and ≤ 20 database rows, before the folds, whatever the fleet's size. */
const SCREEN = 90;

describe('the job summary as a plan', () => {
  it('renders the 12-database fleet as its golden file (review a change by eye)', async () => {
    const md = renderSummary(await fleet12Outcome(), OPTIONS);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, md);
    expect(md).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('reads in the order to act: trust, then dev, staging, prod, no environment, then IaC; each database and file once', async () => {
    const doc = expectFleet12Plan(renderSummary(await fleet12Outcome(), OPTIONS));
    expect(doc.headings[0].text).toMatch(/^❌ RDS CA Guard: fail/);
    const prod = doc.tables.find((t) => t.rows.some((r) => r[0] === 'search-prod'))!;
    expect(prod.header).toEqual(['Database', 'Region', 'Engine', 'CA → target', 'Restart', 'Due', 'AWS rotates on']);
  });

  it('draws a picture Mermaid parses: a pie per environment and the dates ahead', async () => {
    const md = renderSummary(await fleet12Outcome(), OPTIONS);
    const seen = await Promise.all(mermaidFences(md).map(parseMermaid));
    expect(seen.map((s) => s.type)).toEqual(['pie', 'pie', 'pie', 'pie', 'gantt']);
    expect(seen[0].pie!.slices).toEqual([
      { label: 'approved', value: 1 },
      { label: 'to rotate', value: 3 },
      { label: 'unknown CA', value: 0 },
    ]);
    expect(seen.slice(0, 4).map((s) => s.pie!.title)).toEqual([
      'dev (4 databases)',
      'staging (2 databases)',
      'prod (4 databases)',
      'no environment (2 databases)',
    ]);
    expect(seen[4].gantt!.tasks.map((t) => [t.section, t.date])).toEqual([
      ['Today', '2026-11-29'],
      ['AWS forced rotations', '2027-02-15'],
      ['CA expiries', '2061-05-20'],
    ]);
  });

  it('keeps a 500-database fleet within one screen before the folds, the rest folded', async () => {
    const md = renderSummary(await largeFleet(500), OPTIONS);
    expect(screenLines(md)).toBeLessThanOrEqual(SCREEN);
    if (process.env.SHOW_SCREEN) process.stdout.write(`${screenLines(md)} lines\n`);
    const doc = parseMarkdown(md);
    const rows = doc.tables.filter((t) => t.header[0] === 'Database').flatMap((t) => t.rows);
    expect(rows.length).toBeLessThanOrEqual(20);
    expect(doc.paragraphs.filter((p) => p.startsWith('By region: '))).toEqual([
      'By region: eu-west-1: 83 · us-east-1: 42.',
      'By region: eu-west-1: 84 · us-east-1: 41.',
      'By region: eu-west-1: 83 · us-east-1: 42.',
      'By region: eu-west-1: 83 · us-east-1: 42.',
    ]);
    // Every database is in the summary once unfolded or in its group's fold of the others.
    const others = doc.details.filter((d) => d.summary.startsWith('The other'));
    expect(rows.length + others.reduce((n, d) => n + d.doc.tables[0].rows.length, 0)).toBe(500);
  });
});

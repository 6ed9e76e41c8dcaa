/**
 * The plan's shape as a reader sees it, shared by the job summary's and the tracking issue's tests
 * (issue 15): read back with a GitHub-flavoured Markdown parser, in the order to act, each database
 * and file once outside the folds, a rotate call per environment, the dates that mean something.
 */
import { parseMarkdown, type MdDoc } from './markdown-oracle.js';
import { FLEET_12 } from '../render/fleet-12.js';

/** The first cell of every unfolded table row. */
export function unfoldedCells(doc: MdDoc): string[] {
  return doc.tables.flatMap((t) => t.rows.map((r) => r[0]));
}

/**
 * One screen, measured: the lines a reader scrolls past without opening a fold — non-blank lines
 * of the unfolded part, each Mermaid picture and each fold counted as one line.
 */
export function screenLines(markdown: string): number {
  let lines = 0;
  let depth = 0;
  let fence = false;
  for (const line of markdown.split('\n')) {
    if (/^<details[\s>]/.test(line)) {
      if (depth++ === 0) lines++;
      continue;
    }
    if (/^<\/details>/.test(line)) {
      depth--;
      continue;
    }
    if (depth > 0 || !line.trim()) continue;
    if (line.startsWith('```mermaid')) {
      fence = true;
      lines++;
      continue;
    }
    if (fence) {
      if (line === '```') fence = false;
      continue;
    }
    lines++;
  }
  return lines;
}

/** The 12-database fleet's plan, as the summary and the issue both show it. */
export function expectFleet12Plan(md: string): MdDoc {
  const doc = parseMarkdown(md);
  expect(doc.headings.filter((h) => h.level >= 3).map((h) => h.text.replace(/ \(.*\)$/, ''))).toEqual([
    '1. Trust material to change',
    '2. Databases to rotate',
    'dev',
    'staging',
    'prod',
    'no environment',
    '3. Infrastructure code to change',
  ]);
  const cells = unfoldedCells(doc);
  const toRotate = FLEET_12.filter((d) => d.ca === 'rds-ca-2019').map((d) => d.id);
  expect(toRotate).toHaveLength(10);
  for (const id of toRotate) expect(cells.filter((c) => c === id)).toHaveLength(1);
  const unfolded = md
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n\n')
    .filter((p) => !p.includes('<details>'))
    .join('');
  for (const d of FLEET_12) expect(unfolded.split(d.arn)).toHaveLength(1);
  expect(cells.filter((c) => c === 'config/rds-combined-ca-bundle.pem')).toHaveLength(1);
  expect(cells.filter((c) => c === 'infra/main.tf:14')).toHaveLength(1);
  // Each rotate call, as YAML: dev, staging, prod; none for the databases without an environment.
  const calls = doc.code.filter((c) => c.lang === 'yaml').map((c) => c.text);
  expect(calls.map((c) => /environment: (\S+)/.exec(c)?.[1])).toEqual(['dev', 'staging', 'prod']);
  expect(calls.every((c) => c.startsWith('with:\n  mode: rotate\n'))).toBe(true);
  // Dates that mean something: overdue, and AWS's forced date with its restart.
  expect(doc.paragraphs.some((p) => p.includes('10 databases overdue since 2024-08-22'))).toBe(true);
  expect(doc.paragraphs.some((p) => p.includes('AWS rotates 1 database on 2027-02-15, with a restart'))).toBe(true);
  const prod = doc.tables.find((t) => t.rows.some((r) => r[0] === 'search-prod'))!;
  const row = prod.rows.find((r) => r[0] === 'search-prod')!;
  expect(prod.header.slice(0, 7)).toEqual(['Database', 'Region', 'Engine', 'CA → target', 'Restart', 'Due', 'AWS rotates on']);
  expect(row.slice(5, 7)).toEqual(['overdue since 2024-08-22', '2027-02-15, with a restart']);
  // The commands are folded, one fold per group, each database's command there.
  const commands = doc.details.filter((d) => d.summary.startsWith('Commands'));
  expect(commands).toHaveLength(4);
  expect(commands.flatMap((d) => d.doc.tables[0].rows.map((r) => r[0])).sort()).toEqual([...toRotate].sort());
  return doc;
}

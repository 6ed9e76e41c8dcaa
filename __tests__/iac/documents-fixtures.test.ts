/**
 * The document and script readers over __tests__/fixtures/iac/: every unapproved literal pin in
 * this branch's tool directories is listed in that directory's expected.json, and nothing else
 * (approved fixtures give none). Files are selected as the scan selects them (an IaC marker).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IAC_MARKERS } from '../../src/scan/markers.js';
import { documentFacts } from '../../src/scan/iac/documents.js';
import { iacReaderOf } from '../../src/scan/iac/index.js';
import type { IacFacts } from '../../src/model/iac.js';
import { scriptFacts } from '../../src/scan/iac/scripts.js';

const ROOT = '__tests__/fixtures/iac';
const TOOLS = ['cloudformation', 'sam', 'serverless', 'ansible', 'crossplane', 'ack', 'pulumi-yaml', 'aws-cli', 'kustomize', 'generic'];
const APPROVED = ['rds-ca-rsa2048-g1', 'rds-ca-rsa4096-g1', 'rds-ca-ecc384-g1'];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

async function factsOf(tool: string): Promise<IacFacts[]> {
  const files = walk(join(ROOT, tool))
    .map((p) => relative(ROOT, p))
    .sort();
  const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
  // As the scan's grep finds them (parameter files without an IaC marker, samconfig.toml).
  const containing = async (paths: readonly string[], needles: readonly string[]) =>
    new Set(paths.filter((p) => needles.some((n) => read(p).includes(n))));
  const workspace = { files, read, containing };
  const out: IacFacts[] = [];
  for (const file of files) {
    const text = read(file);
    if (!IAC_MARKERS.some((m) => text.includes(m))) continue;
    const reader = iacReaderOf(file, text);
    if (reader === 'document') out.push(await documentFacts(file, text, workspace));
    else if (reader === 'script') out.push(await scriptFacts(file, text, workspace));
  }
  return out;
}

describe('IaC document and script fixtures', () => {
  it.each(TOOLS)('%s: exactly the pins in expected.json are errors, and no file is reported unparsed', async (tool) => {
    const facts = await factsOf(tool);
    const errors = facts
      .flatMap((f) => f.pins)
      .flatMap((p) =>
        p.value.kind === 'literal' && !APPROVED.includes(p.value.ca) ? [{ file: p.file, line: p.line, ca: p.value.ca }] : [],
      );
    const unique = [...new Map(errors.map((e) => [JSON.stringify(e), e])).values()].sort((a, b) =>
      a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
    );
    const path = join(ROOT, tool, 'expected.json');
    if (process.env.WRITE_EXPECTED && !existsSync(path)) writeFileSync(path, `${JSON.stringify(unique, null, 2)}\n`);
    expect(unique).toEqual(JSON.parse(readFileSync(path, 'utf8')));
    expect(facts.flatMap((f) => f.problems)).toEqual([]);
  });
});

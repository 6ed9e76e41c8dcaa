/** Aggregate mode fails closed: every report (or glob) it cannot merge is an error naming it; the others still merge. */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { bundle, workspace } from '../helpers/workspace.js';
import { VERSION } from '../../src/base/version.js';
import type { CheckOutcome } from '../../src/model/outcome.js';
import { accountFacts, aggregate, config, writeRaw, writeShard } from './shards.js';
import { jsonReport } from '../../src/render/json.js';

const [A, B] = ['111111111111', '222222222222'];
const repo = (extra: Record<string, string> = {}, git = true) =>
  workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem'), ...extra }, { git });

const refusals = (outcome: CheckOutcome) =>
  outcome.findings.filter((f) => f.rule === 'shard-report-refused').map((f) => ({ resource: f.resource, message: f.message }));
const mergedFiles = (outcome: CheckOutcome) => outcome.facts.shards!.merged.map((s) => s.file);

describe('aggregate mode refuses', () => {
  it('a report covering an account and region another covers, naming both; the first merges', async () => {
    const ws = repo();
    await writeShard(ws, 'shards/a.json', accountFacts(A));
    await writeShard(ws, 'shards/a.retry.json', accountFacts(A, ['eu-west-1']));
    await writeShard(ws, 'shards/b.json', accountFacts(B));
    const outcome = await aggregate(ws, ['shards/*.json']);
    expect(mergedFiles(outcome)).toEqual(['shards/a.json', 'shards/b.json']);
    expect(refusals(outcome)).toEqual([
      {
        resource: 'shards/a.retry.json',
        message: `Shard report shards/a.retry.json was not merged (nothing of it is in this verdict): it covers account ${A} in eu-west-1, as shards/a.json does: a shard counted twice (a matrix entry repeated, or the reports of two attempts downloaded together).`,
      },
    ]);
    expect(outcome.verdict.result).toBe('fail');
  });

  it("another aggregate's report: merging it again would lose the shards it refused", async () => {
    const ws = repo();
    await writeShard(ws, 'inner/a.json', accountFacts(A));
    writeRaw(ws, 'inner/broken.json', { not: 'a report' });
    const inner = await aggregate(ws, ['inner/*.json']);
    expect(refusals(inner)).toHaveLength(1);
    writeRaw(ws, 'outer/inner.json', jsonReport(inner, config(ws, { mode: 'aggregate', reports: 'inner/*.json' })));
    await writeShard(ws, 'outer/b.json', accountFacts(B));
    const outer = await aggregate(ws, ['outer/*.json']);
    expect(mergedFiles(outer)).toEqual(['outer/b.json']);
    expect(refusals(outer).map((r) => r.message)).toEqual([
      'Shard report outer/inner.json was not merged (nothing of it is in this verdict): it is the report of an aggregate run, not of a shard (merging it again would lose the shards it refused).',
    ]);
    expect(outer.verdict.result).toBe('fail');
  });

  it('a member account one shard could not reach and another inspected', async () => {
    const ws = repo();
    await writeShard(ws, 'a.json', { ...accountFacts(B), members: [{ account: A, role: 'r', notInspected: { reason: 'denied' } }] });
    await writeShard(ws, 'b.json', accountFacts(A));
    expect(refusals(await aggregate(ws, ['*.json']))[0].message).toContain(`it covers account ${A} in us-east-1, as a.json does`);
  });

  it('a report of another version, or written by another version of the tool', async () => {
    const ws = repo();
    const report = await writeShard(ws, 'shards/a.json', accountFacts(A));
    writeRaw(ws, 'shards/v2.json', { ...report, version: 2 });
    writeRaw(ws, 'shards/old.json', { ...report, tool: { name: 'rds-ca-guard', version: '0.0.9' } });
    const outcome = await aggregate(ws, ['shards/*.json']);
    expect(mergedFiles(outcome)).toEqual(['shards/a.json']);
    expect(refusals(outcome).map((r) => r.message)).toEqual([
      `Shard report shards/old.json was not merged (nothing of it is in this verdict): it was written by rds-ca-guard 0.0.9; this is ${VERSION}.`,
      'Shard report shards/v2.json was not merged (nothing of it is in this verdict): it has report version 2; this build reads version 1.',
    ]);
  });

  it('a file that is unreadable, not JSON, not a report, or a report without the AWS facts', async () => {
    const ws = repo();
    const report = await writeShard(ws, 'keep/a.json', accountFacts(A));
    writeRaw(ws, 'shards/broken.json', '{"version": 1,');
    writeRaw(ws, 'shards/sarif.json', { version: '2.1.0', runs: [] });
    const { inventories: _gone, ...aws } = report.aws as Record<string, unknown>;
    writeRaw(ws, 'shards/older.json', { ...report, aws });
    writeRaw(ws, 'shards/bad.json', { ...report, aws: { ...(report.aws as object), failed: [{ region: 'us-east-1' }] } });
    mkdirSync(join(ws, 'shards/dir.json'));
    symlinkSync(join(ws, 'keep/a.json'), join(ws, 'shards/link.json'));
    const messages = refusals(await aggregate(ws, ['shards/*.json', 'shards/dir.json/*'])).map((r) => r.message);
    const [bad, broken, dir, link, older, sarif] = messages;
    expect(dir).toBe(
      'Input `reports` "shards/dir.json/*" matched no shard report, so the accounts of the shards it stands for are not in this verdict: the shard reports it stands for are missing.',
    );
    expect(bad).toContain(
      'bad.json was not merged (nothing of it is in this verdict): it is not a report this build reads (aws.failed.0.account: expected a string, got undefined).',
    );
    expect(broken).toMatch(/broken\.json was not merged \(nothing of it is in this verdict\): it is not JSON \(.*JSON.*\)\.$/);
    expect(link).toContain(
      'link.json was not merged (nothing of it is in this verdict): it is a symbolic link; shard reports are read only from regular files.',
    );
    expect(older).toContain(
      'older.json was not merged (nothing of it is in this verdict): it is not a report this build reads (aws.inventories is missing: the report was written by a build without aggregate mode).',
    );
    expect(sarif).toContain(
      'sarif.json was not merged (nothing of it is in this verdict): it is not a report this build reads (not an RDS CA Guard JSON report: tool: expected an object, got undefined).',
    );
    expect(messages).toHaveLength(6);
  });

  it('a report whose databases and inventories do not match', async () => {
    const ws = repo();
    const report = await writeShard(ws, 'keep/a.json', accountFacts(A));
    const [first, ...others] = report.resources as Array<Record<string, unknown>>;
    writeRaw(ws, 'shards/orphan.json', { ...report, resources: [{ ...first, region: 'ap-south-1' }, ...others] });
    const aws = report.aws as { inventories: unknown[] };
    writeRaw(ws, 'shards/twice.json', { ...report, aws: { ...aws, inventories: [...aws.inventories, aws.inventories[0]] } });
    writeRaw(ws, 'shards/probe.json', { ...report, probes: { results: [{ outcome: 'lost' }] } });
    expect(
      refusals(await aggregate(ws, ['shards/*.json'])).map((r) => r.message.replace(/^.*it is not a report this build reads /, '')),
    ).toEqual([
      `(resources.0: arn:aws:rds:us-east-1:${A}:db:orders is in no inventory of aws.inventories (account ${A}, ap-south-1)).`,
      '(probes.results.0.outcome: expected "verified" or "rejected" or "no-tls" or "unreachable", got "lost").',
      '(aws.inventories lists an account and region twice).',
    ]);
  });

  it('globs that match nothing, name a directory, or leave the workspace', async () => {
    const ws = repo();
    await writeShard(ws, 'shards/a.json', accountFacts(A));
    const outcome = await aggregate(ws, ['shards/*.json', 'missing/*.json', 'shards', '../elsewhere/*.json', '/tmp/*.json']);
    expect(mergedFiles(outcome)).toEqual(['shards/a.json']);
    expect(refusals(outcome).map((r) => r.message.replace(/^.*in this verdict: /, ''))).toEqual([
      'it points outside the workspace (`..`); `reports` globs are relative to the workspace.',
      'it is an absolute path; `reports` globs are relative to the workspace (download the artifacts into it, e.g. `path: shards`).',
      'the shard reports it stands for are missing.',
      'it names a directory; match the reports in it (e.g. `shards/**/*.json`).',
    ]);
  });

  it("a shard whose AWS was not inspected, with the shard's reason and remediation", async () => {
    const ws = repo();
    const notInspected = { reason: 'AWS denied sts:AssumeRoleWithWebIdentity', remediation: 'Add id-token: write.' };
    await writeShard(ws, 'shards/a.json', undefined, { notInspected });
    await writeShard(ws, 'shards/b.json', accountFacts(B));
    const outcome = await aggregate(ws, ['shards/*.json']);
    const refused = outcome.findings.find((f) => f.rule === 'shard-report-refused')!;
    expect(refused.message).toBe(
      'Shard report shards/a.json was not merged (nothing of it is in this verdict): its AWS databases were not inspected: AWS denied sts:AssumeRoleWithWebIdentity.',
    );
    expect(refused.remediation).toBe('Add id-token: write.');
    expect(mergedFiles(outcome)).toEqual(['shards/b.json']);
  });

  it('a shard that ran offline', async () => {
    const ws = repo();
    const report = await writeShard(ws, 'keep/a.json', accountFacts(A));
    writeRaw(ws, 'shards/offline.json', { ...report, aws: { inspected: false, reason: 'offline' } });
    const [refused] = (await aggregate(ws, ['shards/*.json'])).findings;
    expect(refused).toMatchObject({
      rule: 'shard-report-refused',
      message:
        'Shard report shards/offline.json was not merged (nothing of it is in this verdict): its AWS databases were not inspected (it ran with `offline: true`).',
      remediation: 'Run the shards without `offline`: aggregate mode judges the databases the shards inspected.',
    });
  });

  it('a shard that judged another repository, saying what differs', async () => {
    const ws = repo({ 'certs/old.pem': bundle('rds-ca-2019-root.pem') });
    const other = repo();
    await writeShard(other, 'a.json', accountFacts(A));
    writeRaw(ws, 'shards/a.json', readFileSync(join(other, 'a.json'), 'utf8'));
    await writeShard(ws, 'shards/b.json', accountFacts(B));
    const outcome = await aggregate(ws, ['shards/*.json']);
    expect(refusals(outcome).map((r) => r.message)).toEqual([
      "Shard report shards/a.json was not merged (nothing of it is in this verdict): it judged another repository than this job's scan (1 files scanned in the shard, 2 here; bundles only in this job's scan: certs/old.pem).",
    ]);
  });

  it("nothing of the shard reports' own files when the workspace is listed by a directory walk", async () => {
    // Each shard scanned a checkout of its own, without the reports.
    const [ws, shardA, shardB] = [repo({}, false), repo({}, false), repo({}, false)];
    await writeShard(shardA, 'a.json', accountFacts(A));
    await writeShard(shardB, 'b.json', accountFacts(B));
    writeRaw(ws, 'shards/a.json', readFileSync(join(shardA, 'a.json'), 'utf8'));
    writeRaw(ws, 'shards/b(2).json', readFileSync(join(shardB, 'b.json'), 'utf8'));
    const outcome = await aggregate(ws, ['shards/*.json']);
    expect(outcome.facts.repository).toMatchObject({ listedBy: 'walk', filesScanned: 1 });
    expect(refusals(outcome)).toEqual([]);
    expect(mergedFiles(outcome)).toEqual(['shards/a.json', 'shards/b(2).json']);
  });
});

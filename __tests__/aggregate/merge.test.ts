/** Aggregate mode merges the shards' AWS facts and judges them as one run over all their accounts would. */
import { bundle, workspace } from '../helpers/workspace.js';
import { database, handshakeUnreachable, probeTarget, regionInventory } from '../helpers/builders.js';
import { runRules } from '../../src/rules/index.js';
import { jsonReport } from '../../src/render/json.js';
import type { AwsFacts } from '../../src/model/fleet.js';
import { accountFacts, aggregate, config, shardOutcome, writeShard } from './shards.js';

const [A, B, C] = ['111111111111', '222222222222', '333333333333'];
const repo = () => workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
const brief = (findings: { rule: string; severity: string; account?: string; resource?: string; message: string }[]) =>
  findings.map((f) => [f.severity, f.rule, f.account ?? '', f.resource ?? '', f.message]);

describe('aggregate mode merges the shards', () => {
  it('gives the verdict, findings and databases one run over the three accounts gives', async () => {
    const ws = repo();
    for (const account of [C, A, B]) await writeShard(ws, `shards/${account}/report.json`, accountFacts(account));
    const merged = await aggregate(ws, ['shards/*/report.json']);

    const all: AwsFacts = { ...accountFacts(A), account: undefined, principal: undefined };
    all.inspected = [A, B, C].flatMap((a) => accountFacts(a).inspected);
    const single = await shardOutcome(ws, all);
    expect(merged.facts.aws).toEqual(all);
    expect(merged.facts.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(brief(merged.findings)).toEqual(brief(single.findings));
    expect(merged.verdict).toEqual(single.verdict);
    expect(merged.findings.filter((f) => f.rule === 'database-ca-not-approved').map((f) => f.account)).toEqual([A, A, B, B, C, C]);
    expect(merged.facts.shards).toEqual({
      merged: [A, B, C].map((account) => ({
        file: `shards/${account}/report.json`,
        generatedAt: '2026-11-29T03:00:00.000Z',
        accounts: [account],
        regions: ['us-east-1', 'eu-west-1'],
      })),
      refused: [],
      carried: [],
    });
    const report = jsonReport(merged, config(ws, { mode: 'aggregate', reports: 'shards/*/report.json' })) as {
      resources: { account: string; id: string; region: string }[];
      aws: { account?: string; inventories: unknown[] };
      aggregate: unknown;
    };
    expect(report.resources.map((r) => `${r.account} ${r.region} ${r.id}`)).toEqual(
      [A, B, C].flatMap((a) => [`${a} us-east-1 orders`, `${a} us-east-1 billing`, `${a} eu-west-1 orders`, `${a} eu-west-1 billing`]),
    );
    expect(report.aws.account).toBeUndefined();
    expect(report.aws.inventories).toHaveLength(6);
    expect(report.aggregate).toMatchObject({ refused: [] });
  });

  it("keeps the hub's identity when every shard agrees, and merges the member accounts (shards by OU)", async () => {
    const ws = repo();
    const hub = (members: string[]): AwsFacts => ({
      account: '999999999999',
      principal: 'arn:aws:sts::999999999999:assumed-role/hub/gha',
      via: 'role',
      inspected: members.flatMap((m) => accountFacts(m).inspected),
      failed: [],
      members: members.map((account) => ({ account, role: `arn:aws:iam::${account}:role/reader` })),
    });
    const unreachable = { account: '444444444444', role: 'arn:aws:iam::444444444444:role/reader', notInspected: { reason: 'denied' } };
    await writeShard(ws, 'shards/ou-b.json', { ...hub([C]), members: [...hub([C]).members!, unreachable] });
    await writeShard(ws, 'shards/ou-a.json', hub([B, A]));
    const merged = await aggregate(ws, ['shards/*.json']);
    expect(merged.facts.aws).toMatchObject({ account: '999999999999', principal: 'arn:aws:sts::999999999999:assumed-role/hub/gha' });
    expect(merged.facts.aws!.members!.map((m) => m.account)).toEqual([A, B, C, '444444444444']);
    expect(merged.facts.aws!.inspected.map((i) => `${i.account} ${i.region}`)).toEqual(
      [A, B, C].flatMap((a) => [`${a} us-east-1`, `${a} eu-west-1`]),
    );
    expect(merged.facts.shards!.merged.map((s) => s.accounts)).toEqual([
      [A, B],
      [C, '444444444444'],
    ]);
  });

  it('judges the probes of every shard together, each endpoint once', async () => {
    const ws = repo();
    const tunnel = handshakeUnreachable({ target: probeTarget({ name: 'postgres://tunnel:5432', host: 'tunnel', region: undefined }) });
    const own = (account: string) =>
      handshakeUnreachable({ target: probeTarget({ name: `orders (${account})`, host: `orders.${account}.example` }) });
    await writeShard(ws, 'shards/a.json', accountFacts(A), { probes: { results: [own(A), tunnel] } });
    await writeShard(ws, 'shards/b.json', accountFacts(B), { probes: { results: [own(B), tunnel] } });
    const merged = await aggregate(ws, ['shards/*.json']);
    expect(merged.facts.probes!.results).toEqual([own(A), tunnel, own(B)]);
    const unreachable = merged.findings.filter((f) => f.rule === 'probe-unreachable');
    expect(unreachable).toHaveLength(1);
    expect(unreachable[0].message).toMatch(/^3 endpoint\(s\) could not be reached/);
  });

  it("carries over, once, the findings of the shards' Terraform plans, which the aggregate does not read", async () => {
    const ws = repo();
    const planned = {
      rule: 'planned-ca-change',
      severity: 'notice' as const,
      message: 'aws_db_instance.orders: the plan moves it from rds-ca-2019 to rds-ca-rsa2048-g1.',
      file: 'infra/main.tf',
      line: 3,
      remediation: 'Apply the plan.',
    };
    await writeShard(ws, 'shards/a.json', accountFacts(A), { extraFindings: [planned] });
    await writeShard(ws, 'shards/b.json', accountFacts(B), { extraFindings: [planned] });
    const merged = await aggregate(ws, ['shards/*.json']);
    expect(merged.findings.filter((f) => f.rule === 'planned-ca-change')).toEqual([planned]);
    expect(merged.verdict.counts.notice).toBe(1);
  });

  it('orders the inventories by account, then region as the shards list them, whatever the files are called', async () => {
    const ws = repo();
    await writeShard(ws, 'z.json', {
      ...accountFacts(A, ['eu-west-1']),
      failed: [{ account: A, region: 'us-east-1', reason: 'RDS DescribeDBInstances: AWS denied it' }],
    });
    await writeShard(ws, 'a.json', accountFacts(B, ['us-east-1']), { regions: ['us-east-1'] });
    const merged = await aggregate(ws, ['*.json']);
    expect(merged.facts.regions).toEqual(['us-east-1', 'eu-west-1']);
    expect(merged.facts.aws!.inspected.map((i) => `${i.account} ${i.region}`)).toEqual([`${A} eu-west-1`, `${B} us-east-1`]);
    expect(merged.facts.aws!.failed).toEqual([{ account: A, region: 'us-east-1', reason: 'RDS DescribeDBInstances: AWS denied it' }]);
    expect(merged.findings.map((f) => f.rule)).toContain('region-not-inspected');
  });

  it('reads back from a report exactly the facts the shard gathered', async () => {
    const ws = repo();
    const aws = accountFacts(A);
    aws.inspected[0] = regionInventory({
      account: A,
      region: 'us-east-1',
      databases: [database({ account: A, region: 'us-east-1', pendingCa: 'rds-ca-rsa4096-g1', endpoint: { address: 'x', port: 5432 } })],
      certificates: [{ caId: 'rds-ca-rsa2048-g1', thumbprint: 'ab', validTill: '2061-05-25T00:00:00.000Z', customerOverride: false }],
      defaultCa: 'rds-ca-rsa2048-g1',
      pending: { 'arn:x': { autoAppliedAfter: '2027-01-01T00:00:00.000Z' } },
      engineVersions: { 'postgres 16.3': { rotatesWithoutRestart: true, supportedCas: ['rds-ca-rsa2048-g1'] } },
      skipped: ['DescribeCertificates failed'],
      fixes: ['Add rds:DescribeCertificates'],
    });
    await writeShard(ws, 'shard.json', aws);
    const merged = await aggregate(ws, ['shard.json']);
    expect(merged.facts.aws).toEqual(aws);
    expect(runRules(merged.facts)).toEqual(merged.findings);
  });
});

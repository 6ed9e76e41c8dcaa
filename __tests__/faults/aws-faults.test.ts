/**
 * Fault injection against the fake AWS endpoint (loopback only): each fault must fail the gate
 * (never pass what it could not see), name the region, service and call in words a person acts on,
 * and finish within a stated time bound. The per-attempt bounds are shortened to 1 s here (the
 * defaults are 5 s to connect and 30 s to answer), with 2 attempts per call.
 */
import { parseInputs } from '../../src/inputs/index.js';
import { keyMarker } from '../../src/tracking/marker.js';
import { reportToIssue } from '../../src/tracking/keep-issue.js';
import { MemoryTracker } from '../helpers/memory-tracker.js';
import { renderSummary } from '../../src/render/summary.js';
import { FakeAws, type AwsFault } from '../support/fake-aws.mjs';
import { instance } from '../support/fleet.mjs';
import { byRule, catalog, liveCheck, postgresRegion } from '../helpers/live.js';
import { bundle, workspace } from '../helpers/workspace.js';
import type { CheckOutcome } from '../../src/model/outcome.js';

const BOUNDS = { connectMs: 1_000, requestMs: 1_000, attempts: 2 };
/** Every run below must finish within this (the slowest fault costs 2 attempts × 1 s, plus the retry delay). */
const BOUND_MS = 5_000;
/** SDK-internal text that must never reach a person. */
const SDK_TEXT = /@aws-sdk|@smithy|\$response|\$metadata|Deserialization error|\{error\}|node-http-handler/;
const WRONG_FIX = 'Grant the role the documented RDS read actions';

const region = (r: string) => postgresRegion(r, [instance(r, `orders-${r}`)]);

let fake: FakeAws;
let repo: string;
beforeEach(async () => {
  fake = await new FakeAws({ regions: { 'us-east-1': region('us-east-1'), 'eu-west-1': region('eu-west-1') } }).start();
  repo = workspace({ 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
});
afterEach(() => fake.stop());

async function timedCheck(
  inputs: Record<string, string> = { regions: 'us-east-1,eu-west-1' },
  deadlineMs?: number,
): Promise<{ outcome: CheckOutcome; ms: number }> {
  const start = performance.now();
  const outcome = await liveCheck(fake, repo, inputs, {}, { awsBounds: { ...BOUNDS, deadlineMs } });
  return { outcome, ms: performance.now() - start };
}

/** Nothing a person reads carries SDK internals or the old wrong fix. */
function expectPlainWords(outcome: CheckOutcome) {
  const text = JSON.stringify(outcome.findings) + renderSummary(outcome, { offline: false });
  expect(text).not.toMatch(SDK_TEXT);
  expect(text).not.toContain(WRONG_FIX);
}

function regionFailure(outcome: CheckOutcome, name: string) {
  const failures = byRule(outcome, 'region-not-inspected');
  expect(failures.map((f) => f.resource)).toEqual([name]);
  expect(outcome.facts.aws!.inspected.map((i) => i.region)).toEqual(['us-east-1', 'eu-west-1'].filter((r) => r !== name));
  return failures[0];
}

describe('an AWS endpoint that answers badly fails the region, in words, within the bound', () => {
  const cases: [string, AwsFault, RegExp, RegExp][] = [
    [
      'silent (takes the connection, never answers)',
      'Silent',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: 127\.0\.0\.1:\d+ did not answer in full within 1 s \(2 times tried\)\.$/,
      /proxy or firewall in the way.*HTTPS_PROXY is not set, NO_PROXY is not set/,
    ],
    [
      'trickle (headers at once, then a byte every 200 ms: never idle long enough for the socket bound)',
      'Trickle',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: 127\.0\.0\.1:\d+ did not answer in full within 1 s \(2 times tried\)\.$/,
      /proxy or firewall in the way/,
    ],
    [
      'an empty HTTP 200',
      'Empty',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: 127\.0\.0\.1:\d+ answered HTTP 200 with an empty body \(content type text\/xml\), not an AWS answer\.$/,
      /Something other than AWS answered.*AWS_ENDPOINT_URL_RDS/,
    ],
    [
      'an HTML 200 (a proxy login page)',
      'Html',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: 127\.0\.0\.1:\d+ answered HTTP 200 with an HTML page \(content type text\/html; charset=utf-8\), not an AWS answer; it began "<!DOCTYPE html> <html><head><title>Sign in to continue<\/title>.{0,40}"\.$/,
      /a proxy's login or block page/,
    ],
    [
      'well-formed XML without the result element',
      'WrongXml',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: 127\.0\.0\.1:\d+ answered HTTP 200 with XML without DescribeDBInstancesResult \(content type text\/xml\), not an AWS answer; it began "<DescribeDBInstancesResponse/,
      /Something other than AWS answered/,
    ],
    [
      'HTTP 500',
      'ServerError',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: AWS answered HTTP 500 \(InternalFailure\) after 2 times trying: a failure on AWS's side\.$/,
      /^Nothing to change on your side: re-run later, and check the AWS Health Dashboard \(https:\/\/health\.aws\.amazon\.com\/health\/status\) for RDS in eu-west-1\.$/,
    ],
    [
      'HTTP 500 with a malformed error document',
      'BrokenServerError',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: AWS answered HTTP 500 after 2 times trying: a failure on AWS's side, with an error document that was not readable\.$/,
      /AWS Health Dashboard/,
    ],
    [
      'throttling',
      'Throttling',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: AWS throttled it \(retried 1 time, still throttled\)\.$/,
      /Re-run later.*Nothing is wrong with the permissions/,
    ],
    [
      'access denied',
      'AccessDenied',
      /^eu-west-1 was not inspected: RDS DescribeDBInstances: AWS denied rds:DescribeDBInstances in eu-west-1 to arn:aws:sts::123456789012:assumed-role\/ci\/rds-ca-guard\.$/,
      /^Add \{"Effect":"Allow","Action":"rds:DescribeDBInstances","Resource":"\*"\} to the IAM policy of arn:aws:sts::123456789012:assumed-role\/ci\/rds-ca-guard\. If the policy has it already, a service control policy/,
    ],
  ];

  it.each(cases)('%s', async (_name, fault, message, remediation) => {
    fake.set({ failActions: { 'eu-west-1': { DescribeDBInstances: fault } }, trickleMs: 200 });
    const { outcome, ms } = await timedCheck();
    expect(outcome.verdict.result).toBe('fail');
    const f = regionFailure(outcome, 'eu-west-1');
    expect(f).toMatchObject({ severity: 'error' });
    expect(f.message).toMatch(message);
    expect(f.remediation).toMatch(remediation);
    expectPlainWords(outcome);
    expect(renderSummary(outcome, { offline: false })).toContain('eu-west-1 was not inspected: RDS DescribeDBInstances: ');
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('an endpoint nobody listens on: names the endpoint, the region and the proxy settings', async () => {
    const start = performance.now();
    const outcome = await liveCheck(
      fake,
      repo,
      { regions: 'eu-west-1' },
      { AWS_ENDPOINT_URL_RDS: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' },
      { awsBounds: BOUNDS },
    );
    expect(outcome.verdict.result).toBe('fail');
    const [f] = byRule(outcome, 'region-not-inspected');
    expect(f.message).toBe(
      'eu-west-1 was not inspected: RDS DescribeDBInstances: could not reach 127.0.0.1:9 for eu-west-1 (ECONNREFUSED).',
    );
    expect(f.remediation).toBe(
      'Check the region name, the endpoint (AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_RDS when set, a VPC endpoint\'s DNS) and the proxy settings (HTTPS_PROXY is not set, NO_PROXY is "127.0.0.1").',
    );
    expect(performance.now() - start).toBeLessThan(BOUND_MS);
  });
});

describe('access denied per action and per region', () => {
  it('names the denied action in every region, with the statement to add', async () => {
    fake.set({ failActions: { '*': { DescribeDBClusters: 'AccessDenied' } } });
    const { outcome, ms } = await timedCheck();
    expect(outcome.verdict.result).toBe('fail');
    expect(byRule(outcome, 'region-not-inspected').map((f) => [f.resource, f.message, f.remediation.slice(0, 74)])).toEqual(
      ['eu-west-1', 'us-east-1'].map((r) => [
        r,
        `${r} was not inspected: RDS DescribeDBClusters: AWS denied rds:DescribeDBClusters in ${r} to arn:aws:sts::123456789012:assumed-role/ci/rds-ca-guard.`,
        'Add {"Effect":"Allow","Action":"rds:DescribeDBClusters","Resource":"*"} to',
      ]),
    );
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('fails only the denied region and inspects the other', async () => {
    fake.set({ accessDenied: new Set(['us-east-1']) });
    const { outcome, ms } = await timedCheck();
    expect(outcome.verdict.result).toBe('fail');
    expect(regionFailure(outcome, 'us-east-1').message).toMatch(
      /^us-east-1 was not inspected: RDS DescribeDBInstances: AWS denied rds:DescribeDBInstances in us-east-1/,
    );
    expect(outcome.facts.aws!.inspected[0].databases.map((d) => d.id)).toEqual(['orders-eu-west-1']);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("keeps an auxiliary call's denial a warning with its own statement, not the region", async () => {
    fake.set({ failActions: { 'eu-west-1': { DescribePendingMaintenanceActions: 'AccessDenied' } } });
    const { outcome } = await timedCheck();
    const [f] = byRule(outcome, 'inventory-incomplete');
    expect(f).toMatchObject({ severity: 'warning', resource: 'eu-west-1' });
    expect(f.remediation).toMatch(/^Add \{"Effect":"Allow","Action":"rds:DescribePendingMaintenanceActions","Resource":"\*"\}/);
  });
});

describe('the whole inspection has a deadline', () => {
  it('makes the regions still waiting region-not-inspected errors naming the call, at the deadline and not the request bound', async () => {
    fake.set({ failActions: { 'eu-west-1': { DescribeDBClusters: 'Silent' } } });
    const start = performance.now();
    const outcome = await liveCheck(
      fake,
      repo,
      { regions: 'us-east-1,eu-west-1', 'timeout-minutes': '7' },
      {},
      { awsBounds: { connectMs: 1_000, requestMs: 60_000, attempts: 2, deadlineMs: 1_500 } },
    );
    const ms = performance.now() - start;
    expect(outcome.verdict.result).toBe('fail');
    const f = regionFailure(outcome, 'eu-west-1');
    expect(f.message).toBe(
      "eu-west-1 was not inspected: RDS DescribeDBClusters: the inspection's deadline (timeout-minutes: 7) passed before it answered.",
    );
    expect(f.remediation).toMatch(/^Raise `timeout-minutes`/);
    expect(ms).toBeGreaterThanOrEqual(1_400);
    expect(ms).toBeLessThan(3_000);
  });

  it('is not inspected at all when identity itself is cut by the deadline', async () => {
    fake.set({ failActions: { '*': { GetCallerIdentity: 'Silent' } } });
    const start = performance.now();
    const outcome = await liveCheck(
      fake,
      repo,
      { regions: 'us-east-1' },
      {},
      { awsBounds: { connectMs: 1_000, requestMs: 60_000, attempts: 2, deadlineMs: 1_000 } },
    );
    expect(outcome.verdict.result).toBe('fail');
    expect(byRule(outcome, 'aws-not-inspected')[0].message).toBe(
      "AWS was not inspected: could not prove who we are in AWS: STS GetCallerIdentity in us-east-1: the inspection's deadline (timeout-minutes: 10) passed before it answered",
    );
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});

describe('answers that are empty where AWS never is', () => {
  it('refuses an empty caller account from STS GetCallerIdentity', async () => {
    fake.seed.account = '';
    const { outcome, ms } = await timedCheck({ regions: 'us-east-1' });
    expect(outcome.verdict.result).toBe('fail');
    expect(outcome.facts.aws).toBeUndefined();
    const [f] = byRule(outcome, 'aws-not-inspected');
    expect(f.message).toBe(
      'AWS was not inspected: STS GetCallerIdentity in us-east-1 answered without a valid account (an empty one): nothing can be inspected for an account nobody can name.',
    );
    expect(f.remediation).toMatch(/AWS_ENDPOINT_URL_STS/);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('refuses GetCallerIdentity answered by an HTML page', async () => {
    fake.set({ failActions: { '*': { GetCallerIdentity: 'Html' } } });
    const { outcome } = await timedCheck({ regions: 'us-east-1' });
    expect(outcome.verdict.result).toBe('fail');
    expect(byRule(outcome, 'aws-not-inspected')[0].message).toMatch(
      /^AWS was not inspected: could not prove who we are in AWS: STS GetCallerIdentity in us-east-1: 127\.0\.0\.1:\d+ answered HTTP 200 with an HTML page/,
    );
    expectPlainWords(outcome);
  });

  it('refuses zero enabled regions from EC2 DescribeRegions with regions: all', async () => {
    fake.seed.enabledRegions = [];
    const { outcome, ms } = await timedCheck({ regions: 'all' });
    expect(outcome.verdict.result).toBe('fail');
    expect(byRule(outcome, 'aws-not-inspected')[0].message).toBe(
      'AWS was not inspected: regions: all found no enabled region: EC2 DescribeRegions in us-east-1 answered with an empty list, which no AWS account has',
    );
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('refuses DescribeRegions answered by an empty body', async () => {
    fake.set({ failActions: { '*': { DescribeRegions: 'Empty' } } });
    const { outcome } = await timedCheck({ regions: 'all' });
    expect(outcome.verdict.result).toBe('fail');
    expect(byRule(outcome, 'aws-not-inspected')[0].message).toMatch(
      /^AWS was not inspected: regions: all needs the account's enabled regions, and EC2 DescribeRegions in us-east-1: 127\.0\.0\.1:\d+ answered HTTP 200 with an empty body/,
    );
  });
});

describe('report mode after a fault', () => {
  it('leaves the open tracking issue as it was (no all clear, no close) when a region answered an empty 200', async () => {
    const env = { GITHUB_REPOSITORY: 'acme/infra', GITHUB_TOKEN: 'ghs_test' };
    const config = parseInputs(
      (n) => (({ mode: 'report', regions: 'us-east-1,eu-west-1' }) as Record<string, string>)[n],
      env,
      catalog,
      repo,
    );
    const tracker = new MemoryTracker();
    tracker.add({ body: `${keyMarker(config.report.key)}\n2 databases to rotate` });
    // Every database is on an approved CA: a complete inspection would close the issue as all clear.
    fake.set({ failActions: { 'eu-west-1': { DescribeDBInstances: 'Empty' } } });
    const { outcome } = await timedCheck();
    const result = await reportToIssue(outcome, config, env, tracker);
    expect(result).toMatchObject({ action: 'left-as-it-was', issue: { number: 1 }, reason: '1 region was not inspected (eu-west-1)' });
    expect(tracker.writes).toEqual([]);
    expect(tracker.issues[0]).toMatchObject({ state: 'open', body: expect.stringContaining('2 databases to rotate') });

    fake.set({ failActions: {} });
    const complete = await timedCheck();
    expect((await reportToIssue(complete.outcome, config, env, tracker)).action).toBe('closed');
  });
});

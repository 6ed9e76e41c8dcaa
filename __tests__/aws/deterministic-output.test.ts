/**
 * The same fleet gives the same bytes: the live gate runs twice against the fake AWS endpoint
 * with random per-call latency (answers finish in a different order each time) and every
 * document a person or GitHub compares is byte-identical. The JSON report's `timingsMs` is
 * the one field left out: it measures the run (bench/ reads it) and cannot repeat.
 */
import { jsonReport } from '../../src/render/json.js';
import { renderIssueBody } from '../../src/tracking/issue-body.js';
import { sarifLog } from '../../src/render/sarif.js';
import { renderSummary } from '../../src/render/summary.js';
import { runCheck } from '../../src/modes/check.js';
import { FakeAws } from '../support/fake-aws.mjs';
import { certificates, engineVersions, instance } from '../support/fleet.mjs';
import { thumbprint, withFake } from '../helpers/live.js';
import { validSarif } from '../helpers/sarif-schema.js';
import { bundle, workspace } from '../helpers/workspace.js';

const REGIONS = ['us-east-1', 'eu-west-1', 'ap-southeast-2'];
const VERSIONS: [string, string][] = [
  ['postgres', '16.3'],
  ['postgres', '15.7'],
  ['postgres', '14.12'],
  ['mysql', '8.0.36'],
  ['mysql', '8.0.39'],
  ['mariadb', '10.11.8'],
  ['mariadb', '10.6.18'],
];

function seed() {
  const regions: Record<string, object> = {};
  for (const r of REGIONS) {
    regions[r] = {
      instances: VERSIONS.flatMap(([engine, version], i) =>
        [0, 1].map((n) =>
          instance(r, `db-${i}-${n}`, { engine, version, ca: n ? 'rds-ca-2019' : 'rds-ca-rsa2048-g1', serverCertDays: 20 + i }),
        ),
      ),
      clusters: [],
      certificates: certificates(r, thumbprint),
      defaultCa: 'rds-ca-rsa2048-g1',
      pending: [],
      engineVersions: engineVersions(VERSIONS.map(([e, v]) => [e, v, false])),
    };
  }
  return { regions };
}

describe('deterministic output', () => {
  let fake: FakeAws;
  beforeAll(async () => {
    // Every engine-version call fails: their messages list the versions, which once came in completion order.
    fake = await new FakeAws(seed())
      .set({ latencyJitterMs: 40, failActions: { '*': { DescribeDBEngineVersions: 'AccessDenied' } } })
      .start();
  });
  afterAll(() => fake.stop());

  it('two runs of the live gate on one fleet give byte-identical JSON (but timings), SARIF, summary and issue body', async () => {
    const repo = workspace(
      { 'certs/global-bundle.pem': bundle('global-bundle.pem'), 'certs/old.pem': bundle('rds-ca-2019-root.pem') },
      { git: true },
    );
    const now = new Date('2026-11-29T03:00:00Z');
    const env = { GITHUB_WORKFLOW_REF: 'acme/infra/.github/workflows/rds.yml@refs/heads/main', GITHUB_REPOSITORY: 'acme/infra' };
    const documents = () =>
      withFake(fake, repo, { regions: REGIONS.join(','), 'fail-on': 'never' }, env, async (config, deps) => {
        const outcome = await runCheck(config, { ...deps, now });
        const { timingsMs, ...json } = jsonReport(outcome, config) as { timingsMs: unknown };
        expect(timingsMs).toBeDefined();
        return {
          json: JSON.stringify(json, null, 2),
          sarif: JSON.stringify(
            sarifLog(outcome.findings, { workflowRef: env.GITHUB_WORKFLOW_REF, repository: env.GITHUB_REPOSITORY }),
            null,
            2,
          ),
          summary: renderSummary(outcome, { offline: false, reportFile: '/runner/temp/rds-ca-guard-report.json' }),
          issueBody: renderIssueBody(outcome, 'acme/infra', undefined),
        };
      });
    const first = await documents();
    const second = await documents();
    expect(first.summary).toContain('DescribeDBEngineVersions failed for mariadb 10.11.8: ');
    expect(first.issueBody).not.toBeNull();
    for (const name of ['json', 'sarif', 'summary', 'issueBody'] as const) expect([name, second[name]]).toEqual([name, first[name]]);
    // The live run's SARIF is what code scanning accepts: schema-valid, every result located.
    const sarif = JSON.parse(first.sarif) as {
      runs: { results: { locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(validSarif(sarif)).toEqual([]);
    const uris = sarif.runs[0].results.map((r) => r.locations?.[0]?.physicalLocation.artifactLocation.uri);
    expect(new Set(uris)).toEqual(new Set(['.github/workflows/rds.yml', 'certs/old.pem']));
  }, 60_000);
});

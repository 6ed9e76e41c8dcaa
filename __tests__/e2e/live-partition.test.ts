/**
 * End to end in GovCloud: `node dist/index.js` against the fake AWS playing aws-us-gov (it refuses any call signed for
 * another partition's region), through GitHub OIDC, as the runner starts it. Every output a person acts on (annotations,
 * the job summary's rows, the JSON report's resources and findings, SARIF, `noncompliant`) names arn:aws-us-gov: ARNs and
 * --region us-gov-* commands, and nothing names the commercial partition.
 * The verdict is not asserted: the catalog's GovCloud roots are another change (see the note on the trust side below).
 */
import { readFileSync } from 'node:fs';
import { FakeAws } from '../support/fake-aws.mjs';
import { certificates, engineVersions, instance } from '../support/fleet.mjs';
import { reportOf, runActionAsync as runAction } from '../helpers/runner.js';
import { workspace } from '../helpers/workspace.js';

const HUB = '210987654321';
const GOV = ['us-gov-west-1', 'us-gov-east-1'];
const arn = (region: string, id: string) => `arn:aws-us-gov:rds:${region}:${HUB}:db:${id}`;
/** What names the commercial partition: an arn:aws: ARN, a commercial region, the commercial console. */
const COMMERCIAL = /arn:aws:|us-east-1|eu-west-1|console\.aws\.amazon\.com/;

let fake: FakeAws;
beforeEach(async () => {
  const region = (r: string) => ({
    instances: [instance(r, `orders-${r}`, { ca: 'rds-ca-2019', account: HUB }), instance(r, `billing-${r}`, { account: HUB })],
    clusters: [],
    certificates: certificates(r),
    defaultCa: 'rds-ca-rsa2048-g1',
    pending: [],
    engineVersions: engineVersions([['postgres', '16.3', true]]),
  });
  fake = await new FakeAws({ account: HUB, regions: Object.fromEntries(GOV.map((r) => [r, region(r)])) }).start();
  fake.set({ partition: 'aws-us-gov' });
});
afterEach(() => fake.stop());

const env = () =>
  Object.fromEntries(
    Object.entries({ ...fake.env(), AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', ...fake.oidcEnv() }).filter(([, v]) => v !== ''),
  );

describe('the live gate in aws-us-gov, run as the GitHub runner runs it', () => {
  it('names arn:aws-us-gov ARNs and --region us-gov-* commands in every output, and nothing of the commercial partition', async () => {
    // No trust material in the repository: the outputs are about the databases (the catalog has no GovCloud roots yet).
    const repo = workspace({ 'README.md': '# infra\n' }, { git: true });
    const run = await runAction(
      repo,
      {
        regions: GOV.join(','),
        'role-to-assume': `arn:aws-us-gov:iam::${HUB}:role/rds-ca-guard`,
        'allowed-account-ids': HUB,
        'sarif-file': 'rds-ca.sarif',
      },
      env(),
    );
    expect(run.stderr).not.toMatch(/InvalidClientTokenId|not a role of this partition/);
    expect(fake.calls.filter((c) => c.region && !c.region.startsWith('us-gov-'))).toEqual([]);
    expect(run.outputs.inspected).toBe('4');
    const old = GOV.map((r) => arn(r, `orders-${r}`)).sort();
    expect(JSON.parse(run.outputs.noncompliant).sort()).toEqual(old);

    // Annotations: each old database, named with its region.
    for (const r of GOV)
      expect(run.stdout).toMatch(new RegExp(`::(error|warning)[^\\n]*::orders-${r} \\(postgres 16.3, ${r}\\) uses rds-ca-2019`));
    // The summary: who the gate was, and each database's rotate command in its own region.
    expect(run.summary).toContain(`<code>arn:aws-us-gov:sts::${HUB}:assumed-role/rds-ca-guard/rds-ca-guard</code>`);
    for (const r of GOV)
      expect(run.summary).toContain(
        `aws rds modify-db-instance --db-instance-identifier orders-${r} --region ${r} --ca-certificate-identifier rds-ca-rsa2048-g1`,
      );
    // The JSON report: resources and findings carry the GovCloud ARNs.
    const report = reportOf(run);
    expect(report.resources.map((r) => r.arn).sort()).toEqual([...GOV.map((r) => arn(r, `billing-${r}`)), ...old].sort());
    const findings = report.findings.filter((f) => f.rule === 'database-ca-not-approved');
    expect(findings.map((f) => f.resource).sort()).toEqual(old);
    for (const f of findings) expect(f.remediation).toMatch(/--region us-gov-(west|east)-1/);
    // SARIF: the same databases, by their GovCloud ARNs.
    const sarif = readFileSync(`${repo}/rds-ca.sarif`, 'utf8');
    for (const a of old) expect(sarif).toContain(a);

    // Nothing a person acts on names the commercial partition.
    for (const [what, text] of Object.entries({
      annotations: run.stdout,
      summary: run.summary,
      report: JSON.stringify({ resources: report.resources, findings: report.findings }),
      sarif,
      outputs: JSON.stringify(run.outputs),
    }))
      expect([what, COMMERCIAL.exec(text)?.[0]]).toEqual([what, undefined]);
  });

  // With every database on the target CA, the gate passes in GovCloud: the catalog holds the GovCloud roots, so no
  // region-not-in-catalog error.
  it('passes a rotated GovCloud fleet once the catalog holds the GovCloud roots', async () => {
    for (const r of GOV) fake.seed.regions[r].instances[0].CACertificateIdentifier = 'rds-ca-rsa2048-g1';
    const repo = workspace({ 'README.md': '# infra\n' }, { git: true });
    const run = await runAction(repo, { regions: GOV.join(','), 'role-to-assume': `arn:aws-us-gov:iam::${HUB}:role/rds-ca-guard` }, env());
    expect(reportOf(run).findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(run.outputs).toMatchObject({ result: 'pass', inspected: '4', noncompliant: '[]' });
  });
});

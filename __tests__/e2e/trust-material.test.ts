/**
 * The verdicts issue #9 promises, run as the GitHub runner runs the action (`node dist/index.js`):
 * each case gives the verdict the client would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { reportOf, runAction, type RunResult } from '../helpers/runner.js';
import { bundle, pemBlocks, REPO, workspace } from '../helpers/workspace.js';

const REAL = join(REPO, '__tests__/fixtures/real-world');
const STORES = join(REPO, '__tests__/fixtures/truststores');
const findings = (run: RunResult) => reportOf(run).findings;

describe('trust material judged as its clients load it', () => {
  it('passes a keytool PKCS#12 of the global bundle, one alias per certificate, named .jks', () => {
    const ws = workspace({ 'app/src/main/resources/rds-truststore.jks': readFileSync(join(STORES, 'global-108.p12')) }, { git: true });
    const run = runAction(ws, { offline: 'true', 'fail-on': 'warning' });
    expect(findings(run)).toEqual([]);
    expect(run.outputs.result).toBe('pass');
  });

  it('fails an HTML page saved as global-bundle.pem, saying what it is', () => {
    const ws = workspace(
      { 'certs/global-bundle.pem': gunzipSync(readFileSync(join(REAL, 'html-page-saved-as.global-bundle.pem.gz'))) },
      { git: true },
    );
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const [f] = findings(run).filter((x) => x.rule === 'bundle-not-loadable');
    expect(f).toMatchObject({ severity: 'error', file: 'certs/global-bundle.pem' });
    expect(f.message).toContain('clients reading this file load no certificate: it is an HTML page');
    expect(findings(run)).toHaveLength(2); // that one, and no RDS bundle left to trust
  });

  it('fails the us-east-1 bundle whose indented first BEGIN line hides the RSA2048 root', () => {
    const ws = workspace({ 'us-east-1-bundle.pem': readFileSync(join(REAL, 'indented.us-east-1-bundle.pem')) }, { git: true });
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const rules = findings(run).map((f) => `${f.severity} ${f.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['error bundle-missing-target-root', 'warning certificate-blocks-skipped']));
    expect(findings(run).find((f) => f.rule === 'bundle-missing-target-root')!.message).toContain(
      '"Amazon RDS us-east-1 Root CA RSA2048 G1"',
    );
  });

  it("fails a vendored copy of the mysql package's built-in Amazon RDS profile on its expired CAs", () => {
    const literals = pemBlocks(bundle('mysql-amazon-rds-profile.pem')).map((b) =>
      b
        .trimEnd()
        .split('\n')
        .map((l) => `    '${l}\\n'`)
        .join('\n    + '),
    );
    const profile = `exports['Amazon RDS'] = {\n  ca: [\n${literals.join(',\n')}\n  ]\n};\n`;
    const ws = workspace({ 'vendor/mysql/lib/protocol/constants/ssl_profiles.js': profile }, { git: true });
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    const expired = findings(run).find((f) => f.rule === 'bundle-expired-certificates')!;
    expect(expired).toMatchObject({ severity: 'error', file: 'vendor/mysql/lib/protocol/constants/ssl_profiles.js' });
  });

  it('fails a Kubernetes Secret carrying the 2019 root base64-encoded under data:', () => {
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: rds-ca\ndata:\n  rds-ca.pem: ${Buffer.from(bundle('rds-ca-2019-root.pem')).toString('base64')}\n`;
    const ws = workspace({ 'deploy/rds-ca-secret.yaml': secret }, { git: true });
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    expect(findings(run).map((f) => f.rule)).toEqual(expect.arrayContaining(['bundle-missing-target-root', 'bundle-expired-certificates']));
  });

  it('finds a truststore in a Secret, base64 with no PEM armour anywhere, and judges its expired root', () => {
    const secret = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: rds-truststore\ndata:\n  truststore.jks: ${readFileSync(join(REAL, 'ragini-hackathon.rds-truststore.jks')).toString('base64')}\n`;
    const ws = workspace({ 'k8s/truststore-secret.yaml': secret }, { git: true });
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    expect(findings(run).map((f) => f.rule)).not.toContain('no-rds-bundle');
    expect(reportOf(run).repository.bundles[0]).toMatchObject({
      path: 'k8s/truststore-secret.yaml',
    });
  });

  it('fails a SOPS-encrypted values file on the expired CA it keeps in clear', () => {
    const values = `db:\n  password: ENC[AES256_GCM,data:Zm9v,iv:YmFy,tag:YmF6,type:str]\n  ca: |\n${bundle('rds-ca-2019-root.pem')
      .trimEnd()
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n')}\nsops:\n  version: 3.8.1\n  mac: ENC[AES256_GCM,data:eA==,iv:eQ==,tag:eg==,type:str]\n  encrypted_regex: ^password$\n`;
    const run = runAction(workspace({ 'helm/values.yaml': values }, { git: true }), { offline: 'true', regions: 'us-east-1' });
    expect(run.status).toBe(1);
    expect(findings(run).map((f) => f.rule)).toEqual(expect.arrayContaining(['bundle-expired-certificates']));
    expect(findings(run).map((f) => f.rule)).not.toContain('file-encrypted');
  });

  it('stays silent on an elided PEM snippet in documentation, even with fail-on: warning', () => {
    const docs =
      '# Connecting\n\n```\n-----BEGIN CERTIFICATE-----\nMIIEBjCCAu6gAwIBAgIJAMc0ZzaSUK51MA0GCSqGSIb3DQEBCwUAMIGPMQswCQYD\n...\n-----END CERTIFICATE-----\n```\n';
    const ws = workspace({ 'docs/connecting.md': docs, 'certs/global-bundle.pem': bundle('global-bundle.pem') }, { git: true });
    const run = runAction(ws, { offline: 'true', 'fail-on': 'warning' });
    expect(findings(run)).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('names a git-crypt encrypted bundle as encrypted, with how to check it', () => {
    const ws = workspace({ 'rds-combined-ca-bundle.pem': readFileSync(join(REAL, 'git-crypt.rds-combined-ca-bundle.pem')) }, { git: true });
    const run = runAction(ws, { offline: 'true', regions: 'us-east-1' });
    const [f] = findings(run).filter((x) => x.rule === 'file-encrypted');
    expect(f.message).toContain('encrypted with git-crypt');
    expect(f.message).toContain('git-crypt unlock');
  });
});

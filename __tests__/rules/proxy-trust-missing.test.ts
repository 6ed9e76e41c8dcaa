/**
 * RDS Proxy clients need an Amazon Trust Services root beside the RDS bundle: each way a repository says
 * its clients reach a proxy (Terraform, CloudFormation, CDK, a client setting naming a proxy host, a live
 * proxy), failing with an RDS-only bundle and passing once AmazonRootCA1.pem is appended.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanRepository } from '../../src/scan/scan-repository.js';
import { clientBundles } from '../../src/trust/client-bundles.js';
import { rdsBundles } from '../../src/trust/bundles.js';
import { proxyTrustMissing } from '../../src/rules/proxy-trust-missing.js';
import { runRules } from '../../src/rules/index.js';
import type { Facts } from '../../src/model/facts.js';
import type { AwsFacts } from '../../src/model/fleet.js';
import { catalog, factsFrom } from '../helpers/facts.js';
import { bundle, REPO, selfSignedCa, workspace } from '../helpers/workspace.js';

const ROOT_CA_1 = readFileSync(join(REPO, 'data/amazon-trust/AmazonRootCA1.pem'), 'utf8');
const GLOBAL = bundle('global-bundle.pem');
const WITH_PROXY_ROOT = GLOBAL + ROOT_CA_1; // what `cat global-bundle.pem AmazonRootCA1.pem` makes
const FIXTURES = join(REPO, '__tests__/fixtures/rds-proxy');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

async function scanned(files: Record<string, string>, aws?: AwsFacts): Promise<Facts> {
  const root = workspace(files, { git: true });
  const repository = await scanRepository(root, {
    paths: ['**'],
    exclude: [],
    truststorePasswords: ['changeit'],
    maxFileBytes: 5 << 20,
    known: (s) => catalog.bySha256(s),
  });
  const base = await factsFrom({}, { regions: ['us-east-1'], aws });
  return { ...base, repository, bundles: rdsBundles([...repository.certificateFiles, ...clientBundles(repository, catalog)], catalog) };
}

const proxyFindings = (facts: Facts) => proxyTrustMissing.check(facts);

const CFN = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Proxy:
    Type: AWS::RDS::DBProxy
    Properties:
      DBProxyName: orders-proxy
      EngineFamily: POSTGRESQL
      RequireTLS: true
      RoleArn: arn:aws:iam::123456789012:role/proxy
      Auth:
        - AuthScheme: SECRETS
          SecretArn: arn:aws:secretsmanager:us-east-1:123456789012:secret:db
      VpcSubnetIds: [subnet-1, subnet-2]
`;

const CDK = `import * as rds from 'aws-cdk-lib/aws-rds';
import { Stack } from 'aws-cdk-lib';

export class Db extends Stack {
  build(cluster: rds.DatabaseCluster, secret: any, vpc: any) {
    new rds.DatabaseProxy(this, 'Proxy', { proxyTarget: rds.ProxyTarget.fromCluster(cluster), secrets: [secret], vpc, dbProxyName: 'orders' });
    cluster.addProxy('ReadProxy', { secrets: [secret], vpc });
  }
}
`;

describe('proxy-trust-missing', () => {
  it('fails a Terraform aws_db_proxy (real-world) whose clients have only the RDS global bundle, with the fix; passes once AmazonRootCA1.pem is appended', async () => {
    const tf = {
      'infra/rds.proxy.tf': fixture('kenerry-serain.rds.proxy.tf'),
      'infra/rds.proxy.readonly-endpoint.tf': fixture('kenerry-serain.rds.proxy.readonly-endpoint.tf'),
    };
    const facts = await scanned({ ...tf, 'certs/global-bundle.pem': GLOBAL });
    expect(facts.repository.proxies?.map((p) => [p.resource, p.kind, p.line])).toEqual([
      ['aws_db_proxy_endpoint.read_only', 'endpoint', 1],
      ['aws_db_proxy.this', 'proxy', 1],
    ]);
    const [f, ...rest] = proxyFindings(facts);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'proxy-trust-missing', severity: 'error', file: 'certs/global-bundle.pem', line: 1 });
    expect(f.message).toMatch(/^certs\/global-bundle\.pem does not hold Amazon Root CA 1, but its clients reach RDS Proxy: /);
    expect(f.message).toContain('aws_db_proxy.this (infra/rds.proxy.tf:1)');
    expect(f.remediation).toContain('curl -fsSL https://www.amazontrust.com/repository/AmazonRootCA1.pem >> certs/global-bundle.pem');
    expect(f.remediation).toContain('system trust store');

    expect(proxyFindings(await scanned({ ...tf, 'certs/global-bundle.pem': WITH_PROXY_ROOT }))).toEqual([]);
  });

  it('fails a CloudFormation AWS::RDS::DBProxy, with its name and RequireTLS read', async () => {
    const facts = await scanned({ 'stack.yaml': CFN, 'certs/rds.pem': GLOBAL });
    expect(facts.repository.proxies).toEqual([
      expect.objectContaining({ resource: 'Proxy (AWS::RDS::DBProxy)', name: 'orders-proxy', requireTls: true, line: 3 }),
    ]);
    expect(proxyFindings(facts).map((f) => [f.file, f.resource])).toEqual([
      ['certs/rds.pem', 'Proxy (AWS::RDS::DBProxy) "orders-proxy" (stack.yaml)'],
    ]);
    expect(proxyFindings(await scanned({ 'stack.yaml': CFN, 'certs/rds.pem': WITH_PROXY_ROOT }))).toEqual([]);
  });

  it('fails CDK DatabaseProxy and addProxy', async () => {
    const facts = await scanned({ 'lib/db.ts': CDK, 'certs/rds.pem': GLOBAL });
    expect(facts.repository.proxies?.map((p) => [p.resource, p.name ?? null, p.requireTls, p.line])).toEqual([
      ["rds.DatabaseProxy 'Proxy'", 'orders', true, 6],
      ["cluster.addProxy 'ReadProxy'", null, true, 7],
    ]);
    expect(proxyFindings(facts)).toHaveLength(1);
    expect(proxyFindings(await scanned({ 'lib/db.ts': CDK, 'certs/rds.pem': WITH_PROXY_ROOT }))).toEqual([]);
  });

  it('fails the CA file a client setting names beside a proxy host, and only that file', async () => {
    const client =
      'DATABASE_URL=postgresql://app@orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com:5432/app?sslmode=verify-full&sslrootcert=certs/rds.pem\n';
    const facts = await scanned({ 'app/.env.production': client, 'certs/rds.pem': GLOBAL, 'certs/other.pem': GLOBAL });
    expect(facts.repository.clients.proxyHosts).toEqual([
      { file: 'app/.env.production', line: 1, host: 'orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com', region: 'us-east-1' },
    ]);
    const findings = proxyFindings(facts);
    expect(findings.map((f) => [f.file, f.resource])).toEqual([
      ['certs/rds.pem', 'orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com (app/.env.production)'],
    ]);
    // The same client with the root appended, or one that does not verify the server, is not this rule's concern.
    expect(proxyFindings(await scanned({ 'app/.env.production': client, 'certs/rds.pem': WITH_PROXY_ROOT }))).toEqual([]);
    // libpq's require with a root CA file verifies the chain (as verify-ca): judged; without one it does not verify.
    const unverified = client.replace('verify-full', 'require');
    expect(proxyFindings(await scanned({ 'app/.env.production': unverified, 'certs/rds.pem': GLOBAL })).map((f) => f.file)).toEqual([
      'certs/rds.pem',
    ]);
    const noRoot = 'DATABASE_URL=postgresql://app@orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com:5432/app?sslmode=require\n';
    expect(proxyFindings(await scanned({ 'app/.env.production': noRoot, 'certs/rds.pem': GLOBAL }))).toEqual([]);
  });

  it('fails a private CA file a proxy client names that holds no RDS certificate and no Amazon root', async () => {
    const other = selfSignedCa('/O=Example/CN=Example Private Root');
    const client = 'PGHOST=orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com\nPGSSLROOTCERT=certs/ca.pem\n';
    const findings = proxyFindings(await scanned({ 'app/db.env': client, 'certs/ca.pem': other }));
    expect(findings.map((f) => f.file)).toEqual(['certs/ca.pem']);
  });

  it('says nothing when no client reaches a proxy, or when the repository gives its clients no RDS bundle (the system store)', async () => {
    expect(proxyFindings(await scanned({ 'certs/rds.pem': GLOBAL }))).toEqual([]);
    expect(proxyFindings(await scanned({ 'infra/rds.proxy.tf': fixture('kenerry-serain.rds.proxy.tf') }))).toEqual([]);
  });

  it('fails a live proxy in scope with an RDS-only bundle, naming the proxy, its host and account', async () => {
    const aws: AwsFacts = {
      via: 'default credential chain',
      account: '123456789012',
      failed: [],
      inspected: [
        {
          account: '123456789012',
          region: 'us-east-1',
          databases: [],
          engineVersions: {},
          skipped: [],
          proxies: [
            {
              account: '123456789012',
              region: 'us-east-1',
              proxy: 'orders',
              name: 'orders',
              host: 'orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com',
              engineFamily: 'POSTGRESQL',
              requireTls: true,
            },
          ],
        },
      ],
    };
    const facts = await scanned({ 'certs/rds.pem': GLOBAL }, aws);
    const [f] = proxyFindings(facts);
    expect(f).toMatchObject({ file: 'certs/rds.pem', account: '123456789012' });
    expect(f.message).toContain('proxy "orders" (orders.proxy-c1a2b3c4d5e6.us-east-1.rds.amazonaws.com) in 123456789012/us-east-1');
    expect(runRules(facts).filter((x) => x.rule === 'proxy-trust-missing')).toHaveLength(1);
  });
});

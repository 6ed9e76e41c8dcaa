import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { embeddedCatalog } from '../src/catalog/catalog.js';
import { scanRepository, type ScanOptions } from '../src/scan/scan-repository.js';
import { execFileSync } from 'node:child_process';
import { bundle, tempDir, truststoreOf, workspace } from './helpers/workspace.js';

const catalog = embeddedCatalog();
const options = (over: Partial<ScanOptions> = {}): ScanOptions => ({
  paths: ['**'],
  exclude: [],
  truststorePasswords: ['changeit'],
  maxFileBytes: 5 << 20,
  known: (s) => catalog.bySha256(s),
  ...over,
});

describe('scanRepository', () => {
  it("scans the files git tracks in a checkout: ignored and untracked files are not the repository's", async () => {
    const root = workspace(
      { '.gitignore': 'build/\n', 'certs/rds.pem': bundle('us-east-1-bundle.pem'), 'build/old.pem': bundle('rds-ca-2019-root.pem') },
      { git: true },
    );
    writeFileSync(join(root, 'untracked.pem'), bundle('rds-ca-2019-root.pem'));
    writeFileSync(join(root, 'certs/rds.pem'), bundle('rds-ca-2019-root.pem')); // a tracked file is read as it is in the working tree
    const facts = await scanRepository(root, options());
    expect(facts.listedBy).toBe('git');
    expect(facts.filesScanned).toBe(2);
    expect(facts.certificateFiles.map((f) => [f.path, f.certificates[0].cert.subjectCn])).toEqual([
      ['certs/rds.pem', 'Amazon RDS Root 2019 CA'],
    ]);
  });

  it('reads tracked binary truststores and links that git grep cannot see into', async () => {
    const root = workspace({
      'app/trust.jks': truststoreOf(bundle('us-east-1-bundle.pem'), 'JKS'),
      'real.pem': bundle('us-east-1-bundle.pem'),
    });
    symlinkSync('real.pem', join(root, 'alias.pem'));
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'add', '-A']);
    const facts = await scanRepository(root, options());
    expect(facts.certificateFiles.map((f) => [f.path, f.format])).toEqual([
      ['alias.pem', 'pem'],
      ['app/trust.jks', 'jks'],
      ['real.pem', 'pem'],
    ]);
  });

  it('walks a directory that is not a checkout', async () => {
    const root = workspace({ 'a/b/c.crt': bundle('us-east-1-bundle.pem'), 'notes.txt': 'hello' });
    const facts = await scanRepository(root, options());
    expect(facts).toMatchObject({ listedBy: 'walk', filesScanned: 2 });
    expect(facts.certificateFiles.map((f) => f.path)).toEqual(['a/b/c.crt']);
  });

  it('applies paths and exclude globs, and fails closed on a named path that is missing', async () => {
    const root = workspace({
      'app/ca.pem': bundle('us-east-1-bundle.pem'),
      'vendor/x.pem': bundle('rds-ca-2019-root.pem'),
      'test/fixture.pem': bundle('rds-ca-2019-root.pem'),
    });
    const facts = await scanRepository(root, options({ paths: ['**/*.pem', 'config/rds.pem'], exclude: ['vendor/**', 'test/**'] }));
    expect(facts.certificateFiles.map((f) => f.path)).toEqual(['app/ca.pem']);
    expect(facts.problems).toEqual([expect.objectContaining({ path: 'config/rds.pem', kind: 'not-found' })]);
  });

  it('never follows a link out of the workspace, and follows one inside it', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.pem'), bundle('us-east-1-bundle.pem'));
    const root = workspace({ 'real.pem': bundle('us-east-1-bundle.pem') });
    symlinkSync(join(outside, 'secret.pem'), join(root, 'escape.pem'));
    symlinkSync('real.pem', join(root, 'alias.pem'));
    symlinkSync(join(outside, 'notes.txt'), join(root, 'notes.txt'));
    writeFileSync(join(outside, 'notes.txt'), 'hello');
    const facts = await scanRepository(root, options());
    // A certificate-named link out is trust material not checked (an error); another is a warning.
    expect(facts.problems.map((p) => [p.path, p.kind])).toEqual([
      ['escape.pem', 'trust-unchecked'],
      ['notes.txt', 'link-outside'],
    ]);
    expect(facts.certificateFiles.map((f) => f.path).sort()).toEqual(['alias.pem', 'real.pem']);
  });

  it('skips files over the size cap with a problem naming the cap, marking those that look like trust material', async () => {
    const root = workspace({
      'big.pem': bundle('global-bundle.pem'),
      'big.txt': 'x'.repeat(3000),
      'embedded.txt': `${'x'.repeat(3000)}\n${bundle('rds-ca-2019-root.pem')}`,
    });
    const facts = await scanRepository(root, options({ maxFileBytes: 1000 }));
    expect(facts.problems.map((p) => [p.path, p.kind])).toEqual([
      ['big.pem', 'trust-unchecked'],
      ['big.txt', 'too-large'],
      ['embedded.txt', 'trust-unchecked'],
    ]);
    expect(facts.problems[0].reason).toContain('over the 1000-byte cap');
  });

  it('reports malformed and unreadable files with their reason', async () => {
    const root = workspace({ 'html.pem': '<html>403</html>', 'trunc.pem': bundle('rds-ca-2019-root.pem').slice(0, 500) });
    const facts = await scanRepository(root, options());
    const reasons = Object.fromEntries(facts.problems.map((p) => [p.path, p.reason]));
    expect(reasons['html.pem']).toMatch(/HTML page/);
    expect(reasons['trunc.pem']).toMatch(/load no certificate: .*has no END line \(truncated\)/);
  });

  it('collects IaC pins from Terraform, CloudFormation and CDK, resolving variables across files', async () => {
    const root = workspace({
      'tf/main.tf': 'resource "aws_db_instance" "db" {\n  ca_cert_identifier = var.ca\n}\n',
      'tf/variables.tf': 'variable "ca" {\n  default = "rds-ca-2019"\n}\n',
      'cfn/stack.yml': 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      CACertificateIdentifier: rds-ca-2019\n',
      'cdk/db.ts': "new rds.DatabaseInstance(this, 'Db', { caCertificate: rds.CaCertificate.RDS_CA_2019 });\n",
    });
    const facts = await scanRepository(root, options());
    expect(facts.pins.map((p) => [p.file, p.line, p.value])).toEqual([
      ['cdk/db.ts', 1, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['cfn/stack.yml', 5, { kind: 'literal', ca: 'rds-ca-2019' }],
      ['tf/variables.tf', 2, { kind: 'literal', ca: 'rds-ca-2019' }],
    ]);
    // The value is shown where it is written, with the resource it reaches.
    expect(facts.pins[2]).toMatchObject({ resource: 'aws_db_instance.db', declaredAt: { file: 'tf/main.tf', line: 1 } });
    expect(facts.declarations.map((d) => [d.file, d.resource])).toEqual([
      ['cdk/db.ts', "rds.DatabaseInstance 'Db'"],
      ['cfn/stack.yml', 'Db (AWS::RDS::DBInstance)'],
      ['tf/main.tf', 'aws_db_instance.db'],
    ]);
  });
});

describe('decoding each distinct content once', () => {
  it('still reads the same bytes by the rules of each name', async () => {
    const docs = '```\n-----BEGIN CERTIFICATE-----\n...\n-----END CERTIFICATE-----\n```\n';
    const root = workspace({ 'README.md': docs, 'broken.pem': docs }, { git: true });
    const facts = await scanRepository(root, options());
    expect(facts.problems.map((p) => p.path)).toEqual(['broken.pem']);
  });

  it('finds the marked files whatever their names hold (a leading dash, quotes, spaces, non-ASCII)', async () => {
    const names = ['-rf.yaml', "it's here.tf", 'naïve ca.txt', 'sub dir/"q".yaml'];
    const root = workspace(
      Object.fromEntries([
        ...names.map((n) => [n, `x: |\n  ${bundle('rds-ca-2019-root.pem').split('\n').join('\n  ')}\n`]),
        ['plain.txt', 'nothing here'],
      ]),
      { git: true },
    );
    const facts = await scanRepository(root, options());
    expect(facts.certificateFiles.map((f) => f.path).sort()).toEqual([...names].sort());
  });
});

import type { Finding } from '../src/model/finding.js';
/**
 * Issue 16: each AWS partition's RDS bundles. GovCloud's and China's are in the catalog, so a committed or
 * downloaded bundle of either is judged like a commercial one; the ISO partitions' are not, and the finding says so.
 */
import { findConnectionModes } from '../src/scan/ca-references.js';
import { findDownloads } from '../src/scan/downloads.js';
import { runRules } from '../src/rules/index.js';
import { regionNotInCatalog } from '../src/rules/region-not-in-catalog.js';
import { globalBundleUrl, globalBundleUrls, GLOBAL_BUNDLE_URL, refreshCatalogCommand, regionalBundleUrl } from '../src/catalog/urls.js';
import { Catalog } from '../src/catalog/catalog.js';
import { clientBundles } from '../src/trust/client-bundles.js';
import { rdsBundles } from '../src/trust/bundles.js';
import type { Facts } from '../src/model/facts.js';
import { factsFrom, type FactsOptions } from './helpers/facts.js';
import { bundle } from './helpers/workspace.js';
import { caReference, download, profileUse } from './helpers/builders.js';
import { bundleExpiredCertificates } from '../src/rules/bundle-expired-certificates.js';

const GOV = 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com/global/global-bundle.pem';
const CN = 'https://rds-truststore.s3.cn-north-1.amazonaws.com.cn';
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');

describe('bundle URLs per partition', () => {
  it.each([
    ['us-east-1', GLOBAL_BUNDLE_URL, 'https://truststore.pki.rds.amazonaws.com/us-east-1/us-east-1-bundle.pem'],
    ['us-gov-west-1', GOV, 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-gov-west-1/us-gov-west-1-bundle.pem'],
    ['us-gov-east-1', GOV, 'https://truststore.pki.us-gov-west-1.rds.amazonaws.com/us-gov-east-1/us-gov-east-1-bundle.pem'],
    ['cn-north-1', `${CN}/global/global-bundle.pem`, `${CN}/cn-north-1/cn-north-1-bundle.pem`],
    ['cn-northwest-1', `${CN}/global/global-bundle.pem`, `${CN}/cn-northwest-1/cn-northwest-1-bundle.pem`],
  ])('%s: global %s', (region, global, regional) => {
    expect(globalBundleUrl(region)).toBe(global);
    expect(regionalBundleUrl(region)).toBe(regional);
    expect(refreshCatalogCommand(region)).toBe(`npm run catalog -- ${global} && npm run build`);
  });

  it('knows no public bundle for the ISO partitions, and names one global bundle per partition in scope', () => {
    expect(globalBundleUrl('us-iso-east-1')).toBeUndefined();
    expect(regionalBundleUrl('us-isob-east-1')).toBeUndefined();
    expect(refreshCatalogCommand('us-iso-east-1')).toBe('npm run catalog -- <the aws-iso bundle file> && npm run build');
    expect(globalBundleUrls(['us-gov-west-1', 'eu-west-1', 'us-gov-east-1'])).toEqual([GLOBAL_BUNDLE_URL, GOV]);
    expect(globalBundleUrls([])).toEqual([GLOBAL_BUNDLE_URL]);
  });
});

describe('a committed GovCloud bundle', () => {
  const files = { 'certs/rds-ca.pem': bundle('us-gov-global-bundle.pem') };

  it('passes for us-gov-west-1 and us-gov-east-1', async () => {
    expect(errors(runRules(await factsFrom(files, { regions: ['us-gov-west-1', 'us-gov-east-1'] })))).toEqual([]);
  });

  it('fails for us-east-1, whose root it lacks, and points at the commercial bundle', async () => {
    const [missing] = errors(runRules(await factsFrom(files, { regions: ['us-east-1'] })));
    expect(missing).toMatchObject({ rule: 'bundle-missing-target-root', file: 'certs/rds-ca.pem' });
    expect(missing.message).toContain('us-east-1');
    expect(missing.remediation).toContain(GLOBAL_BUNDLE_URL);
    expect(missing.remediation).not.toContain(GOV);
  });

  it("asks for both partitions' bundles when the scope spans them", async () => {
    const [missing] = errors(runRules(await factsFrom(files, { regions: ['us-gov-west-1', 'eu-west-1'] })));
    expect(missing.rule).toBe('bundle-missing-target-root');
    expect(missing.remediation).toContain(GLOBAL_BUNDLE_URL);
    expect(missing.remediation).toContain(`add ${GOV} to what certs/rds-ca.pem holds`);
  });
});

describe('a Makefile that downloads the GovCloud bundle for a verify-full client', () => {
  const makefile = [
    'certs/rds.pem:',
    `\tcurl -fsSL -o certs/rds.pem ${GOV}`,
    '',
    'migrate: certs/rds.pem',
    '\tpsql "host=db.example.internal sslmode=verify-full sslrootcert=certs/rds.pem" -f migrate.sql',
    '',
  ].join('\n');
  const clients = () => ({ downloads: findDownloads('Makefile', makefile), connections: findConnectionModes('Makefile', makefile) });
  /** The facts as the check mode gathers them: downloads of AWS's bundles count as bundles. */
  const scanned = async (options: FactsOptions): Promise<Facts> => {
    const facts = await factsFrom({}, { ...options, clients: clients() });
    return { ...facts, bundles: rdsBundles(clientBundles(facts.repository, facts.catalog), facts.catalog) };
  };

  it('counts the download as AWS GovCloud bundle and passes for us-gov-west-1', async () => {
    expect(clients().downloads).toEqual([expect.objectContaining({ file: 'Makefile', line: 2, url: GOV })]);
    expect(clients().connections).toEqual([expect.objectContaining({ file: 'Makefile', line: 5, verifies: true })]);
    const facts = await scanned({ regions: ['us-gov-west-1'] });
    expect(facts.bundles).toEqual([
      expect.objectContaining({
        path: 'Makefile',
        origin: expect.objectContaining({ kind: 'download', describe: expect.stringContaining('GovCloud') }),
      }),
    ]);
    const findings = runRules(facts);
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => f.rule)).not.toContain('region-not-in-catalog');
    expect(findings.map((f) => f.rule)).not.toContain('download-not-judged');
  });

  it('fails it for us-east-1 and says to add the commercial bundle beside it', async () => {
    const findings = runRules(await scanned({ regions: ['us-gov-west-1', 'us-east-1'] }));
    const [missing] = errors(findings);
    expect(missing).toMatchObject({ rule: 'bundle-missing-target-root', file: 'Makefile', line: 2 });
    expect(missing.remediation).toContain(`add ${GLOBAL_BUNDLE_URL} to what Makefile holds`);
  });
});

describe('a committed China bundle', () => {
  const files = { 'certs/rds-ca.pem': bundle('cn-global-bundle.pem') };

  it('passes for cn-north-1 and cn-northwest-1', async () => {
    const findings = runRules(await factsFrom(files, { regions: ['cn-north-1', 'cn-northwest-1'] }));
    expect(errors(findings)).toEqual([]);
    expect(findings.map((f) => f.rule)).not.toContain('region-not-in-catalog');
  });

  it('fails for us-east-1, whose root it lacks, and points at the commercial bundle only', async () => {
    const [missing] = errors(runRules(await factsFrom(files, { regions: ['us-east-1'] })));
    expect(missing).toMatchObject({ rule: 'bundle-missing-target-root', file: 'certs/rds-ca.pem' });
    expect(missing.remediation).toContain(GLOBAL_BUNDLE_URL);
    expect(missing.remediation).not.toContain(CN);
  });

  it('asks for the China bundle beside the commercial one when the scope spans both partitions', async () => {
    const commercial = { 'certs/rds-ca.pem': bundle('global-bundle.pem') };
    const [missing] = errors(runRules(await factsFrom(commercial, { regions: ['eu-west-1', 'cn-northwest-1'] })));
    expect(missing.rule).toBe('bundle-missing-target-root');
    expect(missing.message).toContain('cn-northwest-1');
    expect(missing.remediation).toContain(`add ${CN}/global/global-bundle.pem to what certs/rds-ca.pem holds`);
  });
});

describe('region-not-in-catalog names the partition the catalog lacks', () => {
  it('China and GovCloud regions are in the catalog now', async () => {
    const regions = ['cn-north-1', 'cn-northwest-1', 'us-gov-west-1', 'us-gov-east-1'];
    expect(regionNotInCatalog.check(await factsFrom({}, { regions }))).toEqual([]);
  });

  it('a build without China roots: which partition, where AWS publishes its bundle, and the catalog command for it', async () => {
    const facts = await factsFrom({}, { regions: ['cn-north-1'] });
    const withoutChina = new Catalog(facts.catalog.entries.filter((e) => !e.region?.startsWith('cn-')));
    const [f] = regionNotInCatalog.check({ ...facts, catalog: withoutChina });
    expect(f.message).toBe(
      'The catalog has no rds-ca-rsa2048-g1 root for cn-north-1: this build holds no roots of the aws-cn (China) partition, whose bundles AWS publishes apart from the commercial ones, so bundles were not checked for it.',
    );
    expect(f.remediation).toBe(
      `Add the aws-cn (China) bundle to the catalog: \`npm run catalog -- ${CN}/global/global-bundle.pem && npm run build\` (the region's own bundle: ${CN}/cn-north-1/cn-north-1-bundle.pem), or remove cn-north-1 from \`regions\`.`,
    );
    expect(f.remediation).not.toContain(GLOBAL_BUNDLE_URL);
  });

  it('an ISO partition: its bundle is not on the internet', async () => {
    const [f] = regionNotInCatalog.check(await factsFrom({}, { regions: ['us-iso-east-1'] }));
    expect(f.message).toContain('us-iso-east-1 is in the aws-iso partition, whose RDS bundle AWS does not publish on the internet');
    expect(f.remediation).toContain('`npm run catalog -- <the aws-iso bundle file> && npm run build`');
  });
});

describe("another partition's bundle is said to be that, not an out-of-date bundle", () => {
  it.each([
    [
      'us-gov-global-bundle.pem',
      ['us-east-1', 'eu-west-1'],
      'aws-us-gov (AWS GovCloud (US))',
      'are in aws (commercial)',
      GLOBAL_BUNDLE_URL,
    ],
    ['cn-global-bundle.pem', ['us-east-1'], 'aws-cn (China)', 'is in aws (commercial)', GLOBAL_BUNDLE_URL],
    ['global-bundle.pem', ['us-gov-west-1', 'us-gov-east-1'], 'aws (commercial)', 'are in aws-us-gov (AWS GovCloud (US))', GOV],
  ])('%s in a scope of %j', async (file, regions, holds, scope, url) => {
    const [f] = errors(runRules(await factsFrom({ 'certs/rds-ca.pem': bundle(file) }, { regions })));
    expect(f).toMatchObject({ rule: 'bundle-missing-target-root', file: 'certs/rds-ca.pem' });
    expect(f.message).toContain(
      `It is AWS's bundle for the ${holds} partition, which holds no root of the regions in scope: ${regions.join(', ')} ${scope}, whose bundle is ${url}.`,
    );
    expect(f.message).not.toContain('added since it was made');
    expect(f.remediation).toContain(`curl -fsSLo certs/rds-ca.pem ${url}`);
  });

  it('names only the regions of the other partition when the scope spans both', async () => {
    const [f] = errors(
      runRules(await factsFrom({ 'certs/rds-ca.pem': bundle('us-gov-global-bundle.pem') }, { regions: ['us-gov-west-1', 'us-east-1'] })),
    );
    expect(f.message).toContain(
      `holds no root of the regions in scope: us-east-1 is in aws (commercial), whose bundle is ${GLOBAL_BUNDLE_URL}.`,
    );
    expect(f.message).not.toContain('us-gov-west-1 is in');
  });
});

describe('a GovCloud scope: every fix names the GovCloud bundle, none the commercial trust store', () => {
  const regions = ['us-gov-west-1', 'us-gov-east-1'];
  const legacy = 'https://s3.amazonaws.com/rds-downloads';

  it('over legacy downloads, a commercial download, an old committed bundle, a legacy-named setting and the mysql profile', async () => {
    const downloads = [
      download({ file: 'Dockerfile', line: 2, url: `${legacy}/rds-ca-2019-root.pem`, savedAs: '/etc/rds.pem' }),
      download({ file: 'scripts/ca.sh', line: 3, url: `${legacy}/rds-combined-ca-bundle.pem`, savedAs: '/tmp/rds.pem' }),
      download({ file: 'scripts/ca.sh', line: 4, url: `${legacy}/rds-ca-2019-us-east-1.pem`, savedAs: '/tmp/east.pem' }),
      download({ file: 'Makefile', line: 2, url: GLOBAL_BUNDLE_URL, savedAs: 'certs/rds.pem' }),
    ];
    const references = [caReference({ value: '/etc/ssl/certs/rds-ca-2019-root.pem' })];
    const profiles = [profileUse({ library: 'mysql' })];
    const facts = await factsFrom(
      { 'certs/old.pem': bundle('rds-ca-2019-root.pem') },
      { regions, clients: { downloads, references, profiles } },
    );
    const findings = runRules({
      ...facts,
      bundles: rdsBundles([...facts.repository.certificateFiles, ...clientBundles(facts.repository, facts.catalog)], facts.catalog),
    });
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ['bundle-expired-certificates', 'bundle-missing-target-root', 'client-ca-legacy-name'])
      expect(rules).toContain(rule);
    // The commercial trust store is named only as what the Makefile downloads, never as what to fetch.
    const commercial = (text: string) =>
      text.replace(`instead of ${GLOBAL_BUNDLE_URL}`, '').includes('https://truststore.pki.rds.amazonaws.com/');
    expect(findings.filter((f) => commercial(f.remediation))).toEqual([]);
    expect(findings.filter((f) => f.file !== 'Makefile' && commercial(f.message))).toEqual([]);
    expect(findings.find((f) => f.file === 'Makefile' && f.rule === 'bundle-missing-target-root')?.remediation).toContain(
      `In Makefile line 2, download ${GOV} instead of ${GLOBAL_BUNDLE_URL}.`,
    );
    const expired = findings.filter((f) => f.rule === 'bundle-expired-certificates');
    expect(expired.map((f) => f.file).sort()).toEqual(['Dockerfile', 'api/db.js', 'certs/old.pem', 'scripts/ca.sh', 'scripts/ca.sh']);
    for (const f of expired) expect(f.remediation).toContain(GOV);
    expect(expired.find((f) => f.file === 'Dockerfile')?.remediation).toBe(
      `In Dockerfile line 2, download ${GOV} instead of ${legacy}/rds-ca-2019-root.pem.`,
    );
  });

  it('a scope spanning partitions: the legacy download is replaced by the commercial bundle and the GovCloud bundle is added', async () => {
    const downloads = [download({ file: 'Dockerfile', line: 2, url: `${legacy}/rds-ca-2019-root.pem`, savedAs: '/etc/rds.pem' })];
    const facts = await factsFrom({}, { regions: ['us-east-1', 'us-gov-west-1'], clients: { downloads } });
    const [f] = bundleExpiredCertificates.check({
      ...facts,
      bundles: rdsBundles(clientBundles(facts.repository, facts.catalog), facts.catalog),
    });
    expect(f.remediation).toBe(
      `In Dockerfile line 2, download ${GLOBAL_BUNDLE_URL} instead of ${legacy}/rds-ca-2019-root.pem. Its regions span AWS partitions, each with its own roots: add ${GOV} to what Dockerfile holds.`,
    );
  });
});

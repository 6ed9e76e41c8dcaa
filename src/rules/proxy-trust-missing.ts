import { amazonTrustRootOf, AMAZON_ROOT_CA_1, holdsAmazonTrustRoot } from '../trust/amazon-trust.js';
import { bundleName } from '../trust/bundle-origin.js';
import type { RdsBundle } from '../trust/bundles.js';
import { firstLine } from '../model/bundle-coverage.js';
import type { Facts } from '../model/facts.js';
import { byCodePoint } from '../model/iac.js';
import type { Finding } from '../model/finding.js';
import { proxySites, type ProxySite } from '../model/proxy-sites.js';
import type { CertificateFile } from '../model/repository.js';
import type { Rule } from '../model/rule.js';
import { list } from '../base/text.js';
import { shellQuote } from '../base/shell-quote.js';

const RULE = 'proxy-trust-missing';
const URL = AMAZON_ROOT_CA_1.url;

/** Whether the trust holds an Amazon Trust Services root: by fingerprint, by key (a cross-signed copy), or fetched beside a download. */
function holdsRoot(path: string, fingerprints: ReadonlySet<string>, facts: Facts, download: boolean): boolean {
  if (holdsAmazonTrustRoot(fingerprints)) return true;
  const file = facts.repository.certificateFiles.find((f) => f.path === path && !f.origin);
  if (file?.certificates.some((c) => amazonTrustRootOf(c.cert)?.kind === 'genuine')) return true;
  // A build file that downloads AWS's bundle and an Amazon Trust Services root assembles both into the clients' trust.
  return (
    download &&
    facts.repository.clients.downloads.some(
      (d) => d.file === path && /^https?:\/\/www\.amazontrust\.com\/repository\/AmazonRootCA[1-4]\.(?:pem|cer)$/.test(d.url),
    )
  );
}

/** How to add the root where the trust's clients look. */
function fix(path: string, format: CertificateFile['format'], origin: RdsBundle['origin']): string {
  if (origin?.kind === 'download')
    return `In ${path}, after line ${origin.line}, append ${AMAZON_ROOT_CA_1.name} to the file the bundle is saved as${origin.savedAs ? ` (\`curl -fsSL ${URL} >> ${shellQuote(origin.savedAs)}\`)` : ''}.`;
  if (origin?.kind === 'profile')
    return `At ${path}:${origin.line}, pass \`ca:\` with AWS's global bundle followed by ${AMAZON_ROOT_CA_1.name} (${URL}) instead of \`ssl: 'Amazon RDS'\`.`;
  if (format === 'jks' || format === 'jceks' || format === 'pkcs12')
    return `Import ${AMAZON_ROOT_CA_1.name} into ${path}: download ${URL}, then \`keytool -importcert -noprompt -alias amazon-root-ca-1 -file AmazonRootCA1.pem -keystore ${shellQuote(path)}\`.`;
  return `Append ${AMAZON_ROOT_CA_1.name} to ${path}, keeping the RDS certificates for direct connections: \`curl -fsSL ${URL} >> ${shellQuote(path)}\`.`;
}

function finding(name: string, path: string, line: number | undefined, sites: readonly ProxySite[], remedy: string): Finding {
  const accounts = new Set(sites.map((s) => s.account));
  const [account] = accounts;
  return {
    rule: RULE,
    severity: 'error',
    file: path,
    ...(line !== undefined ? { line } : {}),
    resource: sites[0].label,
    ...(accounts.size === 1 && account ? { account } : {}),
    message:
      `${name} holds no Amazon Trust Services root, but its clients reach RDS Proxy: ${list(
        sites.map((s) => s.label),
        3,
      )}. ` +
      `A proxy presents an AWS Certificate Manager certificate chaining to Amazon Root CA 1–4, not to an RDS CA: clients that verify it with this trust fail every proxy connection.`,
    remediation: `${remedy} Or have the proxy's clients use the system trust store, which holds the Amazon roots.`,
  };
}

export const proxyTrustMissing: Rule = {
  id: RULE,
  severity: 'error',
  title: 'Clients reach an RDS Proxy with a bundle lacking the Amazon Trust Services roots',
  why: "RDS Proxy endpoints present an ACM certificate that chains to the Amazon Trust Services roots (Amazon Root CA 1–4), not to an RDS CA. A client that trusts only AWS's RDS bundle fails to verify every proxy connection.",
  remediation: `Append Amazon Root CA 1 (${URL}) to the bundle the proxy's clients use, keeping the RDS bundle for direct connections; or have those clients use the system trust store.`,
  check(facts) {
    const { repositoryWide, linked } = proxySites(facts);
    if (!repositoryWide.length && !linked.size) return [];
    const out: Finding[] = [];
    const judged = new Set<string>();
    for (const bundle of facts.bundles) {
      const sites = [...repositoryWide, ...(linked.get(bundle.path) ?? [])];
      judged.add(bundle.path);
      if (!sites.length || holdsRoot(bundle.path, bundle.fingerprints, facts, bundle.origin?.kind === 'download')) continue;
      const line = bundle.origin ? bundle.origin.line : firstLine(bundle);
      out.push(finding(bundleName(bundle), bundle.path, line, sites, fix(bundle.path, bundle.format, bundle.origin)));
    }
    // A file a proxy's client names that holds no RDS certificate at all (a private bundle): judged the same.
    for (const [path, sites] of [...linked].sort(([a], [b]) => byCodePoint(a, b))) {
      if (judged.has(path)) continue;
      const file = facts.repository.certificateFiles.find((f) => f.path === path && !f.documentation);
      if (!file || holdsRoot(path, new Set(file.certificates.map((c) => c.cert.sha256)), facts, false)) continue;
      out.push(finding(path, path, file.certificates[0]?.line, sites, fix(path, file.format, undefined)));
    }
    return out;
  },
};

import { amazonTrustRootOf, AMAZON_ROOT_CA_1, anchorsProxies } from '../trust/amazon-trust.js';
import { bundleName } from '../trust/bundle-origin.js';
import { proxyRootFix } from '../trust/proxy-root-fix.js';
import { firstLine } from '../model/bundle-coverage.js';
import type { Facts } from '../model/facts.js';
import { byCodePoint } from '../model/iac.js';
import type { Finding } from '../model/finding.js';
import { proxySites, trustKey, type ProxySite } from '../model/proxy-sites.js';
import type { CertificateFile, TrustOrigin } from '../model/repository.js';
import type { RootWrite } from '../model/proxies.js';
import type { Rule } from '../model/rule.js';
import { list } from '../base/text.js';

const RULE = 'proxy-trust-missing';
const URL = AMAZON_ROOT_CA_1.url;

const normal = (p: string): string => p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');

/**
 * Whether a build step's write of a root lands in this trust: a download's saved file (in its build file), or a committed
 * file. `loose` also counts a download concatenated with the root into another file (`cat rds.pem root1.pem > combined.pem`):
 * clients at large may use that file, but a client naming the download itself does not.
 */
function writesInto(w: RootWrite, path: string, origin: TrustOrigin | undefined, loose: boolean): boolean {
  if (origin?.kind === 'download')
    return (
      w.file === path &&
      origin.savedAs !== undefined &&
      [w.into, ...(loose ? (w.alongside ?? []) : [])].some((f) => normal(f) === normal(origin.savedAs!))
    );
  if (origin) return false;
  const into = normal(w.into);
  const dir = w.file.includes('/') ? w.file.slice(0, w.file.lastIndexOf('/') + 1) : '';
  return into === path || `${dir}${into}` === path || (into.startsWith('/') && into.endsWith(`/${path}`));
}

/** Whether a build step writes the self-signed Amazon Root CA 1 into this trust. */
const rootWritten = (facts: Facts, path: string, origin: TrustOrigin | undefined, loose = false): boolean =>
  (facts.repository.clients.rootWrites ?? []).some((w) => w.root === 1 && writesInto(w, path, origin, loose));

/** An RDS bundle a build step replaces with an Amazon root alone (`cat AmazonRootCA1.pem > certs/rds.pem`): it then holds no RDS root. */
function overwritten(facts: Facts, bundle: Facts['bundles'][number]): Finding | undefined {
  const { origin } = bundle;
  const w = (facts.repository.clients.rootWrites ?? []).find(
    (x) => x.overwrites && writesInto(x, bundle.path, origin, false) && (origin?.kind !== 'download' || x.line > origin.line),
  );
  if (!w) return undefined;
  return {
    rule: RULE,
    severity: 'error',
    file: bundle.path,
    ...(origin ? { line: origin.line } : firstLine(bundle) !== undefined ? { line: firstLine(bundle) } : {}),
    message:
      `${w.file}:${w.line} overwrites ${bundleName(bundle)} (\`${w.into}\`) with Amazon Root CA ${w.root} only: after the build it holds no RDS root, ` +
      'so clients of direct (non-proxy) connections that verify with it fail every database connection.',
    remediation: `Append the root instead (\`>> ${w.into}\`), or concatenate it with the RDS bundle (\`cat <RDS bundle> AmazonRootCA${w.root}.pem > ${w.into}\`), keeping the RDS certificates for direct connections.`,
  };
}

/** Why Amazon roots the file does hold do not count: roots 2–4 do not verify the proxy's chain; a cross-signed root 1 is no anchor. */
function heldInstead(file: CertificateFile | undefined): string {
  const held = (file?.certificates ?? []).flatMap((c) => {
    const k = amazonTrustRootOf(c.cert);
    return k?.kind === 'genuine' ? [k.root === AMAZON_ROOT_CA_1 ? `a cross-signed ${k.root.name} (another issuer)` : k.root.name] : [];
  });
  if (!held.length) return '';
  return ` It holds ${list([...new Set(held)], 3)}, which libpq and mysql clients cannot verify the proxy's RSA certificate with: they need the self-signed ${AMAZON_ROOT_CA_1.name}.`;
}

function finding(
  name: string,
  file: CertificateFile | undefined,
  path: string,
  line: number | undefined,
  sites: readonly ProxySite[],
  remedy: string,
): Finding {
  const accounts = new Set(sites.map((s) => s.account));
  const [account] = accounts;
  return {
    rule: RULE,
    severity: 'error',
    file: path,
    ...(line !== undefined ? { line } : {}),
    resource: sites[0].id,
    ...(accounts.size === 1 && account ? { account } : {}),
    message:
      `${name} does not hold ${AMAZON_ROOT_CA_1.name}, but its clients reach RDS Proxy: ${list(
        sites.map((s) => s.label),
        3,
      )}. ` +
      `A proxy presents an AWS Certificate Manager RSA certificate chaining to ${AMAZON_ROOT_CA_1.name}, not to an RDS CA: clients that verify it with this trust fail every proxy connection.` +
      heldInstead(file),
    remediation: `${remedy} Or have the proxy's clients use the system trust store, which holds the Amazon roots.`,
  };
}

export const proxyTrustMissing: Rule = {
  id: RULE,
  severity: 'error',
  title: 'Clients reach an RDS Proxy with a bundle lacking Amazon Root CA 1',
  why:
    'RDS Proxy endpoints present an RSA 2048 ACM certificate that chains to Amazon Root CA 1, not to an RDS CA; libpq and mysql clients need the self-signed root 1 ' +
    '(roots 2–4 or a cross-signed copy do not verify it). Judged: a trust file a proxy-naming client setting uses, and, where a proxy is declared in IaC or live, ' +
    "every RDS bundle except one whose every client setting names a database's own host; clients on the system store are not judged.",
  remediation: `Add Amazon Root CA 1 (${URL}) to the bundle the proxy's clients use, keeping the RDS bundle for direct connections; or have those clients use the system trust store.`,
  check(facts) {
    const out: Finding[] = facts.bundles.flatMap((b) => overwritten(facts, b) ?? []);
    const { repositoryWide, linked, directOnly } = proxySites(facts);
    if (!repositoryWide.length && !linked.size) return out;
    const judged = new Set<string>();
    const committed = (path: string) => facts.repository.certificateFiles.find((f) => f.path === path && !f.origin && !f.documentation);
    for (const bundle of facts.bundles) {
      const key = trustKey(bundle.path, bundle.origin?.kind === 'download' ? bundle.origin.line : undefined);
      judged.add(key);
      if (anchorsProxies(bundle.fingerprints) || rootWritten(facts, bundle.path, bundle.origin)) continue;
      // A client naming this bundle uses it, not a file it is concatenated into with root 1; clients at large may use that.
      const wide = directOnly.has(key) || rootWritten(facts, bundle.path, bundle.origin, true) ? [] : repositoryWide;
      const sites = [...wide, ...(linked.get(key) ?? [])];
      if (!sites.length) continue;
      const file = bundle.origin ? undefined : committed(bundle.path);
      const line = bundle.origin ? bundle.origin.line : firstLine(bundle);
      const remedy = proxyRootFix({ ...bundle, binary: file?.certificates[0]?.line === undefined, keys: file?.mounts });
      out.push(finding(bundleName(bundle), file, bundle.path, line, sites, remedy));
    }
    // A file a proxy's client names that holds no RDS certificate at all (a private bundle): judged the same.
    for (const [path, sites] of [...linked].sort(([a], [b]) => byCodePoint(a, b))) {
      const file = committed(path);
      if (judged.has(path) || !file) continue;
      if (anchorsProxies(new Set(file.certificates.map((c) => c.cert.sha256))) || rootWritten(facts, path, undefined)) continue;
      const remedy = proxyRootFix({ ...file, binary: file.certificates[0]?.line === undefined, keys: file.mounts });
      out.push(finding(path, file, path, file.certificates[0]?.line, sites, remedy));
    }
    return out;
  },
};

/**
 * One picture per client: each place a client gets its trust (a committed file, a download, a
 * CA setting, a library's profile), what it resolves to, and the verdict on it. Pure: facts and
 * findings in, rows out, in a stable order (file, line).
 */
import { classifyBundleUrl } from '../trust/published-bundles.js';
import { type Finding, type Severity, SEVERITY_ORDER } from '../model/finding.js';
import type { Facts } from '../model/facts.js';
import { byCodePoint } from '../model/iac.js';

export interface ClientTrust {
  kind: 'file' | 'download' | 'setting' | 'profile';
  file: string;
  line?: number;
  /** What the client is given: a bundle, a URL, a setting's value, a profile. */
  given: string;
  /** What that resolves to. */
  resolvesTo: string;
  /** The worst finding at that place, `ok`, or `not checked`. */
  verdict: Severity | 'ok' | 'not checked';
}

function worstAt(findings: readonly Finding[], file: string, line?: number): Severity | 'ok' {
  const here = findings.filter((f) => f.file === file && (line === undefined || f.line === undefined || f.line === line));
  return SEVERITY_ORDER.find((s) => here.some((f) => f.severity === s)) ?? 'ok';
}

export function clientTrust(facts: Facts, findings: readonly Finding[]): ClientTrust[] {
  const rows: ClientTrust[] = [];
  for (const b of facts.bundles) {
    const o = b.origin;
    if (!o)
      rows.push({
        kind: 'file',
        file: b.path,
        given: `${b.format} file`,
        resolvesTo: `${b.certificates.length} RDS certificate(s), serving ${b.serves === 'all' ? 'every region' : b.serves}`,
        verdict: worstAt(findings, b.path),
      });
  }
  for (const d of facts.repository.clients.downloads) {
    const published = classifyBundleUrl(d.url);
    const judged = published.kind === 'aws';
    rows.push({
      kind: 'download',
      file: d.file,
      line: d.line,
      given: `${d.url}${d.savedAs ? ` → ${d.savedAs}` : ''}`,
      resolvesTo: published.kind === 'other' ? 'a file from outside AWS' : published.describe,
      verdict: judged ? worstAt(findings, d.file, d.line) : 'not checked',
    });
  }
  for (const r of facts.repository.clients.references) {
    const to = r.resolvesTo;
    const resolvesTo =
      to.kind === 'file'
        ? to.path
        : to.kind === 'download'
          ? `the download at ${to.file}:${to.line}`
          : to.kind === 'unresolved'
            ? 'a value set at run time'
            : 'nothing in the repository';
    const verdict =
      to.kind === 'file' ? worstAt(findings, to.path) : to.kind === 'download' ? worstAt(findings, to.file, to.line) : 'not checked';
    rows.push({ kind: 'setting', file: r.file, line: r.line, given: `${r.setting} ${r.value}`, resolvesTo, verdict });
  }
  for (const p of facts.repository.clients.profiles) {
    const bundle = facts.bundles.find((b) => b.origin?.kind === 'profile' && b.path === p.file && b.origin.line === p.line);
    rows.push({
      kind: 'profile',
      file: p.file,
      line: p.line,
      given: `${p.library ?? 'unknown library'}: ssl 'Amazon RDS'`,
      resolvesTo: bundle?.origin?.describe ?? 'a list not known here',
      verdict: bundle ? worstAt(findings, p.file, p.line) : 'not checked',
    });
  }
  return rows.sort((a, b) => byCodePoint(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || byCodePoint(a.kind, b.kind));
}

import { type Finding, SEVERITY_ORDER } from '../model/finding.js';
/**
 * The one order of findings every output shares, so the same facts give the same bytes:
 * severity, rule (registry order), file, line, account, region, resource, then the message.
 */

/** Account and region of an ARN (`arn:aws:rds:<region>:<account>:db:<id>`), else empty. */
function arnParts(resource: string | undefined): { account: string; region: string } {
  const m = /^arn:[^:]+:[^:]+:([^:]*):([^:]*):/.exec(resource ?? '');
  return m ? { region: m[1], account: m[2] } : { account: '', region: '' };
}

/** Code-unit order, the same in every locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function orderFindings(findings: readonly Finding[], ruleOrder: readonly string[]): Finding[] {
  const rank = new Map(ruleOrder.map((id, i) => [id, i]));
  const keyed = findings.map((f) => {
    const arn = arnParts(f.resource);
    return { f, arn: { ...arn, account: f.account ?? arn.account } };
  });
  keyed.sort(
    (a, b) =>
      SEVERITY_ORDER.indexOf(a.f.severity) - SEVERITY_ORDER.indexOf(b.f.severity) ||
      (rank.get(a.f.rule) ?? Infinity) - (rank.get(b.f.rule) ?? Infinity) ||
      byText(a.f.rule, b.f.rule) ||
      byText(a.f.file ?? '', b.f.file ?? '') ||
      (a.f.line ?? 0) - (b.f.line ?? 0) ||
      byText(a.arn.account, b.arn.account) ||
      byText(a.arn.region, b.arn.region) ||
      byText(a.f.resource ?? '', b.f.resource ?? '') ||
      byText(a.f.message, b.f.message),
  );
  return keyed.map((k) => k.f);
}

/** A list inside a message, in a stable order (and without repeats). */
export function sortedList(items: Iterable<string>): string[] {
  return [...new Set(items)].sort(byText);
}

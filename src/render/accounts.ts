/**
 * What the outputs add in a multi-account run (the accounts input, or an aggregate of several
 * accounts): the hub and the member accounts in the summary's AWS line, the accounts not
 * inspected, an Account column in the tables, and the account of a finding wherever its message
 * is read without a table around it. A single-account run shows none of it.
 */
import type { AwsFacts } from '../model/fleet.js';
import type { Finding } from '../model/finding.js';
import { cell, code, plural, proseCell, table } from './markdown.js';

/** A finding's message prefixed with its account (`account 222222222222: …`), unless it names it already. */
export function messageWithAccount(f: Finding, multiAccount: boolean): string {
  return multiAccount && f.account && !f.message.includes(f.account) ? `account ${f.account}: ${f.message}` : f.message;
}

/** The Account column of a table, in a multi-account run only: its header, or a row's cell. */
export function accountColumn(multiAccount: boolean, value: string): string[] {
  return multiAccount ? [value] : [];
}

/** The summary's AWS line: the hub identity, the member accounts inspected and not, then databases and regions. */
export function accountsLine(aws: AwsFacts, databases: number): string {
  const hub = aws.account ? `AWS hub account ${cell(aws.account)} as ${code(aws.principal ?? '?')} (${aws.via})` : 'AWS';
  const missed = (aws.members ?? []).filter((m) => m.notInspected).length;
  const reached = aws.members ? aws.members.length - missed : new Set(aws.inspected.map((i) => i.account)).size;
  const regions = new Set(aws.inspected.map((i) => i.region)).size;
  const failed = aws.failed.length ? `, **${plural(aws.failed.length, 'account region')} not inspected**` : '';
  return (
    `${hub}: ${plural(reached, aws.members ? 'member account' : 'account')} inspected${missed ? `, **${missed} not inspected**` : ''}; ` +
    `${plural(databases, 'database')} in ${plural(regions, 'region')}${failed}`
  );
}

/** The member accounts not inspected: account, role tried, why. */
export function accountsNotInspectedTable(aws: AwsFacts | undefined): string[] {
  const missed = (aws?.members ?? []).filter((m) => m.notInspected);
  if (!missed.length) return [];
  return [
    `### ❌ Accounts not inspected (${missed.length})`,
    '',
    ...table(
      ['Account', 'Role tried', 'Why'],
      missed.map((m) => [cell(m.account), code(m.role), proseCell(m.notInspected!.reason)]),
    ),
    '',
  ];
}

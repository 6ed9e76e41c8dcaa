/** What decides a CA in Terraform: the resources' CA arguments, the databases they declare, CA-named arguments and database modules. */
import type { PlannedCa } from '../../../model/plan.js';
import type { Attr, Expr } from './syntax-model.js';

/** The resource types whose argument decides a CA (also what a plan's planned CA is read from): the argument, and what it sets. */
export const RESOURCE_ATTRIBUTES: Record<string, { attribute: string; absentMatters: boolean; kind: PlannedCa['kind'] }> = {
  aws_db_instance: { attribute: 'ca_cert_identifier', absentMatters: true, kind: 'instance' },
  aws_rds_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true, kind: 'instance' },
  aws_docdb_cluster_instance: { attribute: 'ca_cert_identifier', absentMatters: true, kind: 'instance' },
  aws_rds_cluster: { attribute: 'ca_certificate_identifier', absentMatters: false, kind: 'cluster' },
  aws_rds_certificate: { attribute: 'certificate_identifier', absentMatters: false, kind: 'account' },
};

export const DECLARED: Record<string, { kind: 'instance' | 'cluster'; identifier: string; attribute: string }> = {
  aws_db_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
  aws_rds_cluster_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
  aws_docdb_cluster_instance: { kind: 'instance', identifier: 'identifier', attribute: 'ca_cert_identifier' },
  aws_rds_cluster: { kind: 'cluster', identifier: 'cluster_identifier', attribute: 'ca_certificate_identifier' },
  aws_docdb_cluster: { kind: 'cluster', identifier: 'cluster_identifier', attribute: 'ca_cert_identifier' },
};

/** Names that carry a CA into a module, a tfvars file or Terragrunt inputs: `ca_cert_identifier`, `db_ca_cert_identifier`, `ca_certificate_identifier`. */
export const CA_NAME = /(?:^|_)ca_cert(?:ificate)?_identifier$/;
/** A module source for a database that has a CA (not its proxy, parameter, option or subnet groups). */
const DATABASE_SOURCE = /(?:^|[/_-])(?:rds|aurora|docdb|documentdb)(?:$|[/_?-])/i;
const NOT_A_DATABASE = /proxy|parameter|option-group|option_group|subnet|snapshot|event|monitoring/i;

/** Whether a module source is a database that has a CA. */
export function isDatabaseSource(source: string): boolean {
  return DATABASE_SOURCE.test(source) && !NOT_A_DATABASE.test(source);
}

/** CA-named entries of object literals inside an argument (`instances = { a = { ca_cert_identifier = … } }`). */
export function nestedCaEntries(e: Expr, file: string): Attr[] {
  if (e.k === 'object') {
    return e.entries.flatMap((entry) =>
      entry.key && CA_NAME.test(entry.key)
        ? [{ name: entry.key, file, line: entry.line, value: entry.value }]
        : nestedCaEntries(entry.value, file),
    );
  }
  if (e.k === 'tuple') return e.items.flatMap((item) => nestedCaEntries(item, file));
  return [];
}

/**
 * The generic catch of the document reader: in any document, a CA property (one of
 * CA_PROPERTY_NAMES) set to an RDS CA id where no tool's reader already judged it (Helm values
 * feeding a chart, group_vars, a nested stack's Parameters, an API call's input). Observed state
 * and saved API output describe databases; they decide nothing and are left alone.
 */
import { basename } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import { CA_PROPERTY_NAMES, type CaPin, type IacTool } from '../../model/iac.js';
import { entries, get, items, lineAt, str, type Source } from './yaml-tree.js';

/** An RDS CA id: `rds-ca-2019`, `rds-ca-rsa2048-g1`, `rds-ca-ecc384-g1`. */
const RDS_CA = /^rds-ca-[a-z0-9][a-z0-9-]*$/;
/** Observed state, not settings: Kubernetes status, Crossplane atProvider, saved `aws rds describe-*` output. */
const OBSERVED_KEYS = new Set([
  'status',
  'atProvider',
  'DBInstances',
  'DBClusters',
  'PendingModifiedValues',
  'Certificates',
  'PendingMaintenanceActions',
  'ResourcePendingMaintenanceActions',
  'DBInstanceAutomatedBackups',
  'DBSnapshots',
  'DBClusterSnapshots',
]);
/** A mapping holding one of these is an API response's description of a database (what it is, not what to make it). */
const API_OUTPUT_KEYS = [
  'DBInstanceArn',
  'DBClusterArn',
  'DbiResourceId',
  'DbClusterResourceId',
  'DBInstanceStatus',
  'Endpoint',
  'PendingModifiedValues',
  'CertificateDetails',
  'InstanceCreateTime',
  'ClusterCreateTime',
];
/** Response wrappers: `{"DBInstance": {…}}` from create/modify/reboot calls (a CloudFormation resource of that name has a Type). */
const RESPONSE_WRAPPERS = new Set(['DBInstance', 'DBCluster']);
/** What names the database in an API call's input (`--cli-input-json`, `--generate-cli-skeleton input`). */
const API_INPUT_IDENTIFIERS = ['DBInstanceIdentifier', 'DBClusterIdentifier'];

/**
 * Terraform's JSON output: a state (`terraform.tfstate`, `terraform show -json` of a state) or
 * a saved plan (`terraform show -json plan`). Both describe databases, neither decides a CA
 * (a plan is judged by the terraform-plan input, the code that made it by the Terraform reader).
 */
function isTerraformOutput(root: unknown): boolean {
  if (!isMap(root)) return false;
  if (get(root, 'terraform_version') !== undefined) return true;
  return (
    get(root, 'format_version') !== undefined &&
    ['planned_values', 'values', 'resource_changes', 'prior_state', 'resource_drift'].some((k) => get(root, k) !== undefined)
  );
}

/** Which tool's naming a CA property follows, for the fix's syntax. */
function toolOfKey(key: string): IacTool {
  if (key === 'CACertificateIdentifier' || key === 'CaCertificateIdentifier') return 'cloudformation';
  if (key === 'ca_certificate_identifier') return 'ansible';
  if (key === 'ca_cert_identifier') return 'terraform';
  if (key === 'CaCertIdentifier') return 'pulumi';
  return 'crossplane';
}

/**
 * A CA property (one of CA_PROPERTY_NAMES, exactly) set to a plain scalar that is an RDS CA id,
 * anywhere a tool's reader did not already judge it: Helm values feeding a chart, group_vars,
 * a nested stack's Parameters. Other keys, other values, templated values, observed state and
 * saved API output are left alone, so ordinary configuration does not become noise.
 */
export function genericPins(src: Source, root: unknown, prefix: string[] = []): CaPin[] {
  const pins: CaPin[] = [];
  const names = new Set<string>(CA_PROPERTY_NAMES);
  if (isTerraformOutput(root)) return pins;
  const walk = (node: unknown, path: string[]): void => {
    if (isSeq(node)) items(node).forEach((item, i) => walk(item, [...path.slice(0, -1), `${path.at(-1) ?? ''}[${i}]`]));
    if (!isMap(node)) return;
    const pairs = entries(node);
    if (pairs.some(([k]) => API_OUTPUT_KEYS.includes(k))) return;
    // An API call's input (`aws rds modify-db-instance --cli-input-json file://…`): the call's CA.
    const input =
      node === root && !prefix.length
        ? API_INPUT_IDENTIFIERS.map((k) => [k, str(get(node, k))] as const).find(([, v]) => v !== undefined)
        : undefined;
    for (const [key, pair] of pairs) {
      if (OBSERVED_KEYS.has(key)) continue;
      const value = pair.value;
      if (RESPONSE_WRAPPERS.has(key) && isMap(value) && get(value, 'Type') === undefined && get(value, 'Properties') === undefined)
        continue;
      if (
        names.has(key) &&
        isScalar(value) &&
        !value.tag &&
        typeof value.value === 'string' &&
        RDS_CA.test(value.value) &&
        !src.seen.has(value)
      ) {
        src.seen.add(value);
        pins.push({
          file: src.file,
          line: lineAt(src, value),
          resource: input
            ? `API input for ${input[0]} ${input[1]} (--cli-input-${src.syntax})`
            : path.length
              ? path.join('.')
              : basename(src.file),
          attribute: key,
          tool: input ? 'aws-cli' : toolOfKey(key),
          syntax: src.syntax,
          value: { kind: 'literal', ca: value.value },
        });
      } else walk(value, [...path, key]);
    }
  };
  walk(root, prefix);
  return pins;
}

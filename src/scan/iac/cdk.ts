/**
 * AWS CDK's database constructs, in every CDK language: which calls declare a database, which
 * property carries its CA, and what CDK's `CaCertificate` constants stand for. The reading
 * itself (trees, values, constants) is code.ts's.
 */
import type { Call, CodeSyntax } from './code/model.js';
import type { Declaration } from '../../model/iac.js';

/** What a construct call means for the CA: read by code.ts for CDK and Pulumi alike. */
export interface ConstructSpec {
  tool: 'cdk' | 'pulumi';
  kind: Declaration['kind'];
  /** The CA property, in camelCase (each language spells it its own way). */
  caProperty: string;
  /** The property that names the database, in camelCase. */
  identifierProperty: string;
  /** Whether leaving the CA out matters: an instance gets the region's default; an Aurora cluster has no CA of its own. */
  absentMatters: boolean;
  /** Positional index of the construct id (or Pulumi resource name). */
  idIndex: number;
  /** Positional index of the properties (Python: keywords besides). */
  propsIndex: number;
  /** The construct is the child of its cluster (its logical id starts with the cluster's id). */
  clusterMember?: boolean;
}

/** CDK's constant names, including the deprecated misspelling `RDS_CA_RDS2048_G1`. */
export function caOfConstant(constant: string): string {
  return constant
    .toLowerCase()
    .replaceAll('_', '-')
    .replace(/^rds-ca-rds(\d)/, 'rds-ca-rsa$1');
}

/** Module names of other clouds' providers (Pulumi, CDKTF) whose classes share CDK's names. */
const OTHER_CLOUDS =
  /^(?:gcp|pulumi_gcp|google|sql|sqladmin|azure|azurerm|azure_native|pulumi_azure|pulumi_azure_native|digitalocean|mongodbatlas)$/i;

const INSTANCE = { kind: 'instance', caProperty: 'caCertificate', identifierProperty: 'instanceIdentifier', absentMatters: true } as const;
const CLUSTER = { kind: 'cluster', caProperty: 'caCertificate', identifierProperty: 'clusterIdentifier', absentMatters: false } as const;

const CDK_CLASSES: Record<string, Pick<ConstructSpec, 'kind' | 'caProperty' | 'identifierProperty' | 'absentMatters'> | undefined> = {
  CfnDBInstance: {
    kind: 'instance',
    caProperty: 'caCertificateIdentifier',
    identifierProperty: 'dbInstanceIdentifier',
    absentMatters: true,
  },
  // Multi-AZ DB clusters take a CA; Aurora clusters do not (their instances do).
  CfnDBCluster: { kind: 'cluster', caProperty: 'caCertificateIdentifier', identifierProperty: 'dbClusterIdentifier', absentMatters: false },
  DatabaseInstance: INSTANCE,
  DatabaseInstanceFromSnapshot: INSTANCE,
  DatabaseInstanceReadReplica: INSTANCE,
  DatabaseCluster: CLUSTER,
  DatabaseClusterFromSnapshot: CLUSTER,
};

/** `provisioned`, `serverless_v2`, `Provisioned`, `ServerlessV2`: one spelling to compare. */
function plain(name: string): string {
  return name.replaceAll('_', '').toLowerCase();
}

export function cdkSpec(call: Call): ConstructSpec | undefined {
  const [method, cls] = [call.path.at(-1) ?? '', call.path.at(-2) ?? ''];
  if (!call.isNew && cls === 'ClusterInstance' && ['provisioned', 'serverlessv2'].includes(plain(method))) {
    return { tool: 'cdk', ...INSTANCE, idIndex: 0, propsIndex: 1, clusterMember: true };
  }
  if (!call.isNew) return undefined;
  const base = Object.hasOwn(CDK_CLASSES, method) ? CDK_CLASSES[method] : undefined;
  if (!base) return undefined;
  // Other clouds name their databases alike: `gcp.sql.DatabaseInstance` is Cloud SQL, not RDS.
  if (call.path.slice(0, -1).some((s) => OTHER_CLOUDS.test(s))) return undefined;
  const docdb = call.path.slice(0, -1).some((s) => /docdb/i.test(s));
  if (docdb && method === 'CfnDBCluster') return undefined; // DocumentDB clusters carry no CA
  // DocumentDB's L2 cluster sets the CA of the instances it creates, and names itself dbClusterName.
  if (docdb && method === 'DatabaseCluster')
    return { tool: 'cdk', ...CLUSTER, identifierProperty: 'dbClusterName', absentMatters: true, idIndex: 1, propsIndex: 2 };
  return { tool: 'cdk', ...base, idIndex: 1, propsIndex: 2 };
}

/** A property name as a language spells it: `caCertificateIdentifier`, `ca_certificate_identifier`, `CaCertificateIdentifier`. */
export function spell(camel: string, syntax: CodeSyntax): string {
  if (syntax === 'python') return camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  if (syntax === 'c-sharp' || syntax === 'go') return camel[0].toUpperCase() + camel.slice(1);
  return camel;
}

/** Whether a property as written is the camelCase one, in any spelling. */
export function sameProperty(written: string, camel: string): boolean {
  return written.replaceAll('_', '').toLowerCase() === camel.toLowerCase();
}

/**
 * Pulumi's AWS database resources (TypeScript/JavaScript, Python, Go): `aws.rds.Instance`,
 * `aws.rds.ClusterInstance` and `aws.docdb.ClusterInstance` take `caCertIdentifier`,
 * `aws.rds.Cluster` (Multi-AZ DB clusters) `caCertificateIdentifier`. Pulumi YAML programs are
 * read elsewhere.
 */
import type { ConstructSpec } from './cdk.js';
import type { Call, CodeSyntax } from './code/model.js';

const INSTANCE = { kind: 'instance', caProperty: 'caCertIdentifier', identifierProperty: 'identifier', absentMatters: true } as const;

const RESOURCES: Record<
  string,
  Record<string, Pick<ConstructSpec, 'kind' | 'caProperty' | 'identifierProperty' | 'absentMatters'>> | undefined
> = {
  rds: {
    Instance: INSTANCE,
    ClusterInstance: INSTANCE,
    Cluster: { kind: 'cluster', caProperty: 'caCertificateIdentifier', identifierProperty: 'clusterIdentifier', absentMatters: false },
  },
  docdb: { ClusterInstance: INSTANCE },
};

/** `new aws.rds.Instance("db", {…})`, `aws.rds.Instance("db", …)`, `rds.NewInstance(ctx, "db", &rds.InstanceArgs{…})`. */
export function pulumiSpec(call: Call, syntax: CodeSyntax): ConstructSpec | undefined {
  if (!call.isNew || call.path.length < 2) return undefined;
  const [namespace, name] = [call.path.at(-2)!, call.path.at(-1)!];
  const resources = Object.hasOwn(RESOURCES, namespace) ? RESOURCES[namespace] : undefined;
  const base = resources && Object.hasOwn(resources, name) ? resources[name] : undefined;
  if (!base) return undefined;
  return { tool: 'pulumi', ...base, idIndex: syntax === 'go' ? 1 : 0, propsIndex: syntax === 'go' ? 2 : 1 };
}

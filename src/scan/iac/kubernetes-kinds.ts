/**
 * The Kubernetes kinds that manage RDS databases, by API group: Crossplane's Upbound provider
 * (v1 and v2's namespaced resources), the community provider, and the AWS Controllers for
 * Kubernetes; where each keeps its CA attribute, and Crossplane Compositions that compose them.
 */
import type { IacTool } from '../../model/iac.js';
import { get, str } from './yaml-tree.js';

export interface Kind {
  tool: Extract<IacTool, 'crossplane' | 'ack'>;
  /** Where the attributes sit under `spec`. */
  blocks: string[][];
  attribute: string;
  kind: 'instance' | 'cluster';
  absentMatters: boolean;
  /** ACK: the spec field that names the database. */
  identifier?: string;
}

const FOR_PROVIDER = [['forProvider'], ['initProvider']];
const UPBOUND: Record<string, Kind> = {
  Instance: { tool: 'crossplane', blocks: FOR_PROVIDER, attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true },
  ClusterInstance: { tool: 'crossplane', blocks: FOR_PROVIDER, attribute: 'caCertIdentifier', kind: 'instance', absentMatters: true },
  Cluster: { tool: 'crossplane', blocks: FOR_PROVIDER, attribute: 'caCertificateIdentifier', kind: 'cluster', absentMatters: false },
};
const GROUPS: Record<string, Record<string, Kind>> = {
  'rds.aws.upbound.io': UPBOUND,
  // provider-aws v2: namespaced managed resources.
  'rds.aws.m.upbound.io': UPBOUND,
  'database.aws.crossplane.io': {
    RDSInstance: {
      tool: 'crossplane',
      blocks: [['forProvider']],
      attribute: 'caCertificateIdentifier',
      kind: 'instance',
      absentMatters: true,
    },
  },
  'rds.aws.crossplane.io': {
    DBInstance: {
      tool: 'crossplane',
      blocks: [['forProvider']],
      attribute: 'caCertificateIdentifier',
      kind: 'instance',
      absentMatters: true,
    },
    DBCluster: {
      tool: 'crossplane',
      blocks: [['forProvider']],
      attribute: 'caCertificateIdentifier',
      kind: 'cluster',
      absentMatters: false,
    },
  },
  'rds.services.k8s.aws': {
    DBInstance: {
      tool: 'ack',
      blocks: [[]],
      attribute: 'caCertificateIdentifier',
      kind: 'instance',
      absentMatters: true,
      identifier: 'dbInstanceIdentifier',
    },
    DBCluster: {
      tool: 'ack',
      blocks: [[]],
      attribute: 'caCertificateIdentifier',
      kind: 'cluster',
      absentMatters: false,
      identifier: 'dbClusterIdentifier',
    },
  },
};

export function kindOf(object: unknown): Kind | undefined {
  const apiVersion = str(get(object, 'apiVersion'));
  const kind = str(get(object, 'kind'));
  if (!apiVersion || !kind) return undefined;
  return GROUPS[apiVersion.split('/')[0]]?.[kind];
}

export function isComposition(object: unknown): boolean {
  return str(get(object, 'apiVersion'))?.startsWith('apiextensions.crossplane.io/') === true && str(get(object, 'kind')) === 'Composition';
}

/** Whether a document is one this reader judges (the generic catch leaves it alone). */
export function isKubernetesRds(root: unknown): boolean {
  return kindOf(root) !== undefined || isComposition(root);
}

/** The tool that manages resources of an API group (a Kustomize patch's target). */
export function toolOfGroup(group: string | undefined, kind: string | undefined): Kind['tool'] | undefined {
  const kinds = group === undefined ? undefined : GROUPS[group];
  if (kinds) return (kind && kinds[kind]?.tool) || Object.values(kinds)[0].tool;
  const tools = new Set(Object.values(GROUPS).flatMap((k) => (kind && k[kind] ? [k[kind].tool] : [])));
  return tools.size === 1 ? [...tools][0] : undefined;
}

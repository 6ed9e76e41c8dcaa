/** The fixed strings that make a file worth reading: every file the scan must read contains one of them. */
import { BASE64_PEM_START } from '../certs/document-values.js';
import { CLIENT_MARKERS } from './clients.js';

/**
 * Text that trust material contains: PEM armour, or its base64 (Helm values), and the manifests
 * that mount files from base64 (a Secret's `data`, a ConfigMap's `binaryData`: a truststore there
 * holds neither).
 */
export const TRUST_MARKERS = ['-----BEGIN ', BASE64_PEM_START, 'kind: Secret', 'binaryData'];

/** Text that IaC which sets (or leaves unset) a database's CA mentions. */
export const IAC_MARKERS = [
  // Terraform, Terragrunt, Ansible, the AWS CLI (ca_cert covers ca_cert_identifier and ca_certificate_identifier)
  'ca_cert',
  'certificate_identifier',
  'ca-certificate-identifier',
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_docdb_cluster',
  'aws_db_proxy',
  'terraform-aws-modules/rds',
  'rds_instance',
  // CloudFormation, SAM, Serverless, CDK (L1 and L2)
  'CACertificateIdentifier',
  'AWS::RDS::',
  'AWS::DocDB::',
  'CaCertificate',
  'caCertificateIdentifier',
  'CfnDB',
  'DatabaseInstance',
  'DatabaseCluster',
  'DatabaseProxy',
  'addProxy',
  // Pulumi, Crossplane, AWS Controllers for Kubernetes
  'caCertIdentifier',
  'CaCertIdentifier',
  'aws:rds:',
  'rds.Instance',
  'rds.NewInstance',
  'rds.ClusterInstance',
  'rds.NewClusterInstance',
  'rds.Cluster',
  'rds.NewCluster',
  'rds.aws.upbound.io',
  'rds.aws.crossplane.io',
  'database.aws.crossplane.io',
  'rds.services.k8s.aws',
  // Values set outside the code: Terraform variables in CI steps and scripts, CloudFormation parameter files
  'TF_VAR_',
  ' -var ',
  ' -var=',
  'ParameterKey',
  'parameter_overrides',
  'parameter-overrides',
];

/**
 * Text the IaC readers look for when they follow a value out of a file: module calls (a local
 * module's callers), Terragrunt units, CloudFormation parameter files and deploy commands. In
 * the one grep, so that finding those files costs no second pass over the repository.
 */
export const FOLLOW_MARKERS = ['module "', '"module"', 'terraform {', '"Parameters"', 'ParameterOverrides', '--parameters'];

/** Every file the scan must read contains one of these. */
export const MARKERS = [...TRUST_MARKERS, ...IAC_MARKERS, ...CLIENT_MARKERS, ...FOLLOW_MARKERS];

/**
 * What infrastructure code says about databases' CAs, as plain data: each place that decides a
 * CA (a pin), each database the code declares (for live findings to point at), and each file a
 * parser rejected. Every tool's reader returns these; the rules judge them.
 */

/** The tool whose syntax a pin is written in, for messages and for the fix in that syntax. */
export type IacTool =
  | 'terraform'
  | 'terragrunt'
  | 'cloudformation'
  | 'serverless'
  | 'sam'
  | 'cdk'
  | 'pulumi'
  | 'ansible'
  | 'crossplane'
  | 'ack'
  | 'aws-cli'
  | 'aws-sdk';

/** How the attribute is written, so a fix can be given in the same language. */
export type IacSyntax = 'hcl' | 'json' | 'yaml' | 'typescript' | 'python' | 'go' | 'java' | 'c-sharp' | 'shell';

export interface Place {
  file: string;
  /** 1-based. */
  line: number;
}

/** A place in infrastructure code that decides which CA a database (or the account) uses. */
export interface CaPin extends Place {
  // `file`/`line`: where the deciding value is written (a literal, a tfvars line, a Mapping entry);
  // where the resource is, when the value is absent or unknown.
  /** What receives the CA: `aws_db_instance.main`, `Db (AWS::RDS::DBInstance)`, `module.db`, `aws rds modify-db-instance`. */
  resource: string;
  /** The attribute, property or option that carries the CA, as the tool spells it. */
  attribute: string;
  tool: IacTool;
  syntax: IacSyntax;
  value: PinnedValue;
  /** Where the resource is declared, when the value is written elsewhere. */
  declaredAt?: Place;
  /** How the value travels to the attribute, outermost last: `var.ca_cert (envs/prod.tfvars:3)`, `local.ca (main.tf:4)`. */
  via?: string[];
}

export type PinnedValue =
  | { kind: 'literal'; ca: string }
  /** A value the repository does not decide: `text` is the expression, `missing` says what is not in the repository. */
  | { kind: 'expression'; text: string; missing?: string }
  /** The resource does not set the attribute: AWS picks the region's default for new launches. */
  | { kind: 'absent' };

/** A database (instance or cluster) the code declares: where a live finding about it belongs. */
export interface Declaration extends Place {
  tool: IacTool;
  syntax: IacSyntax;
  /** The resource as the tool names it: `aws_db_instance.main`, `module.db.aws_db_instance.this`, `Db`. */
  resource: string;
  kind: 'instance' | 'cluster';
  /** The database identifier the code gives it, when written as a literal. */
  identifier?: string;
  /** The CA attribute of this resource, as the tool spells it (for the fix). */
  attribute: string;
  /** CloudFormation (also SAM, Serverless, CDK synthesised): the logical id, matched to the `aws:cloudformation:logical-id` tag. */
  logicalId?: string;
}

/** A proxy or proxy endpoint the infrastructure code declares. */
export interface DeclaredProxy {
  file: string;
  line: number;
  tool: IacTool;
  syntax: IacSyntax;
  /** `aws_db_proxy.main`, `Proxy (AWS::RDS::DBProxy)`, `DatabaseProxy 'Proxy'`. */
  resource: string;
  kind: 'proxy' | 'endpoint';
  /** The proxy's (or endpoint's) name, when written as a literal. */
  name?: string;
  /** `require_tls` / `RequireTLS` / `requireTLS`, when a literal. */
  requireTls?: boolean;
}

/** A file a parser rejected (judged only as far as it parsed), or one no parser here reads. */
export interface IacProblem extends Place {
  /** `HCL`, `YAML`, `TypeScript`: the parser that rejected it. */
  parser: string;
  message: string;
  /** No parser here reads this kind of file (a Jenkinsfile's Groovy): `message` says what was not checked. */
  unsupported?: true;
}

/**
 * A Terraform variable set outside Terraform's files: `TF_VAR_ca: rds-ca-2019` in a CI step's
 * environment, `terraform apply -var ca=rds-ca-2019` in a script. Terraform judges it like a
 * `-var-file` assignment of every root module that declares the variable.
 */
export interface TerraformVariableSetting extends Place {
  name: string;
  value: string;
  /** How it is set, for the route: `TF_VAR_ca`, `-var ca=…`. */
  how: string;
}

export interface IacFacts {
  pins: CaPin[];
  declarations: Declaration[];
  problems: IacProblem[];
  /** Terraform variables that scripts and CI steps set (documents and scripts report them; Terraform reads them). */
  terraformVariables?: TerraformVariableSetting[];
  /** RDS proxies and proxy endpoints the code declares (their clients need the Amazon Trust Services roots). */
  proxies?: DeclaredProxy[];
}

/** Code-point order: the same on every machine and locale, so outputs are byte-identical. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function noIacFacts(): IacFacts {
  return { pins: [], declarations: [], problems: [] };
}

export function mergeIacFacts(parts: readonly IacFacts[]): IacFacts {
  return {
    pins: parts.flatMap((p) => p.pins),
    declarations: parts.flatMap((p) => p.declarations),
    problems: parts.flatMap((p) => p.problems),
    terraformVariables: parts.flatMap((p) => p.terraformVariables ?? []),
    proxies: parts.flatMap((p) => p.proxies ?? []),
  };
}

/** Property names that carry a database's CA across the tools (CloudFormation, CDK, Pulumi, Crossplane, ACK, Ansible, Terraform). */
export const CA_PROPERTY_NAMES = [
  'CACertificateIdentifier',
  'caCertificateIdentifier',
  'CaCertificateIdentifier',
  'ca_certificate_identifier',
  'caCertIdentifier',
  'CaCertIdentifier',
  'ca_cert_identifier',
] as const;

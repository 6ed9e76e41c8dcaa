/** A place in infrastructure code that decides which CA a database (or the account) uses. */
export interface CaPin {
  file: string;
  /** 1-based line of the attribute, or of the resource when the attribute is absent. */
  line: number;
  /** What is pinned: `aws_db_instance.main`, `Resources.Db`, `CaCertificate.of(...)`. */
  resource: string;
  /** The attribute or construct that carries the CA. */
  attribute: string;
  tool: 'terraform' | 'cloudformation' | 'cdk';
  value: PinnedValue;
}

export type PinnedValue =
  | { kind: 'literal'; ca: string }
  /** An expression the scan cannot evaluate (a variable without default, a function call). */
  | { kind: 'expression'; text: string }
  /** The resource does not set the attribute: AWS picks the region's default for new launches. */
  | { kind: 'absent' };

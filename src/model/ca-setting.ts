/** A CA attribute set to a value, written in the syntax of the code that carries it: the fix a finding shows. */
import type { IacSyntax, IacTool } from './iac.js';

export interface SettingSite {
  tool: IacTool;
  syntax: IacSyntax;
  attribute: string;
}

/** CDK's L2 property takes a `CaCertificate`, not a string. */
const CDK_CA_CERTIFICATE = /^(?:caCertificate|ca_certificate|CaCertificate)$/;

export function caSetting(site: SettingSite, ca: string): string {
  const { tool, syntax, attribute } = site;
  const quoted = syntax === 'typescript' ? `'${ca}'` : `"${ca}"`;
  const value = CDK_CA_CERTIFICATE.test(attribute)
    ? syntax === 'go'
      ? `awsrds.CaCertificate_Of(jsii.String(${quoted}))`
      : `CaCertificate.${syntax === 'c-sharp' ? 'Of' : 'of'}(${quoted})`
    : syntax === 'go'
      ? `${tool === 'pulumi' ? 'pulumi' : tool === 'aws-sdk' ? 'aws' : 'jsii'}.String(${quoted})`
      : quoted;
  switch (syntax) {
    case 'hcl':
      return `${attribute} = "${ca}"`;
    case 'json':
      return `"${attribute}": "${ca}"`;
    case 'yaml':
      return `${attribute}: ${ca}`;
    case 'typescript':
    case 'go':
      return `${attribute}: ${value}`;
    case 'python':
      return `${attribute}=${value}`;
    case 'java':
      return `.${attribute}(${value})`;
    case 'c-sharp':
      return `${attribute} = ${value}`;
    case 'shell':
      return `${attribute} ${ca}`;
  }
}

/**
 * CA pins in AWS CDK code (TypeScript, JavaScript, Python, Java, C#, Go):
 * `CaCertificate.RDS_CA_2019` and friends, and `CaCertificate.of('…')`.
 */
import type { CaPin } from './pin.js';

const CONSTANT = /CaCertificate[._](RDS_CA_[A-Z0-9_]+)/g;
/** Only a literal identifier counts: `CaCertificate.of(\`rds-ca-${x}\`)` is computed, not pinned. */
const OF = /CaCertificate[._][oO]f\(\s*(?:jsii\.String\(\s*)?["'`]([a-z0-9-]+)["'`]/g;

/** CDK's constant names, including the deprecated misspelling `RDS_CA_RDS2048_G1`. */
export function caOfConstant(constant: string): string {
  return constant.toLowerCase().replaceAll('_', '-').replace(/^rds-ca-rds(\d)/, 'rds-ca-rsa$1');
}

export function mayBeCdk(text: string): boolean {
  return text.includes('CaCertificate');
}

export function cdkPins(file: string, text: string): CaPin[] {
  const pins: CaPin[] = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    if (/^\s*(?:\/\/|#|\*|\/\*)/.test(line)) return; // a comment mentions, it does not pin
    for (const m of line.matchAll(CONSTANT)) {
      pins.push({ file, line: i + 1, resource: m[0], attribute: 'caCertificate', tool: 'cdk', syntax: 'typescript', value: { kind: 'literal', ca: caOfConstant(m[1]) } });
    }
    for (const m of line.matchAll(OF)) {
      pins.push({ file, line: i + 1, resource: `CaCertificate.of('${m[1]}')`, attribute: 'caCertificate', tool: 'cdk', syntax: 'typescript', value: { kind: 'literal', ca: m[1] } });
    }
  });
  return pins;
}

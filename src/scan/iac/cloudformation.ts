/**
 * CA pins in CloudFormation templates (YAML or JSON): `CACertificateIdentifier` of
 * AWS::RDS::DBInstance, AWS::RDS::DBCluster and AWS::DocDB::DBInstance. `!Ref` / `Ref`
 * to a parameter resolves to the parameter's Default.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import type { CaPin, PinnedValue } from './pin.js';

const TYPES: Record<string, boolean> = {
  // type → whether a missing CACertificateIdentifier matters (Aurora clusters have none)
  'AWS::RDS::DBInstance': true,
  'AWS::DocDB::DBInstance': true,
  'AWS::RDS::DBCluster': false,
};

/** Cheap test before parsing: only files that mention these types can hold pins. */
export function mayBeTemplate(text: string): boolean {
  return text.includes('AWS::RDS::') || text.includes('AWS::DocDB::');
}

function get(map: unknown, key: string): unknown {
  return isMap(map) ? map.get(key, true) : undefined;
}

function plain(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function valueOf(node: unknown, parameters: unknown): PinnedValue {
  let ref: string | undefined;
  if (isScalar(node) && (node.tag === '!Ref' || node.tag === 'Ref')) ref = plain(node);
  else if (isScalar(node) && !node.tag) {
    const value = plain(node);
    if (value !== undefined) return { kind: 'literal', ca: value };
  } else ref = plain(get(node, 'Ref'));
  if (ref) {
    const fallback = plain(get(get(parameters, ref), 'Default'));
    if (fallback) return { kind: 'literal', ca: fallback };
    return { kind: 'expression', text: `Ref ${ref}` };
  }
  return { kind: 'expression', text: String(node) };
}

export function cloudFormationPins(file: string, text: string): CaPin[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, strict: false, uniqueKeys: false, logLevel: 'silent', prettyErrors: false });
  if (doc.errors.length) return [];
  const resources = get(doc.contents, 'Resources');
  if (!isMap(resources)) return [];
  const parameters = get(doc.contents, 'Parameters');
  const lineOf = (node: Node | null | undefined): number => (node?.range ? lineCounter.linePos(node.range[0]).line : 1);
  const pins: CaPin[] = [];
  for (const pair of (resources as YAMLMap).items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const type = plain(get(pair.value, 'Type'));
    if (!type || !(type in TYPES)) continue;
    const properties = get(pair.value, 'Properties');
    const property = isMap(properties) ? properties.items.find((p) => isScalar(p.key) && p.key.value === 'CACertificateIdentifier') : undefined;
    const resource = `${name} (${type})`;
    if (property) {
      pins.push({ file, line: lineOf(property.key as Node), resource, attribute: 'CACertificateIdentifier', tool: 'cloudformation', syntax: 'yaml', value: valueOf(property.value, parameters) });
    } else if (TYPES[type]) {
      pins.push({ file, line: lineOf(pair.key as Node), resource, attribute: 'CACertificateIdentifier', tool: 'cloudformation', syntax: 'yaml', value: { kind: 'absent' } });
    }
  }
  return pins;
}

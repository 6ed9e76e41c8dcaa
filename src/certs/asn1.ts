/**
 * Walking BER structures parsed by asn1js: children, object identifiers, octets, integers.
 * Containers are walked by structure and each certificate's DER taken as it stands; what an
 * OCTET STRING holds is not decoded (parseEmbedded off), so a 100-certificate store parses fast.
 */
import * as asn1js from 'asn1js';

/**
 * asn1js stops at 10,000 nodes by default; a keytool PKCS#12 of AWS's 108-certificate global
 * bundle has more. Containers are read under the file size cap, so a larger bound costs
 * nothing but lets real truststores through.
 */
const MAX_NODES = 2_000_000;

export type Node = asn1js.AsnType;

export function parseBer(bytes: Uint8Array | ArrayBuffer, what: string): Node {
  const asn1 = asn1js.fromBER(new Uint8Array(bytes), { maxNodes: MAX_NODES, parseEmbedded: false });
  if (asn1.offset === -1) throw new Error(`${what} is not valid DER (${asn1.result.error})`);
  return asn1.result;
}

/** The children of a constructed value (a SEQUENCE, SET or explicit tag); none for a primitive. */
export function children(node: Node | undefined): Node[] {
  const value = (node as { valueBlock?: { value?: unknown } } | undefined)?.valueBlock?.value;
  return Array.isArray(value) ? (value as Node[]) : [];
}

export const oid = (node: Node | undefined): string | undefined =>
  node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : undefined;

export const isContextTag = (node: Node | undefined, tag: number): boolean =>
  node?.idBlock.tagClass === 3 && node.idBlock.tagNumber === tag;

/** The bytes of an OCTET STRING, or of an implicitly tagged one, primitive or constructed. */
export function octets(node: Node | undefined): Buffer {
  if (!node) throw new Error('an expected OCTET STRING is missing');
  if (node instanceof asn1js.OctetString) return Buffer.from(node.getValue());
  if (node.idBlock.isConstructed) return Buffer.concat(children(node).map(octets));
  return Buffer.from((node as unknown as { valueBlock: { valueHexView: Uint8Array } }).valueBlock.valueHexView);
}

/** A non-negative INTEGER from its bytes (asn1js's own valueDec reads 2^23 and above as 0). */
export function integer(node: Node | undefined, fallback?: number): number {
  if (node instanceof asn1js.Integer) return node.valueBlock.valueHexView.reduce((n, byte) => n * 256 + byte, 0);
  if (fallback !== undefined) return fallback;
  throw new Error('an expected INTEGER is missing');
}

/** The DER a node was decoded from. */
export const der = (node: Node): Uint8Array => new Uint8Array(node.valueBeforeDecodeView);

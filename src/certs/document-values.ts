/**
 * The values a YAML or JSON document hands its consumer: the string after YAML has
 * stripped a block scalar's indentation (or folded it), after JSON has decoded `\n`.
 * Kubernetes Secrets (`data:`) and ConfigMaps (`binaryData:`) carry files base64-encoded;
 * those are decoded and named after their key, the file name they are mounted as.
 * Pure: text in, values out; undefined when the text is not YAML (a Helm template, say).
 */
import { isMap, isPair, isScalar, LineCounter, parseAllDocuments, visit, type Scalar } from 'yaml';

export interface DocumentValue {
  /** The bytes the consumer gets. */
  bytes: Uint8Array;
  /** Source line of the value's first line. */
  line: number;
  /** The file name it is mounted as (a Secret's or ConfigMap's key), when it is a file. */
  mountedAs?: string;
  /** Why the consumer gets nothing from it (base64 Kubernetes refuses). */
  invalid?: string;
}

/** Base64 of "-----BEGI": where a base64-encoded PEM text starts. */
export const BASE64_PEM_START = 'LS0tLS1CRUdJT';
const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;

/** The keys of a manifest whose values are base64: Secret `data`, ConfigMap `binaryData`. */
function base64Section(kind: unknown, section: string): boolean {
  return (kind === 'Secret' && section === 'data') || (kind === 'ConfigMap' && section === 'binaryData');
}

/** The keys of a manifest mounted as written: Secret `stringData`, ConfigMap `data`. */
function textSection(kind: unknown, section: string): boolean {
  return (kind === 'Secret' && section === 'stringData') || (kind === 'ConfigMap' && section === 'data');
}

function valueLine(node: Scalar, counter: LineCounter): number {
  const line = counter.linePos(node.range?.[0] ?? 0).line;
  // A block scalar's text starts on the line after its `|` or `>`.
  return node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? line + 1 : line;
}

export function documentValues(text: string, needle = '-----BEGIN '): DocumentValue[] | undefined {
  const counter = new LineCounter();
  let documents;
  try {
    documents = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  } catch {
    return undefined;
  }
  const list = Array.isArray(documents) ? documents : [documents];
  if (list.some((d) => d.errors.length)) return undefined;
  const out: DocumentValue[] = [];
  for (const doc of list) {
    const kind: unknown = isMap(doc.contents) ? doc.contents.get('kind') : undefined;
    visit(doc, {
      Pair(_, pair, path) {
        const parent = path[path.length - 2];
        const section = isPair(parent) && isScalar(parent.key) ? String(parent.key.value) : '';
        if (!isScalar(pair.value) || typeof pair.value.value !== 'string') return;
        const value = pair.value.value;
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const line = valueLine(pair.value, counter);
        if (base64Section(kind, section)) {
          // Kubernetes decodes these and mounts the bytes under the key's name.
          if (BASE64_TEXT.test(value)) out.push({ bytes: Buffer.from(value.replace(/\s+/g, ''), 'base64'), line, mountedAs: name });
          else
            out.push({
              bytes: Buffer.alloc(0),
              line,
              mountedAs: name,
              invalid: 'its value is not valid base64, so Kubernetes refuses the manifest',
            });
        } else if (textSection(kind, section)) {
          // Mounted as written, base64 or not: a client reads exactly this text.
          if (value.includes(needle) || value.startsWith(BASE64_PEM_START))
            out.push({ bytes: Buffer.from(value, 'utf8'), line, mountedAs: name });
        } else if (value.startsWith(BASE64_PEM_START) && BASE64_TEXT.test(value)) {
          // Elsewhere (Helm values, webhook caBundle) base64 PEM is decoded by whoever consumes it.
          out.push({ bytes: Buffer.from(value.replace(/\s+/g, ''), 'base64'), line });
        } else if (value.includes(needle)) {
          out.push({ bytes: Buffer.from(value, 'utf8'), line });
        }
      },
      Seq(_, seq) {
        for (const item of seq.items) {
          if (isScalar(item) && typeof item.value === 'string' && item.value.includes(needle)) {
            out.push({ bytes: Buffer.from(item.value, 'utf8'), line: valueLine(item, counter) });
          }
        }
      },
    });
  }
  return out;
}
